package tagger

import (
	"math"
	"unsafe"
)

// Transitions says which label may follow which (BIO: I-NP only after B-NP
// or I-NP). The zero value and nil allow everything.
type Transitions struct {
	n  int
	ok []bool // (n+1) rows of n: row n is the start of a sequence
}

// NewTransitions tabulates allowed(prev, label) for every pair; prev is -1
// at the start of a sequence.
func NewTransitions(labels int, allowed func(prev, label int) bool) *Transitions {
	t := &Transitions{n: labels, ok: make([]bool, (labels+1)*labels)}
	for p := -1; p < labels; p++ {
		row := p
		if p < 0 {
			row = labels
		}
		for l := 0; l < labels; l++ {
			t.ok[row*labels+l] = allowed(p, l)
		}
	}
	return t
}

// Allowed reports whether label may follow prev (-1: the start).
func (t *Transitions) Allowed(prev, label int) bool {
	if t == nil || t.n == 0 {
		return true
	}
	if prev < 0 || prev >= t.n {
		prev = t.n
	}
	return label < t.n && t.ok[prev*t.n+label]
}

// Best returns the highest-scoring label that may follow prev (the first
// on ties, so decoding is deterministic); 0 if none may.
//
// The row of labels allowed after prev is taken once, not looked up per
// label (Allowed's checks were a third of the instructions here).
func Best[F float32 | float64](s []F, prev int, t *Transitions) int {
	best, bestScore := 0, F(math.Inf(-1))
	if t == nil || t.n == 0 {
		for l, v := range s {
			if v > bestScore {
				best, bestScore = l, v
			}
		}
		return best
	}
	if prev < 0 || prev >= t.n {
		prev = t.n
	}
	row := t.ok[prev*t.n:][:t.n]
	for l, v := range s {
		if v > bestScore && l < len(row) && row[l] {
			best, bestScore = l, v
		}
	}
	return best
}

// FeatureFunc appends to f the features of token i, given the labels
// already chosen for the tokens before it (labels[:i]).
type FeatureFunc func(i int, labels []int, f []uint64) []uint64

// Decoder labels sequences greedily left to right, reusing its buffers: it
// allocates nothing per token. A Decoder is not safe for concurrent use;
// the Model it reads is.
type Decoder struct {
	m      *Model
	t      *Transitions
	feats  []uint64
	scores []float32
	// c is the scratch Score would take from the model's pool per call,
	// held from the first token to Release.
	c *scratch
	// prefix is the number of leading features whose sums are
	// remembered (RememberPrefix).
	prefix int
	// keyed remembers prefix sums by WordKey (nil until the first).
	keyed *keyedMemo
	// parents remember shorter prefixes' sums (rememberFrom).
	parents *keyedMemo
	// inBeam: the decoder is a beam's, which reads a token's static
	// scores where they were summed (c.sum), not copied to scores.
	inBeam bool
	// groups remember the sums of a beam's groups of features
	// (groups.go), the static ones' then the labelled one's.
	groups [MaxGroups + 1]*groupMemo
}

// NewDecoder returns a decoder of m under the constraints t (nil: none).
func NewDecoder(m *Model, t *Transitions) *Decoder {
	return &Decoder{m: m, t: t, feats: make([]uint64, 0, 64), scores: make([]float32, m.labels, m.labels+1)}
}

// Tag labels n tokens into out[:0] and returns it.
func (d *Decoder) Tag(n int, features FeatureFunc, out []int) []int {
	out = out[:0]
	for i := 0; i < n; i++ {
		out = append(out, d.Next(features(i, out, d.feats[:0]), prevOf(out)))
	}
	return out
}

// Next scores one token's features and returns its best label after prev,
// for callers that keep their own loop (state beyond the labels).
func (d *Decoder) Next(f []uint64, prev int) int { return d.next(f, d.prefix, prev) }

// next is Next remembering the sums of f's first prefix features.
func (d *Decoder) next(f []uint64, prefix int, prev int) int {
	d.scoreOnly(f, prefix)
	return d.best(prev)
}

// best is Best of the decoder's scores: without transitions, a loop of
// its own (Best's generic one moved its registers about at every label).
func (d *Decoder) best(prev int) int {
	if d.t == nil || d.t.n == 0 {
		return argmax(d.scores[:len(d.scores)+1])
	}
	return Best(d.scores, prev, d.t)
}

// argmax is the first label of the highest score of s[:len(s)-1], 0 if
// none beats −∞ (Best without transitions); the last of s is room for a
// stop mark. The scores that fall short are passed in a loop of their
// own, which keeps to registers (one loop shuffled them at every label).
//
// The loop reads no length: the stop mark, +Inf, beats any best score
// but +Inf, after which none can be better (the first stays). That, and
// reading through a pointer (no bounds check), took a third of its
// instructions.
func argmax(s []float32) int {
	n := len(s) - 1
	inf := float32(math.Inf(1))
	s[n] = inf
	p := unsafe.Pointer(unsafe.SliceData(s))
	best, bestScore := 0, float32(math.Inf(-1))
	for l := 0; ; l++ {
		for !(*(*float32)(unsafe.Add(p, 4*uintptr(l))) > bestScore) {
			l++
		}
		if l >= n {
			return best
		}
		best, bestScore = l, s[l]
		if bestScore == inf {
			return best
		}
	}
}

// setScores copies the sums made (c.sum) to scores, for Best and Scores
// (not for a beam's decoder).
func (d *Decoder) setScores() {
	if !d.inBeam {
		copy(d.scores, d.c.sum[:])
	}
}

// Release hands the decoder's scratch back to its model, for another
// decoder to reuse; the decoder stays usable. A decoder that is dropped
// without it only leaves its scratch to the garbage collector.
func (d *Decoder) Release() {
	if d.c != nil {
		d.m.recent.Put(d.c)
		d.c = nil
	}
}

// Scores returns the scores of the last token Next decided (valid until
// the next call).
func (d *Decoder) Scores() []float32 { return d.scores }

// Buffer returns an empty feature buffer to append to (reused).
func (d *Decoder) Buffer() []uint64 { return d.feats[:0] }

func prevOf(labels []int) int {
	if len(labels) == 0 {
		return -1
	}
	return labels[len(labels)-1]
}
