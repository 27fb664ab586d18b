package quotes

import (
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/text"
)

// IsMark reports whether a token is a double quotation mark, or the two
// apostrophes some archives print for one.
func IsMark(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return isDoubleMark(r) || tok == "''"
}

// Inside marks the tokens inside the quotations qs.
func Inside(d *text.Doc, qs []Span) []bool {
	in := make([]bool, len(d.Tokens))
	for _, q := range qs {
		for i := d.TokenAt(q.Start); i < len(d.Tokens) && d.Tokens[i].Start < q.End; i++ {
			in[i] = true
		}
	}
	return in
}

// NicknameMark reports whether token i is a quotation mark around a
// nickname (`Marcia "Cia" Price`), which a speaker phrase reads through.
func NicknameMark(d *text.Doc, i int) bool {
	if !IsMark(d.Tokens[i].Text) {
		return false
	}
	if NicknameEnd(d, i) > 0 { // i opens it
		return true
	}
	for m := i - 2; m >= 0 && m >= i-4; m-- { // i closes it
		if IsMark(d.Tokens[m].Text) {
			return IsNickname(d, m, i+1)
		}
	}
	return false
}

// NicknameEnd returns the token after a nickname's closing mark when the
// mark at i opens a short quotation between two capitalised words, else 0.
func NicknameEnd(d *text.Doc, i int) int {
	for m := i + 2; m < len(d.Tokens) && m <= i+4; m++ {
		if IsMark(d.Tokens[m].Text) {
			if IsNickname(d, i, m+1) {
				return m + 1
			}
			return 0
		}
	}
	return 0
}

// IsNickname: `Marcia "Cia" Price` — a quoted name inside a name.
func IsNickname(d *text.Doc, qa, qb int) bool {
	return qa > 0 && qb < len(d.Tokens) && qb-qa <= 4 &&
		text.IsCapitalized(d.Tokens[qa-1].Text) && text.HasWordRune(d.Tokens[qa-1].Text) &&
		text.IsCapitalized(d.Tokens[qb].Text) && text.HasWordRune(d.Tokens[qb].Text) &&
		d.SentOf[qa-1] == d.SentOf[qb]
}
