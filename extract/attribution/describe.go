package attribution

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract/entities"
	"github.com/whosaid/whosaid/extract/lexicon"
)

// describedPerson finds who a definite description names: "the Ukrainian
// president" or "the mayor" is the person named before it with that role
// ("Ukrainian President Volodymyr Zelensky", "Mayor Elena Vargas"), the
// nearest one when several have it. The description opens with "the",
// ends in a title word, and every word of it after "the" is a word of the
// role; "" when it is not one or no person named before has the role.
func (a *analysis) describedPerson(s span) string {
	if s.To-s.From < 2 || s.To-s.From > 5 || a.lower(s.From) != "the" || !lexicon.TitleWords[a.lower(s.To-1)] {
		return ""
	}
	words := make([]string, 0, s.To-s.From-1)
	for i := s.From + 1; i < s.To; i++ {
		if e := a.es.Of[i]; e >= 0 && a.es.Entities[e].Type == "PERSON" {
			return ""
		}
		words = append(words, a.lower(i))
	}
	if a.es.RefOf == nil {
		return ""
	}
	// back from the description over the words of people, nearest first
	people := a.personTokens()
	for k := sort.Search(len(people), func(k int) bool { return int(people[k]) >= s.From }) - 1; k >= 0; k-- {
		r := a.es.RefOf[a.es.Of[people[k]]]
		for _, role := range a.roleWordsOf(r) {
			if hasWords(role, words) {
				return r.ID
			}
		}
	}
	return ""
}

// personTokens are the tokens, in order, of the people the linked
// entities name (each with its referent), listed once: a description
// looked back over every word before it, and a long document's
// descriptions made that quadratic. (After Link, which the pipeline calls
// once, before the speakers are resolved.)
func (a *analysis) personTokens() []int32 {
	if a.persons == nil {
		a.persons = []int32{}
		for i, e := range a.es.Of {
			if e >= 0 && a.es.Entities[e].Type == "PERSON" && a.es.RefOf[e] != nil {
				a.persons = append(a.persons, int32(i))
			}
		}
	}
	return a.persons
}

// roleWordsOf is each of r's roles in lower-case words, split once: a long
// document's descriptions pass its people many times over.
func (a *analysis) roleWordsOf(r *entities.Ref) [][]string {
	if ws, ok := a.roleWords[r]; ok {
		return ws
	}
	ws := make([][]string, len(r.Roles))
	for k, role := range r.Roles {
		ws[k] = strings.Fields(strings.ToLower(role))
	}
	if a.roleWords == nil {
		a.roleWords = map[*entities.Ref][][]string{}
	}
	a.roleWords[r] = ws
	return ws
}

// hasWords tells whether every word of want is in have.
func hasWords(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
