//go:build !js

package entities

import (
	"fmt"
	"io"
	"strings"
)

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
	m.outside = outsideOverride // the shortcut measured (UseOutside), none by default
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

// NERErrors writes, one a line, every entity the model gets wrong in docs:
// the gold type (or "-"), the type it gave the same words (or "-"), the
// words and their sentence, to read what to work on.
func NERErrors(model []byte, docs []TrainDoc, w io.Writer) error {
	m, err := loadNERModel(model)
	if err != nil {
		return err
	}
	name := func(typ int) string {
		if typ == 0 {
			return "-"
		}
		return nerTypes[typ-1]
	}
	for _, d := range docs {
		words := make([][]string, len(d))
		for k, s := range d {
			words[k] = s.Words
		}
		labels := newTagger(m).tagDocument(words, nil)
		for k, s := range d {
			pred, gold := map[[2]int]int{}, map[[2]int]int{}
			for _, c := range sortedChunks(labels[k]) {
				pred[[2]int{c.from, c.to}] = c.typ
			}
			for _, c := range sortedChunks(goldLabels(s, schemeBIO)) {
				gold[[2]int{c.from, c.to}] = c.typ
			}
			line := strings.Join(s.Words, " ")
			for sp, g := range gold {
				if pred[sp] != g {
					fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", name(g), name(pred[sp]), strings.Join(s.Words[sp[0]:sp[1]], " "), line)
				}
			}
			for sp, p := range pred {
				if gold[sp] == 0 {
					fmt.Fprintf(w, "-\t%s\t%s\t%s\n", name(p), strings.Join(s.Words[sp[0]:sp[1]], " "), line)
				}
			}
		}
	}
	return nil
}

// TaggerEntities tags one gold-tokenized document with an encoded model
// and gives each sentence's entities as word ranges with their CoNLL type,
// to compare the tagger's output with the whole engine's.
func TaggerEntities(model []byte, d TrainDoc) ([][]TaggedEntity, error) {
	m, err := loadNERModel(model)
	if err != nil {
		return nil, err
	}
	words := make([][]string, len(d))
	for k, s := range d {
		words[k] = s.Words
	}
	labels := newTagger(m).tagDocument(words, nil)
	out := make([][]TaggedEntity, len(d))
	for k := range d {
		for _, c := range sortedChunks(labels[k]) {
			out[k] = append(out[k], TaggedEntity{From: c.from, To: c.to, Type: nerTypes[c.typ-1]})
		}
	}
	return out, nil
}

// TaggedEntity is words[From:To] of a sentence, of a CoNLL type.
type TaggedEntity struct {
	From, To int
	Type     string
}
