package cues

import (
	"sort"
	"strings"
)

// Example is one training document: its tokens, its sentences and, for
// each token, whether it heads a gold cue.
type Example struct {
	Tokens []Token
	Sents  [][2]int
	Gold   []bool
	// Spans are the tokens' UTF-8 byte offsets in the text (for reports
	// on what was missed; training does not read them).
	Spans [][2]int
	// Relations are the gold attributions whose cue heads a token: what
	// the content tagger learns from.
	Relations []Relation
}

// Relation is one gold attribution on the tokens: its cue's head and its
// content as token ranges [From, To).
type Relation struct {
	Head    int
	Content [][2]int
}

// AddRelation adds the gold attribution with cue span cue and content
// spans content (UTF-8 byte offsets, end exclusive) on the example's
// tokens (Spans).
func (e *Example) AddRelation(cue [2]int, content [][2]int) {
	from, to := e.tokenRange(cue)
	h := Head(e.Tokens, from, to)
	if h < 0 {
		return
	}
	r := Relation{Head: h}
	for _, c := range content {
		if a, b := e.tokenRange(c); a < b {
			r.Content = append(r.Content, [2]int{a, b})
		}
	}
	e.Relations = append(e.Relations, r)
}

// tokenRange is the range of tokens a byte span overlaps.
func (e *Example) tokenRange(sp [2]int) (int, int) {
	from := sort.Search(len(e.Spans), func(i int) bool { return e.Spans[i][1] > sp[0] })
	to := from
	for to < len(e.Spans) && e.Spans[to][0] < sp[1] {
		to++
	}
	return from, to
}

// auxiliaries, adverbs and determiners that open a cue span without
// heading it ("has said", "also noted", "did not deny", "the report").
var notHead = map[string]bool{
	"has": true, "have": true, "had": true, "having": true, "is": true, "was": true,
	"were": true, "are": true, "be": true, "been": true, "being": true, "'s": true,
	"’s": true, "do": true, "does": true, "did": true, "not": true, "n't": true,
	"n’t": true, "never": true, "also": true, "will": true, "would": true,
	"could": true, "should": true, "can": true, "may": true, "might": true,
	"must": true, "to": true, "just": true, "already": true, "again": true,
	"then": true, "later": true, "once": true, "even": true, "still": true,
	"first": true, "and": true, "publicly": true, "previously": true,
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "this": true,
	"these": true, "those": true,
}

// Head picks the token that heads a cue spanning toks[from:to]: the first
// verb or noun (by its part-of-speech tag) that is no auxiliary ("has since
// said": "said"; "in a statement": "statement"), else the first word that is
// no auxiliary, adverb or determiner, else the last word.
func Head(toks []Token, from, to int) int {
	for i := from; i < to; i++ {
		w, p := toks[i].Lower, toks[i].POS
		if w != "" && w[0] >= 'a' && w[0] <= 'z' && !notHead[w] && (strings.HasPrefix(p, "VB") || strings.HasPrefix(p, "NN")) {
			return i
		}
	}
	last := -1
	for i := from; i < to; i++ {
		w := toks[i].Lower
		if w == "" || !(w[0] >= 'a' && w[0] <= 'z') {
			continue
		}
		last = i
		if !notHead[w] && !strings.HasSuffix(w, "ly") {
			return i
		}
	}
	return last
}
