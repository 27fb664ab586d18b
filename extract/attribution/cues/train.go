//go:build !js

package cues

import (
	"math/rand"

	"github.com/whosaid/whosaid/extract/tagger/train"
)

// Training is built only outside the browser.

// Chosen are the settings `make cues` chose by 5-fold cross-validation on
// PolNeAR train and the embedded model was trained with: a cross-validation
// harness trains each fold's detector with them.
var Chosen = Settings{Epochs: 10, MinCount: 1, Threshold: -6, MinWeight: 0.05, Seed: 1}

// Settings are what cross-validation chooses.
type Settings struct {
	Epochs int
	// MinCount is how often a word must head a cue in training to be
	// scored.
	MinCount int
	// Threshold is the margin a cue must pass.
	Threshold float32
	// MinWeight prunes averaged weights smaller than it from the model.
	MinWeight float64
	Seed      uint64
}

// Train fits a model on the examples with the shared averaged perceptron.
func Train(docs []Example, set Settings) *Model {
	m, _ := TrainBytes(docs, set)
	return m
}

// TrainBytes is Train that also returns the model's bytes (Marshal's).
func TrainBytes(docs []Example, set Settings) (*Model, []byte) {
	heads := map[string]int{}
	for _, d := range docs {
		for i, g := range d.Gold {
			if t := d.Tokens[i]; g && candidate(t) {
				heads[t.Lower]++
			}
		}
	}
	m := &Model{Threshold: set.Threshold, vocab: map[string]bool{}}
	for w, n := range heads {
		if n >= set.MinCount {
			m.vocab[w] = true
		}
	}
	type inst struct {
		feats []uint64
		gold  int
	}
	var insts []inst
	for _, d := range docs {
		for _, s := range d.Sents {
			for i := s[0]; i < s[1]; i++ {
				if !m.scored(d.Tokens[i]) {
					continue
				}
				in := inst{feats: features(d.Tokens, i, s[0], s[1], nil)}
				if d.Gold[i] {
					in.gold = isCue
				}
				insts = append(insts, in)
			}
		}
	}
	p := train.New(2)
	rng := rand.New(rand.NewSource(int64(set.Seed)))
	scratch := make([]float64, 2)
	for e := 0; e < set.Epochs; e++ {
		for _, k := range train.Order(rng, len(insts)) {
			p.Learn(insts[k].feats, insts[k].gold, -1, nil, scratch)
		}
	}
	data := m.Marshal(p.Encode(set.MinWeight))
	out, err := Load(data)
	if err != nil {
		panic("cues: a trained model does not load: " + err.Error())
	}
	return out, data
}
