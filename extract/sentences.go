package extract

import (
	"unicode"
	"unicode/utf8"
)

// Sentence is a run of tokens toks[From:To].
type Sentence struct {
	From, To int
}

// closers may follow a full stop and still belong to the sentence it ends.
func isCloser(s string) bool {
	switch s {
	case `"`, "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "…", "...", "?!", "!?":
		return true
	}
	return s == "..." || (len(s) > 1 && s[0] == '.' && s[len(s)-1] == '.')
}

// Sentences splits tokens into sentences: at a paragraph break, or after a
// terminal mark (and any closing quotes) followed by a token that can start a
// sentence. Abbreviations keep their dot in the token, so "Mr." never ends one.
func Sentences(toks []Token) []Sentence {
	var out []Sentence
	from := 0
	for i := 0; i < len(toks); i++ {
		if i > from && toks[i].ParaStart {
			out = append(out, Sentence{from, i})
			from = i
		}
		if !isTerminal(toks[i].Text) {
			continue
		}
		end := i + 1
		for end < len(toks) && isCloser(toks[end].Text) && toks[end].Start == toks[end-1].End {
			end++
		}
		if end >= len(toks) || toks[end].ParaStart || startsSentence(toks[end].Text) {
			out = append(out, Sentence{from, end})
			from = end
			i = end - 1
		}
	}
	if from < len(toks) {
		out = append(out, Sentence{from, len(toks)})
	}
	return out
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '(' || r == '\''
}
