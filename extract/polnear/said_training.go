package polnear

import "github.com/whosaid/whosaid/extract/quotes/train"

// SaidExamples are the candidates of arts as the quotation model learns
// them.
func SaidExamples(cands [][]SaidCandidate) []train.Example {
	var ex []train.Example
	for _, cs := range cands {
		for _, c := range cs {
			ex = append(ex, train.Example{Features: c.Features, Said: c.Label()})
		}
	}
	return ex
}
