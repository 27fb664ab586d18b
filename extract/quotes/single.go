package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Single quotation marks as a quotation's outer marks, the British way:
// 'It was a mistake,' the minister said. The same marks are apostrophes
// (don't, O'Neill, the '90s, the students' books, rock 'n' roll) and the
// marks of a quotation nested in another; only a pair that opens before a
// word and closes after one in the same paragraph is read as a quotation.

// elisions are the words an apostrophe opens without opening a quotation.
var elisions = map[string]bool{"n": true, "em": true, "til": true, "cause": true, "tis": true, "twas": true, "bout": true}

// singleQuoteEnd returns the end of a quotation whose single opening mark
// is at i, just past its closing mark, or 0 when the mark at i opens none.
func singleQuoteEnd(text string, i int) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	var closer rune
	switch r {
	case '\'':
		closer = '\''
	case '‘':
		closer = '’'
	default:
		return 0
	}
	if i > 0 {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(before) && !strings.ContainsRune("([—–-", before) {
			return 0 // O'Neill, don't: inside a word
		}
	}
	after, _ := utf8.DecodeRuneInString(text[i+size:])
	if !unicode.IsLetter(after) || elisions[strings.ToLower(leadingWord(text[i+size:]))] {
		return 0 // '90s, rock 'n' roll, 'em
	}
	// The closing mark follows a word or a stop and comes before a space,
	// a stop or the end. One after a word's plural s before another word
	// may be a possessive (the students' books): a later mark closes.
	for j := i + size; j < len(text); {
		c, n := utf8.DecodeRuneInString(text[j:])
		if c == '\n' || c == '\u2029' {
			break
		}
		if c == closer {
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			next, _ := utf8.DecodeRuneInString(text[j+n:])
			if !unicode.IsSpace(prev) && !unicode.IsLetter(next) && !unicode.IsDigit(next) && next != closer {
				if prev != 's' || !unicode.IsSpace(next) || !unicode.IsLetter(runeAfterSpace(text, j+n)) {
					return j + n
				}
			}
		}
		j += n
	}
	return 0
}

// leadingWord is the run of letters s opens with.
func leadingWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// runeAfterSpace is the first rune after the white space at i.
func runeAfterSpace(text string, i int) rune {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			return r
		}
		i += n
	}
	return 0
}
