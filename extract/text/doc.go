package text

import (
	"sort"
	"strings"
	"unicode/utf8"
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
	d.Lowers = lowers(text, d.Tokens)
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

// lowers is each token's text in lower case (strings.ToLower). An ASCII
// token's is cut from one lower-cased copy of the text, not copied a
// capitalised word at a time (a tenth of the engine's allocations), and
// in a text all ASCII (most news) no token's bytes are looked at again.
func lowers(text string, toks []Token) []string {
	out := make([]string, len(toks))
	low, ascii := lowerASCII(text)
	for i, t := range toks {
		if !ascii && !isASCII(t.Text) {
			out[i] = strings.ToLower(t.Text)
			continue
		}
		out[i] = low[t.Start:t.End]
	}
	return out
}

// lowerASCII lowers the letters A-Z of s, leaving every other byte, and
// tells whether s is all ASCII.
func lowerASCII(s string) (string, bool) {
	b := []byte(s)
	var seen byte // the bits of every byte: the top one set by a byte past ASCII
	for k, c := range b {
		seen |= c
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b), seen < utf8.RuneSelf
}

// isASCII tells whether s is all ASCII.
func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
