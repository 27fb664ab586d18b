package entities

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extract/text"
)

// Dates are found by rule: the forms news uses are few and regular, and
// CoNLL-2003 (the entity model's training data) does not label them.

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan.": true, "feb.": true, "mar.": true,
	"apr.": true, "jun.": true, "jul.": true, "aug.": true, "sep.": true,
	"sept.": true, "oct.": true, "nov.": true, "dec.": true,
}

var relativeDays = map[string]bool{"yesterday": true, "today": true, "tomorrow": true, "tonight": true}

var periods = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true,
	"months": true, "year": true, "years": true, "weekend": true, "decade": true,
	"decades": true, "spring": true, "summer": true, "autumn": true, "fall": true,
	"winter": true, "morning": true, "evening": true, "night": true,
}

var countWords = map[string]bool{
	"a": true, "an": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "several": true, "few": true, "a few": true,
}

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
		if weekdays[part] {
			return true
		}
		if !more {
			return false
		}
		lower = rest
	}
}

// findDates returns date spans as token ranges, in order.
func findDates(toks []text.Token) []span {
	var out []span
	lower := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[i].Text)
	}
	for i := 0; i < len(toks); i++ {
		w := lower(i)
		end := 0
		switch {
		case isISODate(toks[i].Text):
			end = i + 1
		case hasWeekday(w) && text.IsCapitalized(strings.TrimLeft(toks[i].Text, "abcdefghijklmnopqrstuvwxyz-")):
			end = i + 1
		case months[w] && text.IsCapitalized(toks[i].Text) && (w != "may" && w != "march" || isDayNumber(lower(i+1)) || isYear(lower(i+1)) || monthContext(lower(i-1))):
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
		case relativeDays[w]:
			end = i + 1
		case (w == "last" || w == "next" || w == "this") && periods[lower(i+1)]:
			end = i + 2
		case countWords[w] && periods[lower(i+1)] && (lower(i+2) == "earlier" || lower(i+2) == "later" || lower(i+2) == "ago"):
			end = i + 3
		case (w == "earlier" || w == "later") && (lower(i+1) == "this" || lower(i+1) == "that") && periods[lower(i+2)]:
			end = i + 3
		}
		if end > i {
			out = append(out, span{From: i, To: end})
			i = end - 1
		}
	}
	return out
}

func monthContext(prev string) bool {
	switch prev {
	case "in", "on", "since", "until", "last", "next", "early", "late", "mid", "from", "by", "through", "of", "this", "before", "after":
		return true
	}
	return false
}
