package entities

import "github.com/whosaid/whosaid/extract/tagger"

// Context aggregation (Ratinov & Roth 2009): a capitalised word also gets
// the neighbours its other mentions in the article have. "Chicago" in
// "beat Chicago 5-3" is a team, and so is the "Chicago" of a results table
// elsewhere in the same article. Unlike the second pass this needs no
// labels, so training sees what tagging will.

// Template numbers continue ner_docpass.go's; never renumber.
const (
	tCtxPrev = tAggLongest + 1 + iota
	tCtxNext
	tCtxNextShape
)

// maxContexts bounds the other mentions' contexts a word takes (the
// feature count of a name repeated all through a long article).
const maxContexts = 12

type wordContext struct{ prev, next, nextShape uint64 }

// docContexts lists, per capitalised word (exact), the distinct contexts
// of its mentions with how many mentions have each.
type docContexts map[uint64][]ctxCount

type ctxCount struct {
	c wordContext
	n int
}

func contextOf(ts []tokenHashes, i int) wordContext {
	c := wordContext{prev: hashBOS, next: hashEOS, nextShape: hashEOS}
	if i > 0 {
		c.prev = ts[i-1].lower
	}
	if i+1 < len(ts) {
		c.next, c.nextShape = ts[i+1].lower, ts[i+1].shape
	}
	return c
}

// addSentence records the contexts of a sentence's capitalised words.
func (dc docContexts) addSentence(ts []tokenHashes) {
	for i, t := range ts {
		if !t.capitalized {
			continue
		}
		c := contextOf(ts, i)
		list := dc[t.exact]
		found := false
		for k := range list {
			if list[k].c == c {
				list[k].n++
				found = true
				break
			}
		}
		if !found && len(list) < maxContexts+1 {
			dc[t.exact] = append(list, ctxCount{c, 1})
		}
	}
}

// features appends the contexts of word i's other mentions.
func (dc docContexts) features(ts []tokenHashes, i int, f []uint64) []uint64 {
	t := ts[i]
	if dc == nil || !t.capitalized {
		return f
	}
	own := contextOf(ts, i)
	n := 0
	for _, cc := range dc[t.exact] {
		if cc.c == own && cc.n == 1 {
			continue // only this mention has it
		}
		if n++; n > maxContexts {
			break
		}
		f = append(f, tagger.Mix1(tCtxPrev, cc.c.prev), tagger.Mix1(tCtxNext, cc.c.next), tagger.Mix1(tCtxNextShape, cc.c.nextShape))
	}
	return f
}
