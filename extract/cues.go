package extract

import (
	"github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/entities"
	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/syntax"
	"github.com/whosaid/whosaid/extract/text"
)

// CueExample is a training document for the cue detector of reported
// speech: text through the stages before attribution, with its gold cue
// spans (UTF-8 byte offsets, end exclusive) marked on the tokens that head
// them. extract/cmd/traincues trains on these, fold by fold.
func CueExample(input string, spans [][2]int) (cues.Example, error) {
	if err := entities.Load(); err != nil {
		return cues.Example{}, err
	}
	td := text.Analyze(input, nil)
	grammar, err := syntax.Analyze(td, nil)
	if err != nil {
		return cues.Example{}, err
	}
	marks := quotes.Scan(input)
	inQuote := quotes.Inside(td, marks)
	es, err := entities.Find(td, inQuote, nil)
	if err != nil {
		return cues.Example{}, err
	}
	return attribution.CueExample(attribution.Input{Doc: td, Syntax: grammar, Marks: marks, InQuote: inQuote, Entities: es}, spans), nil
}
