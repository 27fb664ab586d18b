//go:build !js

package entities

// NERScore counts exact entity matches for one type.
type NERScore struct {
	Correct, Predicted, Gold int
}

// F1 is the harmonic mean of precision and recall.
func (s NERScore) F1() float64 {
	if s.Correct == 0 {
		return 0
	}
	p := float64(s.Correct) / float64(s.Predicted)
	r := float64(s.Correct) / float64(s.Gold)
	return 2 * p * r / (p + r)
}

func chunks(labels []int) map[chunk]bool {
	out := map[chunk]bool{}
	for _, c := range sortedChunks(labels) {
		out[c] = true
	}
	return out
}

// EvaluateNER tags gold-tokenized documents with an encoded model and scores
// exact entity matches per CoNLL type, as the shared scorer does.
func EvaluateNER(model []byte, docs []TrainDoc) (map[string]NERScore, error) {
	m, err := loadNERModel(model)
	if err != nil {
		return nil, err
	}
	scores := map[string]NERScore{}
	for _, d := range docs {
		tg := newTagger(m)
		words := make([][]string, len(d))
		for k, s := range d {
			words[k] = s.Words
		}
		labels := tg.tagDocument(words, nil)
		for k, s := range d {
			pred := chunks(labels[k])
			gold := chunks(goldLabels(s, schemeBIO))
			for c := range pred {
				sc := scores[nerTypes[c.typ-1]]
				sc.Predicted++
				if gold[c] {
					sc.Correct++
				}
				scores[nerTypes[c.typ-1]] = sc
			}
			for c := range gold {
				sc := scores[nerTypes[c.typ-1]]
				sc.Gold++
				scores[nerTypes[c.typ-1]] = sc
			}
		}
	}
	return scores, nil
}
