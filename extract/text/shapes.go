package text

import (
	"unicode"
	"unicode/utf8"
)

// Word shapes the later stages read a token by.

// StartsLower reports whether s opens with a lower-case letter.
func StartsLower(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf { // ASCII without a call, as IsCapitalized
		return s[0]-'a' < 26
	}
	return startsLowerRune(s)
}

func startsLowerRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// IsCapitalized reports whether s opens with a capital letter.
func IsCapitalized(s string) bool {
	// ASCII first, without a call: the rules ask it of most words they
	// pass, and a call costs more in WebAssembly than the test
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26
	}
	return isCapitalizedRune(s)
}

func isCapitalizedRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// HasWordRune reports whether s has a letter or digit (not only marks).
func HasWordRune(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// IsDash reports whether a token is a dash.
func IsDash(s string) bool {
	switch s {
	case "—", "--", "–", "―", "-":
		return true
	}
	return false
}
