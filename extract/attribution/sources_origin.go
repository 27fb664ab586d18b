package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extract/lexicon"
)

// Where a statement comes from, as the ranker can tell from its cue: a
// quotation, reported speech after a verb of the rules' lexicon ("said",
// "thinks"), after a word only the cue detector learned ("opposed"), after
// a noun ("his criticism of"), or with no cue. The rules' speaker phrase
// of the last two is a fixed guess (reported_learned.go: the possessor,
// the noun phrase before the cue or after it), right less often.
const (
	originQuote = iota
	originNoCue
	originLexicon
	originLearned
	originNoun
)

// CueChunkFeature lets the ranker read whether a candidate lies in the
// noun phrase that holds the cue (evalattrib -cue-chunk).
var CueChunkFeature = false

// originNames name the origins in features and reports.
var originNames = []string{"quote", "nocue", "lexicon", "learned", "noun"}

// origin is statement k's origin, an index into originNames.
func (in *SourceInput) origin(k int) int {
	st := in.Statements[k]
	switch {
	case !st.Reported:
		return originQuote
	case st.Cue.Empty() || st.Cue.From >= len(in.Tokens):
		return originNoCue
	}
	cue := in.Tokens[st.Cue.To-1]
	if strings.HasPrefix(cue.POS, "NN") {
		return originNoun
	}
	for i := st.Cue.From; i < st.Cue.To; i++ {
		if w := in.Tokens[i].Lower; lexicon.CueStem(w) != "" || stanceStem(w) != "" {
			return originLexicon
		}
	}
	return originLearned
}

// StatementOrigin names statement k's origin (for evalattrib's reports).
func (in *SourceInput) StatementOrigin(k int) string { return originNames[in.origin(k)] }
