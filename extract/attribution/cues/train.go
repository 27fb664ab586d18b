package cues

import (
	"math/rand/v2"
	"strings"
)

// Example is one training document: its tokens, its sentences and, for
// each token, whether it heads a gold cue.
type Example struct {
	Tokens []Token
	Sents  [][2]int
	Gold   []bool
}

// Settings are what cross-validation chooses.
type Settings struct {
	Epochs int
	// MinCount is how often a word must head a cue in training to be
	// scored when the lexicon does not know it.
	MinCount int
	// Threshold is the score a cue must pass.
	Threshold float32
	Seed      uint64
}

// auxiliaries, adverbs and determiners that open a cue span without
// heading it ("has said", "also noted", "did not deny", "the report").
var notHead = map[string]bool{
	"has": true, "have": true, "had": true, "having": true, "is": true, "was": true,
	"were": true, "are": true, "be": true, "been": true, "being": true, "'s": true,
	"’s": true, "do": true, "does": true, "did": true, "not": true, "n't": true,
	"n’t": true, "never": true, "also": true, "will": true, "would": true,
	"could": true, "should": true, "can": true, "may": true, "might": true,
	"must": true, "to": true, "just": true, "already": true, "again": true,
	"then": true, "later": true, "once": true, "even": true, "still": true,
	"first": true, "and": true, "publicly": true, "previously": true,
	// "the report said", "a statement from": the noun heads, not its article
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "this": true,
	"these": true, "those": true,
}

// Head picks the token that heads a cue spanning toks[from:to]: the first
// word that is no auxiliary or adverb, else the last word.
func Head(toks []Token, from, to int) int {
	last := -1
	for i := from; i < to; i++ {
		w := toks[i].Lower
		if w == "" || !(w[0] >= 'a' && w[0] <= 'z') {
			continue
		}
		last = i
		if !notHead[w] && !strings.HasSuffix(w, "ly") {
			return i
		}
	}
	return last
}

// Train fits a model on the examples with an averaged perceptron.
func Train(docs []Example, set Settings) *Model {
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
		feats []uint32
		y     float32
	}
	var insts []inst
	var buf []uint64
	for _, d := range docs {
		for _, s := range d.Sents {
			for i := s[0]; i < s[1]; i++ {
				if !m.scored(d.Tokens[i]) {
					continue
				}
				buf = features(d.Tokens, i, s[0], s[1], buf[:0])
				f := make([]uint32, len(buf))
				for k, h := range buf {
					f[k] = uint32(h)
				}
				y := float32(-1)
				if d.Gold[i] {
					y = 1
				}
				insts = append(insts, inst{f, y})
			}
		}
	}
	w := map[uint32]float32{}
	total := map[uint32]float64{} // sum of updates weighted by when they came
	stamp := 1.0
	rng := rand.New(rand.NewPCG(set.Seed, 0x636f6e74656e74))
	order := make([]int, len(insts))
	for i := range order {
		order[i] = i
	}
	for e := 0; e < set.Epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			in := insts[k]
			var s float32
			for _, f := range in.feats {
				s += w[f]
			}
			if s*in.y <= 0 {
				for _, f := range in.feats {
					w[f] += in.y
					total[f] += stamp * float64(in.y)
				}
			}
			stamp++
		}
	}
	// averaged weights: w - total/stamp
	m.weights = make(map[uint32]float32, len(w))
	for f, v := range w {
		if avg := float64(v) - total[f]/stamp; avg != 0 {
			m.weights[f] = float32(avg)
		}
	}
	return m
}
