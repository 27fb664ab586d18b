package entities

// countGender reads from the text which pronoun each person takes: in a
// sentence that names one person only, "he"/"his" or "she"/"her" vote.
func (a *Set) countGender(refs []*Ref) {
	for _, s := range a.sents {
		var only *Ref
		many := false
		votes := 0
		for i := s.From; i < s.To; i++ {
			if a.inQuote[i] {
				continue
			}
			if e := a.Of[i]; e >= 0 && a.Entities[e].Type == "PERSON" {
				if only != nil && only != a.RefOf[e] {
					many = true
				}
				only = a.RefOf[e]
			}
			switch a.lower(i) {
			case "he", "his", "him", "himself", "mr.":
				votes++
			case "she", "her", "hers", "herself", "mrs.", "ms.":
				votes--
			}
		}
		if only != nil && !many {
			only.Gender += votes
		}
	}
}
