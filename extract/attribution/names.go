package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extract/lexicon"
	"github.com/whosaid/whosaid/extract/text"
)

// nameSpeakers makes a person of a speaker the tagger missed: "Elena
// Vargas said" names a person even when the model does not know the name.
func (a *analysis) nameSpeakers(found []attributed) []span {
	var added []span
	for _, f := range found {
		s := f.speaker
		if s.Empty() {
			continue
		}
		named := false
		for i := s.From; i < s.To; i++ {
			if a.es.Of[i] >= 0 && a.es.Entities[a.es.Of[i]].Type != "DATE" {
				named = true
			}
		}
		if named {
			continue
		}
		// the capitalized words that end the phrase, after any title
		from := s.To
		for from > s.From && a.nameWord(from-1) {
			from--
		}
		if s.To-from >= 2 && s.To-from <= 4 {
			added = append(added, span{From: from, To: s.To})
		}
	}
	return added
}

func (a *analysis) nameWord(i int) bool {
	w := a.lower(i)
	t := a.toks[i].Text
	return text.IsCapitalized(t) && !lexicon.TitleWords[w] && !sourceNouns[w] && !determiners[w] && strings.ToUpper(t) != t || len(t) == 2 && t[1] == '.'
}
