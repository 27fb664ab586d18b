package attribution

import "github.com/whosaid/whosaid/extract/lexicon"

// The rules ask the same questions of a token's word many times (every
// scan for a cue asks isCue of each word it passes), and the answers
// are lookups in string-keyed tables; what depends on the words alone is
// worked out once a token and kept here.
type tokenMemo struct {
	particle []int8   // particleKind(i)+1, 0 not yet known
	stem     []string // lexicon.CueStem of the word
	hasStem  []bool   // stem[i] is known
	// The stems of each word, by word: an article repeats its words, and
	// finding a stem takes a few lookups in string-keyed tables (and may
	// build a string).
	cueStems, stanceStems map[string]string
}

// particleKind tells what the word at i and the next make, 0 for
// nothing: particleOf, remembered.
func (a *analysis) particleKind(i int) particleKind {
	if a.memo.particle == nil {
		a.memo.particle = make([]int8, len(a.toks))
	}
	if p := a.memo.particle[i]; p != 0 {
		return particleKind(p - 1)
	}
	p := a.particleOf(i)
	a.memo.particle[i] = int8(p) + 1
	return p
}

// cueStemAt is lexicon.CueStem of token i's word, remembered.
func (a *analysis) cueStemAt(i int) string {
	if a.memo.stem == nil {
		a.memo.stem, a.memo.hasStem = make([]string, len(a.toks)), make([]bool, len(a.toks))
	}
	if !a.memo.hasStem[i] {
		a.memo.stem[i], a.memo.hasStem[i] = a.cueStemOf(a.lower(i)), true
	}
	return a.memo.stem[i]
}

// cueStemOf is lexicon.CueStem(w), remembered.
func (a *analysis) cueStemOf(w string) string {
	return remembered(&a.memo.cueStems, w, lexicon.CueStem)
}

// stanceStemOf is stanceStem(w), remembered.
func (a *analysis) stanceStemOf(w string) string {
	return remembered(&a.memo.stanceStems, w, stanceStem)
}

// remembered is f(w), kept in *m.
func remembered(m *map[string]string, w string, f func(string) string) string {
	s, ok := (*m)[w]
	if !ok {
		if *m == nil {
			*m = map[string]string{}
		}
		s = f(w)
		(*m)[w] = s
	}
	return s
}
