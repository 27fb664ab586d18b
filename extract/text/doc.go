package text

import (
	"sort"
	"strings"
)

// Span is a token range Tokens[From:To]; To == From means none.
type Span struct{ From, To int }

// Empty reports whether the span has no tokens.
func (s Span) Empty() bool { return s.To <= s.From }

// Doc is a text cut into tokens, sentences and paragraphs: what every later
// stage reads.
type Doc struct {
	Text      string
	Tokens    []Token
	Lowers    []string // token → its text in lower case
	Sentences []Sentence
	SentOf    []int // token → sentence
	ParaOf    []int // token → paragraph
}

// Analyze tokenizes text and finds its sentences and paragraphs. pause, if
// set, is called now and then on a long text (see TokenizeWith).
func Analyze(text string, pause func()) *Doc {
	d := &Doc{Text: text, Tokens: TokenizeWith(text, pause)}
	d.Lowers = make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		d.Lowers[i] = strings.ToLower(t.Text)
	}
	d.Sentences = Sentences(d.Tokens)
	d.SentOf = make([]int, len(d.Tokens))
	for s, sent := range d.Sentences {
		for i := sent.From; i < sent.To; i++ {
			d.SentOf[i] = s
		}
	}
	d.ParaOf = make([]int, len(d.Tokens))
	p := -1
	for i, t := range d.Tokens {
		if t.ParaStart {
			p++
		}
		d.ParaOf[i] = p
	}
	return d
}

// TokenAt returns the first token starting at or after byte offset off.
func (d *Doc) TokenAt(off int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
}
