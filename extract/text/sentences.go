package text

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
	case `"`, "”", "’", "'", "''", ")", "]", "»":
		return true
	}
	return false
}

func IsTerminal(s string) bool {
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
		// "(it passed 5-4.) Then …": the bracket closes the sentence
		if toks[i].Text == ")" && i > from && IsTerminal(toks[i-1].Text) && i+1 < len(toks) && startsSentence(toks[i+1].Text) {
			out = append(out, Sentence{from, i + 1})
			from = i + 1
			continue
		}
		if !IsTerminal(toks[i].Text) || insideShortBrackets(toks, i) {
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

// insideShortBrackets reports whether token i stands in a short bracket
// that closes soon after, as a party and state do: "Sen. Jack Reed
// (D-R.I.), said" is one sentence, not two.
func insideShortBrackets(toks []Token, i int) bool {
	open := -1
	for k := i - 1; k >= 0 && k > i-6; k-- {
		if toks[k].Text == ")" || toks[k].ParaStart && k < i {
			return false
		}
		if toks[k].Text == "(" {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := i + 1; k < len(toks) && k < i+6; k++ {
		if toks[k].Text == ")" {
			return true
		}
		if toks[k].ParaStart || toks[k].Text == "(" {
			return false
		}
	}
	return false
}
