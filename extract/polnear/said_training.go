package polnear

import "github.com/whosaid/whosaid/extract/quotes/train"

// SaidExamples are the candidates of arts as the quotation model learns
// them; the single-marked ones in articles that quote in double marks are
// left to the engine's rule (attribution.saidChoice.keeps).
func SaidExamples(cands [][]SaidCandidate) []train.Example {
	var ex []train.Example
	for _, cs := range cands {
		for _, c := range cs {
			if c.Learned() {
				ex = append(ex, train.Example{Features: c.Features, Said: c.Label()})
			}
		}
	}
	return ex
}
