package attribution

// resolveAll settles who each quotation's speaker is.
func (a *analysis) resolveAll(found []attributed) []Quote {
	out := make([]Quote, len(found))
	for i, f := range found {
		out[i] = f.Quote
		switch {
		case f.continues >= 0:
			out[i].SpeakerID = out[f.continues].SpeakerID
		case !f.speaker.Empty():
			out[i].SpeakerID = a.resolveSpeaker(f.speaker)
		}
		out[i].CueType = cueType(out[i].Cue)
	}
	return out
}

// resolveSpeaker finds the referent a speaker phrase names: the person in
// it ("Kremlin spokesman Dmitry Peskov", "Scholz's office"), else the
// organisation or place ("The Kremlin"), else who a pronoun points back to.
func (a *analysis) resolveSpeaker(s span) string {
	var person, other string
	for i := s.From; i < s.To; i++ {
		if e := a.es.Of[i]; e >= 0 && !a.possessorIn(e, s) {
			switch a.es.Entities[e].Type {
			case "PERSON":
				person = a.es.Entities[e].EntityID
			case "DATE":
			default:
				other = a.es.Entities[e].EntityID
			}
		}
	}
	if person != "" {
		return person
	}
	if id := a.describedPerson(s); id != "" {
		return id
	}
	if other != "" {
		return other
	}
	if s.To-s.From == 1 {
		if g, ok := speakerPronouns[a.lower(s.From)]; ok && (g == "m" || g == "f") {
			return a.resolvePronoun(s.From, g)
		}
		if g, ok := possessivePronouns[a.lower(s.From)]; ok { // "his claim that"
			return a.resolvePronoun(s.From, g)
		}
	}
	return ""
}

// possessorIn tells whether entity e owns the head of phrase s rather
// than being it: "Zelensky's key European backers" are not Zelensky; but
// "Scholz's office" speaks for Scholz.
func (a *analysis) possessorIn(e int, s span) bool {
	end := a.es.Spans[e].To
	return end+1 < s.To && (a.lower(end) == "'s" || a.lower(end) == "’s") && !speaksFor[a.lower(s.To-1)]
}

// speaksFor are the heads of phrases that speak in their owner's name.
var speaksFor = map[string]bool{"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true}

// resolvePronoun picks the person "he" or "she" points back to: the first
// person named (outside quotations) in the same sentence before it, else in
// the nearest sentence before that names one, skipping people the text
// speaks of with the other pronoun.
func (a *analysis) resolvePronoun(tok int, gender string) string {
	sent := a.sentOf[tok]
	for s := sent; s >= 0 && s > sent-8; s-- {
		end := a.sents[s].To
		if s == sent {
			end = tok
		}
		for i := max(a.sents[s].From, tok-400); i < end; i++ {
			e := a.es.Of[i]
			if e < 0 || a.inQuote[i] || a.es.Entities[e].Type != "PERSON" {
				continue
			}
			r := a.es.RefOf[e]
			if gender == "m" && r.Gender < 0 || gender == "f" && r.Gender > 0 {
				continue
			}
			return r.ID
		}
	}
	return ""
}
