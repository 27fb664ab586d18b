package entities

import "github.com/whosaid/whosaid/extract/tagger"

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
