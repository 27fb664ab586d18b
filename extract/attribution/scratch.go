package attribution

import (
	"strings"
	"sync"

	"github.com/whosaid/whosaid/extract/attribution/cues"
)

// An analysis's largest buffers, the cue detector's tokens and the memo of
// each token's word, were made for each article and dropped after it; in
// WebAssembly allocating them (and clearing, and collecting them) is dear.
// Release hands them back here once the pipeline is done with an Analysis,
// and the next article's analysis builds its own in them. Analyses never
// released (training's, the tools') make theirs anew.

var scratches sync.Pool

// scratch is a former analysis's buffers, and the words its memo kept
// (tokenMemo.start takes them up): the next article asks the same of
// most of its words ("said", "the", "officials"), and what a word's facts
// cost to work out (the cue lexicon's and stance lists' lookups, the cue
// detector's vocabulary) is paid once, not once an article.
type scratch struct {
	cueToks  []cues.Token
	particle []int8
	word     []int32
	words    []wordFacts
	ids      []int32
	idMask   uint32
	knownFor *cues.Model
}

// spare is a former analysis's buffers if the pool has some, else none
// (the buffers are then made as needed).
func (a *analysis) spare() *scratch {
	if a.scratch == nil {
		if s, _ := scratches.Get().(*scratch); s != nil {
			a.scratch = s
		} else {
			a.scratch = new(scratch)
		}
	}
	return a.scratch
}

// Release gives the analysis's buffers back for the next article's. The
// analysis, and what it gave out (its cue detector's tokens, behind the
// content finder), may not be used after.
func (x *Analysis) Release() {
	a := x.a
	x.a = nil
	if len(a.toks) > maxPooledTokens {
		return // a long document's buffers are left to the collector (putSourceInput)
	}
	s := a.spare()
	if a.cueToks != nil {
		s.cueToks = a.cueToks
	}
	m := &a.memo
	if m.particle != nil {
		s.particle = m.particle
	}
	if m.word != nil {
		keepWords(m.words[m.kept:])
		s.word, s.words, s.ids, s.idMask, s.knownFor = m.word, m.words, m.ids, m.idMask, m.knownFor
	}
	scratches.Put(s)
}

// keepWords copies the strings of words, which are parts of an article's
// text, into one string of their own, so that keeping the words does not
// keep the article.
func keepWords(words []wordFacts) {
	n := 0
	for _, f := range words {
		n += len(f.word) + len(f.cueStem) + len(f.stanceStem)
	}
	var b strings.Builder
	b.Grow(n)
	for _, f := range words {
		b.WriteString(f.word)
		b.WriteString(f.cueStem)
		b.WriteString(f.stanceStem)
	}
	all := b.String()
	for k := range words {
		f := &words[k]
		f.word, all = all[:len(f.word)], all[len(f.word):]
		f.cueStem, all = all[:len(f.cueStem)], all[len(f.cueStem):]
		f.stanceStem, all = all[:len(f.stanceStem)], all[len(f.stanceStem):]
	}
}
