package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a quotation found by the mark scanner, before attribution: byte
// offsets into the text, marks included.
type Span struct {
	Start, End int
	// Continued is true when the quotation goes on in the next paragraph
	// (the news convention: no closing mark, and the next paragraph opens
	// with one), so the next span is the same speaker's.
	Continued bool
}

type markRole int

const (
	markOpen markRole = iota
	markClose
	markEither
)

// classifyMark says whether the double quotation mark r at text[i:i+size]
// opens or closes. Curly marks say so themselves; a straight one is read
// from the characters around it.
func classifyMark(text string, i int, r rune, size int) markRole {
	switch r {
	case '“', '„', '«':
		return markOpen
	case '”', '»':
		return markClose
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+size:])
	spaceBefore := i == 0 || unicode.IsSpace(before) || before == '(' || before == '[' || before == '—' || before == '–' || before == '-'
	spaceAfter := i+size >= len(text) || unicode.IsSpace(after) || unicode.IsPunct(after) && after != '\'' && after != '‘'
	switch {
	case spaceBefore && !spaceAfter:
		return markOpen
	case !spaceBefore && spaceAfter:
		return markClose
	}
	return markEither
}

// isDoubleMark reports whether r is a double quotation mark.
func isDoubleMark(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»'
}

// Scan finds the quotations of text: stretches between double
// quotation marks, marks included. Single quotes and apostrophes are never
// treated as marks. A quotation left open at the end of a paragraph ends
// there; it is marked Continued when the next paragraph reopens it.
func Scan(text string) []Span {
	var out []Span
	open := -1
	lastText := 0 // end of the last non-space rune seen, for trimming
	for i := 0; i < len(text); {
		// Most of a text is ASCII letters and digits, which are no mark
		// and no space: one comparison instead of the checks below.
		if c := text[i] | 0x20; 'a' <= c && c <= 'z' || '0' <= text[i] && text[i] <= '9' {
			i++
			lastText = i
			continue
		}
		// Spaces and punctuation other than marks and line ends: what the
		// checks below do with them, without their calls.
		if c := text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '\n' {
			i++
			if !asciiSpace(c) {
				lastText = i
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || r == '\u2029' {
			if open >= 0 {
				cont := nextParagraphOpensQuote(text, i)
				out = appendQuote(out, text, open, lastText, cont)
				open = -1
			}
			i += size
			continue
		}
		if n := archiveMark(text, i); n > 0 {
			r, size = '"', n // two apostrophes read as a straight double mark
		} else if open < 0 && n == 0 {
			// Outside double marks, single marks may be a quotation's outer
			// ones (British style); inside them they are nested and stay.
			if end := singleQuoteEnd(text, i); end > 0 {
				out = appendQuote(out, text, i, end, false)
				lastText, i = end, end
				continue
			}
		}
		// attr="value" is markup: the mark after "=" and the one before ">"
		if isDoubleMark(r) && (i == 0 || text[i-1] != '=') && (i+size >= len(text) || text[i+size] != '>') {
			role := classifyMark(text, i, r, size)
			switch {
			case open < 0 && role != markClose:
				open = i
			case open >= 0 && role != markOpen:
				out = appendQuote(out, text, open, i+size, false)
				open = -1
			case open >= 0 && role == markOpen:
				// A second opening mark: the first was never closed. Keep the
				// newer one, which is the one a reader sees start.
				open = i
			}
		}
		if !unicode.IsSpace(r) {
			lastText = i + size
		}
		i += size
	}
	if open >= 0 {
		out = appendQuote(out, text, open, lastText, false)
	}
	return out
}

// asciiSpace is unicode.IsSpace of an ASCII byte.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// appendQuote keeps quotations with at least two characters between marks.
func appendQuote(out []Span, text string, start, end int, cont bool) []Span {
	if utf8.RuneCountInString(text[start:end]) < 4 {
		return out
	}
	return append(out, Span{Start: start, End: end, Continued: cont})
}

func nextParagraphOpensQuote(text string, i int) bool {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if n := archiveMark(text, i); n > 0 {
			r, size = '"', n
		}
		if !unicode.IsSpace(r) {
			return isDoubleMark(r) && classifyMark(text, i, r, size) != markClose
		}
		i += size
	}
	return false
}

// archiveMark returns 2 when two apostrophes at i stand for a double
// quotation mark, as some archives print one (”Q,” he said), and -1 at
// the first of three after a word (them,”' said: a nested quotation's
// mark closes first, as the tokenizer reads it); else 0.
func archiveMark(text string, i int) int {
	if !strings.HasPrefix(text[i:], "''") {
		return 0
	}
	if strings.HasPrefix(text[i+2:], "'") && i > 0 {
		if before, _ := utf8.DecodeLastRuneInString(text[:i]); !unicode.IsSpace(before) {
			return -1
		}
	}
	return 2
}
