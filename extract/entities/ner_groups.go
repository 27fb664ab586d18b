package entities

import "github.com/whosaid/whosaid/extract/tagger"

// The beam scores some of a word's static features as groups
// (tagger.BeamFeatures.Groups): the Brown clusters of the word and of its
// neighbours, and its neighbours' shapes, which take few values and carry
// a weight for most labels, each group summed once a key. The same
// features as staticAt's, which the trainer reads, the others one by one.

// The static groups.
const (
	groupOwnCluster = iota
	groupPrevCluster
	groupNextCluster
	groupShapes
	staticGroups
)

// staticSparse appends the features of staticRest outside the groups.
func (tg *nerTagger) staticSparse(hs []tokenHashes, i int, line uint8, f []uint64) []uint64 {
	return tg.staticAfterWord(hs, i, line, true, f)
}

// pathKey is a cluster path as a key's part (0: none).
func (lx *lexSentence) pathKey(i int) uint64 {
	if i < 0 || i >= len(lx.found) || !lx.found[i] {
		return 0
	}
	p := lx.paths[i]
	return 1<<40 | uint64(p.N)<<32 | uint64(p.Bits)
}

// groupKeys names word i's static groups (the zero key: a group with no
// features there).
func (tg *nerTagger) groupKeys(hs []tokenHashes, i int, keys *[tagger.MaxGroups]tagger.WordKey) int {
	lx := &tg.lex
	keys[groupOwnCluster] = tagger.WordKey{A: 1<<41 | lx.pathKey(i), B: hs[i].shape}
	keys[groupPrevCluster] = tagger.WordKey{A: lx.pathKey(i - 1)}
	keys[groupNextCluster] = tagger.WordKey{A: lx.pathKey(i + 1)}
	ps, ns := hashBOS, hashEOS
	if i > 0 {
		ps = hs[i-1].shape
	}
	if i+1 < len(hs) {
		ns = hs[i+1].shape
	}
	keys[groupShapes] = tagger.WordKey{A: ps, B: ns}
	return staticGroups
}

// groupFeatures appends static group g's features of word i.
func (tg *nerTagger) groupFeatures(hs []tokenHashes, i, g int, f []uint64) []uint64 {
	lx := &tg.lex
	switch g {
	case groupOwnCluster:
		if lx.found[i] {
			return append(f, lx.keys[i].own[:]...)
		}
		return append(f, noClusterKey)
	case groupPrevCluster:
		if i > 0 && lx.found[i-1] {
			return append(f, lx.keys[i-1].prev[:]...)
		}
	case groupNextCluster:
		if i+1 < len(lx.found) && lx.found[i+1] {
			return append(f, lx.keys[i+1].next[:]...)
		}
	case groupShapes:
		ps, ns := hashBOS, hashEOS
		if i > 0 {
			ps = hs[i-1].shape
		}
		if i+1 < len(hs) {
			ns = hs[i+1].shape
		}
		return append(f, tagger.Mix1(tPrevShape, ps), tagger.Mix1(tNextShape, ns))
	}
	return f
}

// The beam scores the features that read the labels in two parts
// (tagger.BeamFeatures.LabelGroup): those of dynamicFeatures that take few
// values and carry a weight for most labels (the labels before, the
// word's history, with its shape) summed once a key and remembered, and
// the label before with the word, one by one. The same features as
// dynamicFeatures, which the trainer reads.

// labelSparse appends the labelled features outside the group: the
// label before with the word.
func labelSparse(hs []tokenHashes, i int, labels []int, f []uint64) []uint64 {
	prev := 0
	if i > 0 {
		prev = labels[i-1]
	}
	return append(f, tagger.Mix2(tPrevTagLower, uint64(prev), hs[i].lower))
}

// labelGroupKey names the group of word i after labels, whose history
// (historyAfter) is v.
func labelGroupKey(hs []tokenHashes, i int, labels []int, v int) tagger.WordKey {
	prev, prev2 := 0, 0
	if i > 0 {
		prev = labels[i-1]
	}
	if i > 1 {
		prev2 = labels[i-2]
	}
	return tagger.WordKey{A: 1<<40 | uint64(prev2)<<16 | uint64(prev)<<8 | uint64(v+1), B: hs[i].shape}
}

// labelGroupFeatures appends the group's features.
func labelGroupFeatures(hs []tokenHashes, i int, labels []int, v int, f []uint64) []uint64 {
	prev, prev2 := 0, 0
	if i > 0 {
		prev = labels[i-1]
	}
	if i > 1 {
		prev2 = labels[i-2]
	}
	t := &hs[i]
	f = append(f,
		tagger.Mix1(tPrevTag, uint64(prev)),
		tagger.Mix2(tPrev2Tags, uint64(prev2), uint64(prev)),
		tagger.Mix2(tPrevTagShape, uint64(prev), t.shape),
	)
	if v >= 0 {
		f = append(f, tagger.Mix1(tHistory, uint64(v)), tagger.Mix2(tHistoryShape, uint64(v), t.shape))
	}
	return f
}
