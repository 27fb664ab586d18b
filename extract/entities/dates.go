package entities

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extract/text"
)

// Dates are found by rule: the forms news uses are few and regular, and
// CoNLL-2003 (the entity model's training data) does not label them.

// The date words by what they may be, one table: every token of the text
// is looked up, and one lookup a token costs a quarter of four.
type dateWord uint8

const (
	weekday dateWord = 1 << iota
	month
	relativeDay
	period
	countWord
)

var dateWords = func() map[string]dateWord {
	m := map[string]dateWord{}
	add := func(c dateWord, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(weekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	add(month, "january", "february", "march", "april", "may",
		"june", "july", "august", "september", "october",
		"november", "december", "jan.", "feb.", "mar.",
		"apr.", "jun.", "jul.", "aug.", "sep.",
		"sept.", "oct.", "nov.", "dec.")
	add(relativeDay, "yesterday", "today", "tomorrow", "tonight")
	add(period, "day", "days", "week", "weeks", "month",
		"months", "year", "years", "weekend", "decade",
		"decades", "spring", "summer", "autumn", "fall",
		"winter", "morning", "evening", "night")
	add(countWord, "a", "an", "one", "two", "three", "four",
		"five", "six", "seven", "eight", "nine",
		"ten", "several", "few", "a few")
	return m
}()

// dateWordLens tell, by a word's first and by its last byte, the lengths
// of the date words with it there (bit n: n bytes): a word that fits
// neither is none, without a lookup (most of an article's words).
var dateWordLens = func() (lens [2][256]uint32) {
	for w := range dateWords {
		lens[0][w[0]] |= 1 << len(w)
		lens[1][w[len(w)-1]] |= 1 << len(w)
	}
	return lens
}()

// dateWordOf is dateWords[w].
func dateWordOf(w string) dateWord {
	if n := len(w); n == 0 || n >= 32 || dateWordLens[0][w[0]]&dateWordLens[1][w[n-1]]&(1<<n) == 0 {
		return 0
	}
	return dateWords[w]
}

// isPeriod tells a word for a stretch of time ("week", "summer").
func isPeriod(w string) bool { return dateWordOf(w)&period != 0 }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isYear(s string) bool {
	if len(s) != 4 || !allDigits(s) {
		return false
	}
	return s[0] == '1' && s[1] >= '7' || s[0] == '2' && s[1] == '0'
}

func isDayNumber(s string) bool {
	s = strings.TrimRight(s, "stndrh")
	return len(s) >= 1 && len(s) <= 2 && allDigits(s) && s != "0"
}

// isISODate matches 2025-03-06.
func isISODate(s string) bool {
	return len(s) == 10 && isYear(s[:4]) && s[4] == '-' && s[7] == '-' && allDigits(s[5:7]) && allDigits(s[8:])
}

// hasWeekday matches "Wednesday" and hyphenated forms ("late-Wednesday").
func hasWeekday(lower string) bool {
	for {
		// strings.Cut, not Split: no slice a token
		part, rest, more := strings.Cut(lower, "-")
		if dateWordOf(part)&weekday != 0 {
			return true
		}
		if !more {
			return false
		}
		lower = rest
	}
}

// findDates returns date spans as token ranges, in order; lowers are the
// tokens' words in lower case.
func findDates(toks []text.Token, lowers []string) []span {
	var out []span
	lower := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return lowers[i]
	}
	for i := 0; i < len(toks); i++ {
		w := lower(i)
		class := dateWordOf(w)
		// a hyphenated word may hold a weekday ("late-Wednesday")
		hyphen := strings.IndexByte(w, '-') >= 0
		if class == 0 && !hyphen && (w == "" || w[0] < '0' || w[0] > '9') && !openerWord(w) {
			// Most words: no date word, no digit to start a year or
			// an ISO date, no hyphen to hold a weekday, and none of
			// the words that open a period below ("last week").
			continue
		}
		weekdayIn := class&weekday != 0 || hyphen && hasWeekday(w)
		end := 0
		switch {
		case isISODate(toks[i].Text):
			end = i + 1
		case weekdayIn && text.IsCapitalized(strings.TrimLeft(toks[i].Text, "abcdefghijklmnopqrstuvwxyz-")):
			end = i + 1
		case class&month != 0 && text.IsCapitalized(toks[i].Text) && (w != "may" && w != "march" || isDayNumber(lower(i+1)) || isYear(lower(i+1)) || monthContext(lower(i-1))):
			end = i + 1
			if isDayNumber(lower(end)) {
				end++
			}
			if lower(end) == "," && isYear(lower(end+1)) {
				end += 2
			} else if isYear(lower(end)) {
				end++
			}
			if isDayNumber(lower(i - 1)) {
				i--
			}
		case isYear(w):
			end = i + 1
		case class&relativeDay != 0:
			end = i + 1
		case (w == "last" || w == "next" || w == "this") && isPeriod(lower(i+1)):
			end = i + 2
		case class&countWord != 0 && isPeriod(lower(i+1)) && (lower(i+2) == "earlier" || lower(i+2) == "later" || lower(i+2) == "ago"):
			end = i + 3
		case (w == "earlier" || w == "later") && (lower(i+1) == "this" || lower(i+1) == "that") && isPeriod(lower(i+2)):
			end = i + 3
		}
		if end > i {
			out = append(out, span{From: i, To: end})
			i = end - 1
		}
	}
	return out
}

// openerWord says whether w opens a period in findDates without being a
// date word itself ("last", "next", "this" week; "earlier", "later" this
// month).
func openerWord(w string) bool {
	switch w {
	case "last", "next", "this", "earlier", "later":
		return true
	}
	return false
}

func monthContext(prev string) bool {
	switch prev {
	case "in", "on", "since", "until", "last", "next", "early", "late", "mid", "from", "by", "through", "of", "this", "before", "after":
		return true
	}
	return false
}
