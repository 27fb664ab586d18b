package entities

import "github.com/whosaid/whosaid/extract/tagger"

// The second pass: the tagger reads the article again, now knowing what its
// first pass decided everywhere in it — the types each capitalised word was
// given elsewhere, and the longest name it stood in ("Zelensky" after
// "Volodymyr Zelensky", "Chelsea" in a page of football results). One model
// serves both passes: the second pass only adds features (Ratinov & Roth's
// context aggregation and two-stage prediction).

// Template numbers continue ner_lex.go's; never renumber.
const (
	tAggMajor = tNameListNext + 1 + iota
	tAggMajorShape
	tAggOutside
	tAggMixed
	tAggLongest
)

type longForm struct{ length, typ, pos uint8 }

// docAggregate is what the first pass found through the article.
type docAggregate struct {
	types   map[uint64]*[5]uint16 // exact word → times labelled O, PER, ORG, LOC, MISC
	longest map[uint64]longForm   // exact word → longest name it stood in
}

func newDocAggregate() *docAggregate {
	return &docAggregate{types: map[uint64]*[5]uint16{}, longest: map[uint64]longForm{}}
}

// addSentence records one sentence's first-pass labels.
func (a *docAggregate) addSentence(ts []tokenHashes, labels []int) {
	for i, t := range ts {
		if !t.capitalized || (t.first && labels[i] == 0) {
			continue // a capital that only opens the sentence says nothing
		}
		c := a.types[t.exact]
		if c == nil {
			c = &[5]uint16{}
			a.types[t.exact] = c
		}
		c[labelType(labels[i])]++
	}
	for _, ch := range sortedChunks(labels) {
		n := ch.to - ch.from
		for k := ch.from; k < ch.to; k++ {
			pos := uint8(2)
			switch {
			case n == 1:
				pos = 4
			case k == ch.from:
				pos = 1
			case k == ch.to-1:
				pos = 3
			}
			h := ts[k].exact
			if old, ok := a.longest[h]; !ok || int(old.length) < n {
				a.longest[h] = longForm{uint8(n), uint8(ch.typ), pos}
			}
		}
	}
}

// features appends token i's article-level features; own is the label the
// first pass gave it, left out of the counts.
func (a *docAggregate) features(ts []tokenHashes, i, own int, f []uint64) []uint64 {
	t := ts[i]
	if a == nil || !t.capitalized {
		return f
	}
	if c := a.types[t.exact]; c != nil {
		var n [5]int
		total := 0
		for k := range n {
			n[k] = int(c[k])
			if k == labelType(own) && !(t.first && own == 0) {
				n[k]--
			}
			total += n[k]
		}
		major, kinds := 0, 0
		for k := 1; k < 5; k++ {
			if n[k] > 0 {
				kinds++
				if n[k] > n[major] || major == 0 {
					major = k
				}
			}
		}
		if major > 0 {
			share := uint64(4 * n[major] / total)
			f = append(f, tagger.Mix2(tAggMajor, uint64(major), share), tagger.Mix2(tAggMajorShape, uint64(major), t.shape))
		}
		if n[0] > 0 {
			f = append(f, tagger.Mix1(tAggOutside, boolHash(major > 0)))
		}
		if kinds > 1 {
			f = append(f, tagger.Mix1(tAggMixed, uint64(major)))
		}
	}
	if lf, ok := a.longest[t.exact]; ok {
		l := lf.length
		if l > 3 {
			l = 3
		}
		f = append(f, tagger.Mix3(tAggLongest, uint64(lf.typ), uint64(lf.pos), uint64(l)))
	}
	return f
}
