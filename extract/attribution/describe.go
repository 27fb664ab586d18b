package attribution

import (
	"strings"

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
	for i := s.From - 1; i >= 0; i-- {
		e := a.es.Of[i]
		if e < 0 || a.es.Entities[e].Type != "PERSON" || a.es.RefOf == nil || a.es.RefOf[e] == nil {
			continue
		}
		r := a.es.RefOf[e]
		for _, role := range r.Roles {
			if hasWords(strings.Fields(strings.ToLower(role)), words) {
				return r.ID
			}
		}
	}
	return ""
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
