// Package train trains the shared averaged perceptron of package tagger.
// It is used by the training commands only, never by the page.
package train

import (
	"math/rand"

	"github.com/whosaid/whosaid/extract/tagger"
)

// Perceptron keeps, per feature, its non-zero weights by label with their
// running totals and when each last changed (lazy averaging). Weights are
// sparse: most features only ever meet a few labels, and a dense row of 45
// part-of-speech labels per feature would not fit in memory.
type Perceptron struct {
	labels int
	index  map[uint32]int32
	keys   []uint32
	feats  [][]cell
	clock  int
}

type cell struct {
	label int
	w     float64
	tot   float64 // sum of w over the clock ticks before stamp
	stamp int
}

// New returns an empty perceptron over labels labels.
func New(labels int) *Perceptron {
	return &Perceptron{labels: labels, index: map[uint32]int32{}}
}

// Labels is the number of labels.
func (p *Perceptron) Labels() int { return p.labels }

// Scores sets s (len Labels()) to the current weights' scores of f.
func (p *Perceptron) Scores(f []uint64, s []float64) {
	for l := range s {
		s[l] = 0
	}
	for _, h := range f {
		r, ok := p.index[tagger.Key(h)]
		if !ok {
			continue
		}
		for _, c := range p.feats[r] {
			s[c.label] += c.w
		}
	}
}

// Tick counts one training instance (a token); averages are over ticks.
func (p *Perceptron) Tick() { p.clock++ }

// Update adds delta to the weight of label for each feature in f.
func (p *Perceptron) Update(f []uint64, label int, delta float64) {
	for _, h := range f {
		k := tagger.Key(h)
		r, ok := p.index[k]
		if !ok {
			r = int32(len(p.feats))
			p.index[k] = r
			p.keys = append(p.keys, k)
			p.feats = append(p.feats, nil)
		}
		cells := p.feats[r]
		at := -1
		for i := range cells {
			if cells[i].label == label {
				at = i
				break
			}
		}
		if at < 0 {
			p.feats[r] = append(cells, cell{label: label, stamp: p.clock})
			cells = p.feats[r]
			at = len(cells) - 1
		}
		c := &cells[at]
		c.tot += float64(p.clock-c.stamp) * c.w
		c.stamp = p.clock
		c.w += delta
	}
}

// Learn is one step of training on one token: it ticks, predicts the best
// label after prev under t, and if that is not gold, moves the weights of
// f towards gold and away from the guess. It returns the guess, so that
// training decodes on its own decisions, as tagging will.
func (p *Perceptron) Learn(f []uint64, gold, prev int, t *tagger.Transitions, scratch []float64) int {
	p.Tick()
	p.Scores(f, scratch)
	guess := tagger.Best(scratch, prev, t)
	if guess != gold {
		p.Update(f, gold, 1)
		p.Update(f, guess, -1)
	}
	return guess
}

// Sequencer trains on whole sequences with the same greedy decoding as
// tagger.Decoder, reusing its buffers.
type Sequencer struct {
	P      *Perceptron
	T      *tagger.Transitions
	feats  []uint64
	scores []float64
	guess  []int
}

// NewSequencer trains p under the constraints t (nil: none).
func NewSequencer(p *Perceptron, t *tagger.Transitions) *Sequencer {
	return &Sequencer{P: p, T: t, scores: make([]float64, p.labels)}
}

// Learn trains on one sequence of gold labels and returns how many tokens
// the model already labelled right. The features of token i see the
// model's own guesses for the tokens before it.
func (s *Sequencer) Learn(gold []int, features tagger.FeatureFunc) int {
	s.guess = s.guess[:0]
	right := 0
	for i, g := range gold {
		s.feats = features(i, s.guess, s.feats[:0])
		prev := -1
		if i > 0 {
			prev = s.guess[i-1]
		}
		guess := s.P.Learn(s.feats, g, prev, s.T, s.scores)
		if guess == g {
			right++
		}
		s.guess = append(s.guess, guess)
	}
	return right
}

// Order returns 0..n-1 shuffled by rng: the order of one epoch.
func Order(rng *rand.Rand, n int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	return order
}

// Averaged returns every feature's weights averaged over all ticks so far.
func (p *Perceptron) Averaged() []tagger.Weights {
	out := make([]tagger.Weights, 0, len(p.feats))
	if p.clock == 0 {
		return out
	}
	for r, cells := range p.feats {
		w := tagger.Weights{Key: p.keys[r]}
		for _, c := range cells {
			tot := c.tot + float64(p.clock-c.stamp)*c.w
			if tot == 0 {
				continue
			}
			w.Labels = append(w.Labels, uint8(c.label))
			w.Values = append(w.Values, tot/float64(p.clock))
		}
		if len(w.Labels) > 0 {
			out = append(out, w)
		}
	}
	return out
}

// Encode averages, prunes weights below minWeight, quantises and writes the
// model (tagger.Decode reads it). The same training gives the same bytes.
func (p *Perceptron) Encode(minWeight float64) []byte {
	return tagger.Encode(p.labels, p.Averaged(), minWeight)
}
