package entities

import "github.com/whosaid/whosaid/extract/tagger"

// A model trained with a beam (TrainOptions.Beam, the chunker's way:
// tagger.Beam, trained with early update) decodes a sentence keeping its
// few best label sequences, so a later word's evidence can undo an early
// choice ("Bank" as a place until "of England" follows) and a name's
// labels are scored as a whole. What the earlier sentences were given is
// fixed (the history of a word, docHistory); within the sentence each
// sequence reads its own labels, an earlier mention of the word included.
// The words left outside unscored (outside.go) are so only where every
// kept sequence may leave them outside (tagger.BeamFeatures.Skip): with
// the same fold models, a beam of 4 scores 0.9289 in CV so, 0.9293
// scoring every word, 0.9292 skipping only where every sequence ends
// outside (for a third more instructions; a beam of 2: 0.9268 so, 0.9263).

// nerBeam is a tagger's beam and what its features read of the sentence
// being tagged.
type nerBeam struct {
	b    *tagger.Beam
	f    tagger.BeamFeatures
	hs   []tokenHashes
	line uint8
	// same[i] is the last word before word i in the sentence of the same
	// capitalised form, -1 if none.
	same []int32
	// hist is what the article's earlier sentences gave word histAt
	// (docHistory.get): looked up once a word, not once a sequence kept.
	histAt, hist int
}

func newNERBeam(tg *nerTagger) *nerBeam {
	nb := &nerBeam{b: tagger.NewBeam(tg.m.m, tg.m.trans, tg.m.beam)}
	nb.f = tagger.BeamFeatures{
		Static: func(i int, f []uint64) []uint64 {
			return tg.staticSparse(nb.hs, i, nb.line, wordOnlyFeatures(&nb.hs[i], f))
		},
		Labelled: func(i int, labels []int, f []uint64) []uint64 {
			return labelSparse(nb.hs, i, labels, f)
		},
		LabelGroup: func(i int, labels []int) tagger.WordKey {
			return labelGroupKey(nb.hs, i, labels, nb.historyAt(tg, i, labels))
		},
		LabelGroupFeatures: func(i int, labels []int, f []uint64) []uint64 {
			return labelGroupFeatures(nb.hs, i, labels, nb.historyAt(tg, i, labels), f)
		},
		// The two labels before (dynamicFeatures) and, for the
		// history, the last earlier mention's (historyAfter).
		Reads:    2,
		Also:     func(i int) int { return int(nb.same[i]) },
		PrefixAt: func(i int) int { return wordFeatures(&nb.hs[i]) },
		Key:      func(i int) tagger.WordKey { return tg.wordKey(&nb.hs[i]) },
		Rest:     func(i int, f []uint64) []uint64 { return tg.staticSparse(nb.hs, i, nb.line, f) },
		Groups: func(i int, keys *[tagger.MaxGroups]tagger.WordKey) int {
			return tg.groupKeys(nb.hs, i, keys)
		},
		GroupFeatures: func(i, g int, f []uint64) []uint64 { return tg.groupFeatures(nb.hs, i, g, f) },
	}
	nb.f.Skip = func(i int) bool { return tg.m.outside.has(&nb.hs[i]) }
	return nb
}

// historyAt is what word i's history feature reads after labels
// (historyAfter), the article's part looked up once a word.
func (nb *nerBeam) historyAt(tg *nerTagger, i int, labels []int) int {
	if nb.histAt != i {
		nb.histAt, nb.hist = i, tg.history.get(&nb.hs[i])
	}
	return historyAfter(nb.hist, nb.hs, nb.same, i, labels)
}

// tagBeam labels the sentence hs (described, its gazetteer matches and
// lexicon read) with the beam into out[:0].
func (tg *nerTagger) tagBeam(hs []tokenHashes, line uint8, out []int) []int {
	nb := tg.beam
	nb.hs, nb.line = hs, line
	nb.same = sameBefore(hs, nb.same)
	nb.histAt = -1
	labels := nb.b.Tag(len(hs), nb.f, out)
	for i, l := range labels {
		tg.history.set(hs[i], l)
	}
	return labels
}

// labelledFeatures are the features of word i that read the labels given
// before it in its sentence (labels) and in the article's earlier
// sentences (h): the previous labels, and the type the word was last
// given.
func labelledFeatures(hs []tokenHashes, same []int32, i int, labels []int, h docHistory, f []uint64) []uint64 {
	return labelledFeaturesAfter(hs, same, i, labels, h.get(&hs[i]), f)
}

// labelledFeaturesAfter is labelledFeatures given v, what h.get gives
// word i.
func labelledFeaturesAfter(hs []tokenHashes, same []int32, i int, labels []int, v int, f []uint64) []uint64 {
	prev, prev2 := 0, 0
	if i > 0 {
		prev = labels[i-1]
	}
	if i > 1 {
		prev2 = labels[i-2]
	}
	return dynamicFeatures(hs, i, prev, prev2, historyAfter(v, hs, same, i, labels), f)
}

// sameBefore fills same for hs (see nerBeam.same).
func sameBefore(hs []tokenHashes, same []int32) []int32 {
	same = same[:0]
	for i := range hs {
		j := i - 1
		if hs[i].capitalized {
			for j >= 0 && !(hs[j].capitalized && hs[j].exact == hs[i].exact) {
				j--
			}
		} else {
			j = -1
		}
		same = append(same, int32(j))
	}
	return same
}

// historyIn is what h.get gives word i once the words before it in its
// sentence are set to labels, as the greedy tagger sets them: the last
// earlier mention decides, but the sentence's first word, left outside,
// does not override what the article said before.
func historyIn(h docHistory, hs []tokenHashes, same []int32, i int, labels []int) int {
	return historyAfter(h.get(&hs[i]), hs, same, i, labels)
}

// historyAfter is historyIn given v, what h.get gives word i.
func historyAfter(v int, hs []tokenHashes, same []int32, i int, labels []int) int {
	if v < 0 && !hs[i].capitalized {
		return v
	}
	j := same[i]
	if j < 0 {
		return v
	}
	if !hs[j].first {
		return labelType(labels[j])
	}
	// Only the sentence's first word is first, and no mention is before it.
	if v < 0 || labels[j] != 0 {
		return labelType(labels[j])
	}
	return v
}
