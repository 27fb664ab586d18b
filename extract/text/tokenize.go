package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark, located in the original text.
//
// The engine tokenizes itself rather than through prose: prose v2 returns no
// offsets, rewrites characters (curly quotes become straight) and drops text
// (O'Sullivan → O), so spans rebuilt from its tokens would not match the text.
type Token struct {
	Start, End int
	Text       string
	// ParaStart is true for the first token of a paragraph (after a line
	// break, or at the start of the text).
	ParaStart bool
}

// abbreviations keep their full stop: "Mr." does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "lt": true, "col": true, "capt": true,
	"sgt": true, "st": true, "jr": true, "sr": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "no": true, "vs": true, "rev": true, "mt": true,
	"ft": true, "gens": true, "reps": true, "sens": true, "messrs": true,
	"pres": true, "supt": true, "adm": true, "cmdr": true, "maj": true,
	// US states as news abbreviates them ("D-Wis.", "Calif.")
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true,
	"conn": true, "del": true, "fla": true, "ga": true, "ill": true, "ind": true,
	"kan": true, "ky": true, "la": true, "md": true, "mass": true, "mich": true,
	"minn": true, "miss": true, "mo": true, "mont": true, "neb": true, "nev": true,
	"okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "va": true,
	"vt": true, "wash": true, "wis": true, "wyo": true,
}

// contractionTails follow an apostrophe as one token: 's, 're, n't's t...
var contractionTails = []string{"s", "re", "ve", "ll", "d", "m"}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// ASCII, most of a text: only letters and digits are word runes.
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || isMojibake(r)
}

// isMojibake: UTF-8 read as Latin-1 turns "ç" into "Ã§" (and C1 control
// characters); news copied through old systems has it, and the name must
// stay one word ("FranÃ§ois Hollande").
func isMojibake(r rune) bool {
	return r >= 0x80 && r <= 0x9f || r >= 0xa2 && r <= 0xbe && r != 0xab && r != 0xbb
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Tokenize splits text into tokens. Every byte of text is either inside a
// token or white space: nothing is rewritten or lost.
func Tokenize(text string) []Token { return TokenizeWith(text, nil) }

// pauseBytes is how much text is tokenized between two pauses.
const pauseBytes = 60000

// tokenize is Tokenize, calling pause (if set) every pauseBytes of text.
func TokenizeWith(text string, pause func()) []Token {
	// News runs 4.3 to 6.1 bytes a token (PolNeAR's 924 texts, median
	// 5.3): room for a token every 4 bytes never has to grow (a fifth,
	// as before, grew 117 of them: a copy and twice the memory).
	toks := make([]Token, 0, len(text)/4+16)
	paraStart := true
	i, paused := 0, 0
	for i < len(text) {
		if pause != nil && i-paused > pauseBytes {
			pause()
			paused = i
		}
		if text[i] == ' ' { // the most common space, without decoding
			i++
			continue
		}
		var end int
		if c := text[i] | 0x20; 'a' <= c && c <= 'z' || '0' <= text[i] && text[i] <= '9' {
			end = wordEnd(text, i) // an ASCII letter or digit starts a word: tokenEnd's first case
		} else {
			r, size := runeAt(text, i)
			if unicode.IsSpace(r) {
				if r == '\n' || r == '\u2029' {
					paraStart = true
				}
				i += size
				continue
			}
			end = tokenEnd(text, i)
		}
		toks = append(toks, Token{Start: i, End: end, Text: text[i:end], ParaStart: paraStart})
		paraStart = false
		i = end
	}
	return toks
}

// tokenEnd returns where the token starting at i ends.
func tokenEnd(text string, i int) int {
	r, size := runeAt(text, i)
	switch {
	case isWordRune(r):
		return wordEnd(text, i)
	case r == '\'' && strings.HasPrefix(text[i+1:], "'"):
		// Two apostrophes are a quotation mark, the way some archives print
		// one (''Q,'' he said): one token, like a double mark. Of three
		// (them,''' said), the nested quotation's mark closes first.
		if strings.HasPrefix(text[i+2:], "'") && i > 0 {
			if before, _ := utf8.DecodeLastRuneInString(text[:i]); !unicode.IsSpace(before) {
				return i + 1
			}
		}
		return i + 2
	case isApostrophe(r):
		if n := contractionEnd(text, i+size); n > 0 {
			return n
		}
		// ’90s: an apostrophe that elides digits belongs to the number.
		if d, _ := runeAt(text, i+size); unicode.IsDigit(d) {
			return wordEnd(text, i+size)
		}
		return i + size
	case r == '-' || r == '.' || r == '—' || r == '–' || r == '…':
		// Runs of the same dash or dot ("--", "...") are one token.
		j := i + size
		for {
			r2, s2 := runeAt(text, j)
			if s2 == 0 || r2 != r {
				return j
			}
			j += s2
		}
	case r == utf8.RuneError && size == 1:
		return i + 1
	}
	return i + size
}

// contractionEnd reports the end of "'s", "'re", "n't"-style tails starting
// after the apostrophe at i, or 0.
func contractionEnd(text string, i int) int {
	for _, tail := range contractionTails {
		if len(text) >= i+len(tail) && equalFoldASCII(text[i:i+len(tail)], tail) {
			r, _ := runeAt(text, i+len(tail))
			if !isWordRune(r) {
				return i + len(tail)
			}
		}
	}
	return 0
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for k := 0; k < len(a); k++ {
		ca, cb := a[k], b[k]
		if 'A' <= ca && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if ca != cb {
			return false
		}
	}
	return true
}

// wordEnd scans a word: letters and digits, joined by inner hyphens,
// apostrophes (O'Sullivan, won't), dots and commas between digits (3.5,
// 1,000) and the dots of abbreviations (U.S., Mr.).
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		// ASCII letters and digits, most of a word, without decoding.
		if c := text[j] | 0x20; 'a' <= c && c <= 'z' || '0' <= text[j] && text[j] <= '9' {
			j++
			continue
		}
		if text[j] == ' ' {
			return j // a space ends most words: none of the joins below
		}
		r, size := runeAt(text, j)
		if isWordRune(r) {
			j += size
			continue
		}
		next, nsize := runeAt(text, j+size)
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		switch {
		case isApostrophe(r):
			// "Scholz's": the possessive is a token of its own, as in CoNLL.
			if contractionEnd(text, j+size) > 0 {
				return j
			}
			// "can't" splits as "ca" + "n't".
			if (next == 't' || next == 'T') && (prev == 'n' || prev == 'N') && !isWordRune(runeAfter(text, j+size+1)) {
				if j-1 > i {
					return j - 1
				}
				return j + size + 1
			}
			if isWordRune(next) && unicode.IsLetter(next) {
				j += size + nsize
				continue
			}
		case r == '-' || r == '&' || r == '/':
			if isWordRune(next) {
				j += size + nsize
				continue
			}
		case r == '.' || r == ',' || r == ':':
			if unicode.IsDigit(prev) && unicode.IsDigit(next) {
				j += size + nsize
				continue
			}
			if r == '.' && unicode.IsLetter(next) && isInitialism(text, i, j) {
				j += size + nsize
				continue
			}
			if r == '.' && keepsFullStop(text[i:j]) && !(strings.EqualFold(text[i:j], "no") && !digitAhead(text, j+size)) {
				return j + size // "Mr." ("No." only before a number: "said no. He")
			}
		}
		break
	}
	return j
}

func runeAfter(text string, i int) rune {
	r, _ := runeAt(text, i)
	return r
}

// isInitialism reports whether text[i:j] is a run of single letters joined by
// dots so far ("U", "U.S"), so the dot at j continues it.
func isInitialism(text string, i, j int) bool {
	run := 0
	for k := i; k < j; {
		r, size := runeAt(text, k)
		if r == '.' {
			run = 0
		} else {
			run++
			if run > 1 {
				return false
			}
		}
		k += size
	}
	return true
}

// keepsFullStop reports whether word is an abbreviation or initial whose
// trailing dot is part of it ("Mr.", "J.", "U.S.").
func keepsFullStop(word string) bool {
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	for k := 0; k < len(word); k++ {
		if word[k] == '.' {
			return true
		}
	}
	if h := strings.LastIndexByte(word, '-'); h >= 0 {
		word = word[h+1:] // "D-Wis."
	}
	if len(word) > 6 || word == "" {
		return false
	}
	var lower [8]byte
	for k := 0; k < len(word); k++ {
		c := word[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[k] = c
	}
	return abbreviations[string(lower[:len(word)])]
}

// digitAhead reports whether a digit follows i, after at most one space.
func digitAhead(text string, i int) bool {
	if i < len(text) && text[i] == ' ' {
		i++
	}
	return i < len(text) && '0' <= text[i] && text[i] <= '9'
}
