package cues

import "strings"

// Example is one training document: its tokens, its sentences and, for
// each token, whether it heads a gold cue.
type Example struct {
	Tokens []Token
	Sents  [][2]int
	Gold   []bool
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
// word that is no auxiliary, adverb or determiner, else the last word.
func Head(toks []Token, from, to int) int {
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
