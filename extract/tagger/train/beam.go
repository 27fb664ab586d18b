package train

import "github.com/whosaid/whosaid/extract/tagger"

// BeamSequencer trains with the beam search tagger.Beam decodes with
// (Collins and Roark's early update): as soon as the gold sequence falls
// out of the beam, the weights move towards the gold prefix and away from
// the best one kept, and the rest of the sentence is skipped; at the end,
// towards gold and away from the best if they differ.
type BeamSequencer struct {
	P     *Perceptron
	T     *tagger.Transitions
	Width int
	// GoOn, after an early update, labels the rest of the sequence
	// without learning from it, for a caller whose later features read
	// the labels given (Labels); otherwise the rest is skipped.
	GoOn bool

	static, sums []float64
	skipped      []bool
	cur, next    []trainHyp
	rows, nrows  [][]int
	feats, fb    []uint64
}

type trainHyp struct {
	score float64
	label int
	from  int
	gold  bool // its labels are gold's so far
}

// NewBeamSequencer trains p under the constraints t (nil: none) with a
// beam of width w.
func NewBeamSequencer(p *Perceptron, t *tagger.Transitions, w int) *BeamSequencer {
	return &BeamSequencer{P: p, T: t, Width: max(1, w), static: make([]float64, p.labels), sums: make([]float64, p.labels)}
}

// Learn trains on one sequence of gold labels and returns how many of its
// tokens the best sequence kept labelled right, up to where it stopped.
// It honours f.Skip as tagger.Beam does (every kept sequence goes on with
// 0 at no score, and no update reads the token), except where gold's
// label is not 0: that token is scored, as the rule's rare exception
// cannot be learnt around.
func (s *BeamSequencer) Learn(gold []int, f tagger.BeamFeatures) int {
	n := len(gold)
	if n == 0 {
		return 0
	}
	s.skipped = append(s.skipped[:0], make([]bool, n)...)
	s.cur = append(s.cur[:0], trainHyp{label: -1, gold: true})
	s.rows = grow(s.rows, s.Width, n)
	s.nrows = grow(s.nrows, s.Width, n)
	s.rows[0] = s.rows[0][:0]
	updated := false
	for i := 0; i < n; i++ {
		if f.Skip != nil && gold[i] == 0 && s.allGoOn() && f.Skip(i) {
			s.skipped[i] = true
			s.next = s.next[:0]
			for h, hyp := range s.cur {
				s.next = s.keep(s.next, trainHyp{score: hyp.score, label: 0, from: h, gold: hyp.gold}, i, f.Order)
			}
			for r, h := range s.next {
				s.nrows[r] = append(append(s.nrows[r][:0], s.rows[h.from]...), 0)
			}
			s.cur, s.next = s.next, s.cur
			s.rows, s.nrows = s.nrows, s.rows
			continue
		}
		s.P.Tick()
		s.feats = f.Static(i, s.feats[:0])
		s.P.Scores(s.feats, s.static)
		s.next = s.next[:0]
		for h, hyp := range s.cur {
			s.fb = f.Labelled(i, s.rows[h], s.fb[:0])
			s.P.Scores(s.fb, s.sums)
			for l, v := range s.sums {
				if !s.T.Allowed(hyp.label, l) {
					continue
				}
				s.next = s.keep(s.next, trainHyp{score: hyp.score + s.static[l] + v, label: l, from: h, gold: hyp.gold && l == gold[i]}, i, f.Order)
			}
		}
		if len(s.next) == 0 {
			s.next = append(s.next, trainHyp{label: 0, from: 0})
		}
		goldKept := false
		for r, h := range s.next {
			s.nrows[r] = append(append(s.nrows[r][:0], s.rows[h.from]...), h.label)
			goldKept = goldKept || h.gold
		}
		s.cur, s.next = s.next, s.cur
		s.rows, s.nrows = s.nrows, s.rows
		if !goldKept && !updated {
			s.update(gold[:i+1], s.rows[0], f)
			if !s.GoOn {
				return matches(gold, s.rows[0])
			}
			updated = true
		}
	}
	if !updated && !s.cur[0].gold {
		s.update(gold, s.rows[0], f)
	}
	return matches(gold, s.rows[0])
}

// Labels returns the best sequence the last Learn kept: all its tokens'
// labels with GoOn, else up to where it stopped (valid until the next
// Learn).
func (s *BeamSequencer) Labels() []int { return s.rows[0] }

// update moves the weights towards gold's features and away from guess's
// (sequences of the same length), position by position; where both have
// the same labels so far the features are the same and cancel.
func (s *BeamSequencer) update(gold, guess []int, f tagger.BeamFeatures) {
	for j := range gold {
		if s.skipped[j] || equalInts(gold[:j+1], guess[:j+1]) {
			continue
		}
		s.fb = f.Labelled(j, gold[:j], s.fb[:0])
		s.P.Update(s.fb, gold[j], 1)
		s.fb = f.Labelled(j, guess[:j], s.fb[:0])
		s.P.Update(s.fb, guess[j], -1)
		if gold[j] != guess[j] {
			s.feats = f.Static(j, s.feats[:0])
			s.P.Update(s.feats, gold[j], 1)
			s.P.Update(s.feats, guess[j], -1)
		}
	}
}

// allGoOn reports whether every kept sequence may go on with label 0.
func (s *BeamSequencer) allGoOn() bool {
	for _, h := range s.cur {
		if !s.T.Allowed(h.label, 0) {
			return false
		}
	}
	return true
}

// keep is tagger.Beam's: h replaces a kept sequence that ends alike (in
// the last order labels) and scores less, or is dropped.
func (s *BeamSequencer) keep(next []trainHyp, h trainHyp, i, order int) []trainHyp {
	if order > 0 {
		for k := range next {
			if !s.sameEnd(next[k], h, i, order) {
				continue
			}
			if next[k].score >= h.score {
				return next
			}
			next = append(next[:k], next[k+1:]...)
			break
		}
	}
	return keepBestTrain(next, h, s.Width)
}

func (s *BeamSequencer) sameEnd(x, y trainHyp, i, order int) bool {
	if x.label != y.label {
		return false
	}
	if x.from == y.from {
		return true
	}
	rx, ry := s.rows[x.from], s.rows[y.from]
	for j := i - 1; j >= 0 && j >= i-order+1; j-- {
		if rx[j] != ry[j] {
			return false
		}
	}
	return true
}

func keepBestTrain(best []trainHyp, h trainHyp, w int) []trainHyp {
	at := len(best)
	for at > 0 && best[at-1].score < h.score {
		at--
	}
	if at >= w {
		return best
	}
	if len(best) < w {
		best = append(best, trainHyp{})
	}
	copy(best[at+1:], best[at:len(best)-1])
	best[at] = h
	return best
}

func grow(rows [][]int, w, n int) [][]int {
	for len(rows) < w {
		rows = append(rows, nil)
	}
	for r := range rows {
		if cap(rows[r]) < n {
			rows[r] = make([]int, 0, n)
		}
	}
	return rows
}

func matches(gold, guess []int) int {
	right := 0
	for j, g := range guess {
		if g == gold[j] {
			right++
		}
	}
	return right
}

func equalInts(a, b []int) bool {
	for j := range a {
		if a[j] != b[j] {
			return false
		}
	}
	return true
}
