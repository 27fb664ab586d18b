package extract

// Resummarize counts who speaks again once the quotations of doc have been
// changed by hand (a teacher's corrections), with the engine's own
// arithmetic. before is the engine's summary of the uncorrected article: a
// document does not carry the engine's referents, so the people it names
// are read from there and from doc.People. No text is analysed again.
func Resummarize(doc *Document, before Sources) Sources {
	var known []voice
	for _, list := range [][]Source{before.Quoted, before.Mentioned} {
		for _, s := range list {
			if s.ID != "" && s.Kind != SourceAnonymous {
				known = append(known, voice{Source: s, mentionable: true})
			}
		}
	}
	for _, p := range doc.People {
		kind := SourceOrganisation
		if p.Type == "PERSON" {
			kind = SourcePerson
		}
		known = append(known, voice{Source: Source{ID: p.ID, Name: p.Name, Kind: kind, Roles: nonNil(p.Roles), Mentions: p.Mentions}})
	}
	return tally(doc.Quotes, doc.Reported, known)
}
