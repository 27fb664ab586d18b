package extract

import "github.com/whosaid/whosaid/extract/entities"

// people lists the persons, and whoever else is quoted, for the side panel.
func people(refs []*entities.Ref, found []Quote) []Referent {
	quoted := map[string]int{}
	for _, q := range found {
		if q.SpeakerID != "" {
			quoted[q.SpeakerID]++
		}
	}
	out := []Referent{}
	for _, r := range refs {
		r.Quotes = quoted[r.ID]
		if r.Type != "PERSON" && r.Quotes == 0 {
			continue
		}
		p := r.Referent
		if p.Aliases == nil {
			p.Aliases = []string{}
		}
		if p.Roles == nil {
			p.Roles = []string{}
		}
		out = append(out, p)
	}
	return out
}
