package entities

import "github.com/whosaid/whosaid/extract/tagger"

// Extended prediction history (Ratinov & Roth 2009): what share of a
// capitalised word's earlier mentions in the article the tagger gave each
// type, beside the last one (docHistory). A team called after its city is
// a team in most of a results table, even where one line alone reads like
// a place.

// Template numbers continue ner_context.go's; never renumber.
const tHistShare = tCtxNextShape + 1

// labelCounts counts, per capitalised word (exact), the types its earlier
// mentions were given: O, PER, ORG, LOC, MISC.
type labelCounts map[uint64]*[5]uint16

func (lc labelCounts) features(t tokenHashes, f []uint64) []uint64 {
	if lc == nil || !t.capitalized {
		return f
	}
	c := lc[t.exact]
	if c == nil {
		return f
	}
	total := 0
	for _, n := range c {
		total += int(n)
	}
	for k, n := range c {
		if n > 0 {
			f = append(f, tagger.Mix2(tHistShare, uint64(k), uint64(4*int(n)/total)))
		}
	}
	return f
}

// add records the label word t was given; a sentence's first word left
// outside says nothing (its capital may only open the sentence).
func (lc labelCounts) add(t tokenHashes, label int) {
	if lc == nil || !t.capitalized || (t.first && label == 0) {
		return
	}
	c := lc[t.exact]
	if c == nil {
		c = &[5]uint16{}
		lc[t.exact] = c
	}
	if c[labelType(label)] < 1<<15 {
		c[labelType(label)]++
	}
}
