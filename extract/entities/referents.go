package entities

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/lexicon"
	"github.com/whosaid/whosaid/extract/text"
)

// Ref gathers the mentions of one person or thing while building.
type Ref struct {
	Referent
	words  []string // name words of the fullest form, for matching
	Gender int      // votes: > 0 male, < 0 female
}

// normalName strips what does not change who is named: a leading "the", a
// possessive, dots in acronyms ("U.S." → "US").
func normalName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	if len(s) >= 4 && strings.EqualFold(s[:4], "the ") { // not ToLower: it copied every name
		s = s[4:]
	}
	if strings.Count(s, ".") > 1 && !strings.Contains(s, " ") {
		s = strings.ReplaceAll(s, ".", "")
	}
	return s
}

// initials of the capitalized words: "Institute for the Study of War" → "ISW".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		// the first rune alone: a []rune of the word made a copy of it
		if r, _ := utf8.DecodeRuneInString(w); w != "" && unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// sameWord compares two words of names whatever their case and whatever
// their apostrophe: "O'Neill" and "O’Neill" are one name.
func sameWord(a, b string) bool {
	return strings.EqualFold(straightApostrophes(a), straightApostrophes(b))
}

func straightApostrophes(s string) string { return strings.ReplaceAll(s, "’", "'") }

// linkReferents assigns every entity mention to a referent: full names
// first, then the short forms that refer back to them ("Zelensky").
func (a *Set) linkReferents() []*Ref {
	var refs []*Ref
	entRef := make([]*Ref, len(a.Entities))
	byKey := map[string]*Ref{}
	// each mention's normalName, worked out once (it was four times)
	names := make([]string, len(a.Entities))
	for i, e := range a.Entities {
		names[i] = normalName(e.Text)
	}
	add := func(i int, words []string) *Ref {
		r := &Ref{Referent: Referent{Name: names[i], Type: a.Entities[i].Type}, words: words}
		refs = append(refs, r)
		return r
	}
	// Pass 1: multi-word person names and every other type.
	for i, e := range a.Entities {
		name := names[i]
		words := strings.Fields(name)
		if e.Type == "PERSON" {
			if len(words) < 2 {
				continue
			}
			for _, r := range refs {
				if r.Type == "PERSON" && len(r.words) > 0 && sameWord(r.words[len(r.words)-1], words[len(words)-1]) &&
					(sameWord(r.words[0], words[0]) || len(r.words) != len(words)) {
					entRef[i] = r
					break
				}
			}
		} else {
			key := e.Type + "|" + strings.ToLower(straightApostrophes(name))
			if r := byKey[key]; r != nil {
				entRef[i] = r
			} else if e.Type != "DATE" && len(words) == 1 {
				for _, r := range refs {
					if r.Type == e.Type && len(r.words) > 1 && initials(r.words) == name {
						entRef[i] = r
						break
					}
				}
			}
			if entRef[i] == nil {
				entRef[i] = add(i, words)
				byKey[key] = entRef[i]
			}
			continue
		}
		if entRef[i] == nil {
			entRef[i] = add(i, words)
		}
	}
	// Pass 2: single-word person names refer to a full name that has them.
	for i := range a.Entities {
		if entRef[i] != nil {
			continue
		}
		name := names[i]
		for _, r := range refs {
			if r.Type == "PERSON" && len(r.words) > 1 && sameWord(r.words[len(r.words)-1], name) {
				entRef[i] = r
				break
			}
		}
		if entRef[i] == nil {
			for _, r := range refs {
				if r.Type == "PERSON" && len(r.words) > 0 && (sameWord(r.words[0], name) || len(r.words) == 1 && sameWord(r.words[0], name)) {
					entRef[i] = r
					break
				}
			}
		}
		if entRef[i] == nil {
			entRef[i] = add(i, strings.Fields(name))
		}
	}
	// Ids in order of first mention (a new Ref has none yet); the fullest
	// form names the referent.
	var sorted []*Ref
	for i := range a.Entities {
		r := entRef[i]
		if r.ID == "" {
			sorted = append(sorted, r)
			r.ID = "e" + strconv.Itoa(len(sorted))
		}
		a.Entities[i].EntityID = r.ID
		r.Mentions++
		name := names[i]
		if len(name) > len(r.Name) {
			r.Name = name
			r.words = strings.Fields(name)
		}
		if role := a.roleBefore(i); role != "" && !contains(r.Roles, role) {
			r.Roles = append(r.Roles, role)
		}
	}
	for i := range a.Entities {
		r := entRef[i]
		name := names[i]
		if name != r.Name && !contains(r.Aliases, name) {
			r.Aliases = append(r.Aliases, name)
		}
	}
	if sorted == nil {
		sorted = []*Ref{}
	}
	a.RefOf = entRef
	return sorted
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// roleBefore returns the title written before a person mention
// ("Kremlin spokesman" before "Dmitry Peskov"), or "".
func (a *Set) roleBefore(ent int) string {
	e := a.Entities[ent]
	if e.Type != "PERSON" {
		return ""
	}
	first := a.Spans[ent].From
	k := first - 1
	hasTitle := false
	for k >= 0 && !a.toks[k+1].ParaStart {
		w := a.lower(k)
		if lexicon.TitleWords[w] {
			hasTitle = true
			k--
			continue
		}
		if a.Of[k] >= 0 && a.Entities[a.Of[k]].Type != "PERSON" && a.Entities[a.Of[k]].Type != "DATE" {
			k--
			continue
		}
		// "Union leader", "opposition leader": a noun that says whose.
		if hasTitle && lexicon.TitleWords[a.lower(k+1)] && (roleModifiers[w] || text.IsCapitalized(a.toks[k].Text) && !roleStops[w] && lexicon.CueStem(w) == "") {
			k--
			continue
		}
		break
	}
	if !hasTitle || k+1 >= first {
		return ""
	}
	// Drop leading words that are not titles or names ("former" stays).
	return a.text[a.toks[k+1].Start:a.toks[first-1].End]
}

// roleModifiers say whose role a title is ("union leader").
var roleModifiers = map[string]bool{
	"union": true, "opposition": true, "party": true, "company": true, "government": true,
	"city": true, "council": true, "police": true, "army": true, "state": true,
	"team": true, "club": true, "church": true, "school": true, "hospital": true,
}

// roleStops are capitalised words that start a sentence, not a role.
var roleStops = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "but": true, "then": true,
	"when": true, "as": true, "said": true, "says": true, "if": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "by": true, "with": true, "for": true,
	"to": true, "of": true, "in": true, "on": true, "at": true, "from": true, "after": true,
	"before": true, "while": true, "because": true, "so": true, "yet": true, "also": true,
}
