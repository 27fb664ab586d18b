package polnear

import "github.com/whosaid/whosaid/extract"

// PredictionOf is what the scorer reads of an engine document: its
// quotations and reported statements with their speakers' spans.
func PredictionOf(doc *extract.Document) Prediction {
	conv := func(qs []extract.Quote) []Attribution {
		out := make([]Attribution, len(qs))
		for i, q := range qs {
			out[i].Span = Span{Start: q.Start, End: q.End}
			if q.Speaker != nil {
				out[i].Speaker = &Span{Start: q.Speaker.Start, End: q.Speaker.End}
			}
		}
		return out
	}
	return Prediction{Quotes: conv(doc.Quotes), Reported: conv(doc.Reported)}
}
