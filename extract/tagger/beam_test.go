package tagger_test

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/tagger"
	"github.com/whosaid/whosaid/extract/tagger/train"
)

// toySplit is toyFeatures split for a beam: the word's features, then
// those that read the previous label.
func toySplit(words []string) tagger.BeamFeatures {
	all := toyFeatures(words)
	return tagger.BeamFeatures{
		Static: func(i int, f []uint64) []uint64 {
			var labels []int
			if i > 0 {
				labels = make([]int, i)
			}
			return all(i, labels, f)[:len(f)+4]
		},
		Labelled: func(i int, labels []int, f []uint64) []uint64 {
			return append(f, all(i, labels, nil)[4:]...)
		},
	}
}

func trainToyBeam(t *testing.T, width int) *tagger.Model {
	t.Helper()
	words, gold := toyData()
	p := train.New(len(toyLabels))
	s := train.NewBeamSequencer(p, nil, width)
	rng := rand.New(rand.NewSource(1))
	for epoch := 0; epoch < 10; epoch++ {
		for _, k := range train.Order(rng, len(words)) {
			s.Learn(gold[k], toySplit(words[k]))
		}
	}
	m, _, err := tagger.Decode(p.Encode(0.01))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestBeamOfOneTagsAsGreedy(t *testing.T) {
	m, _, err := tagger.Decode(trainToy(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range toySentences {
		var words []string
		for _, wt := range strings.Fields(s) {
			w, _, _ := strings.Cut(wt, "/")
			words = append(words, w)
		}
		greedy := tagger.NewDecoder(m, nil).Tag(len(words), toyFeatures(words), nil)
		beam := tagger.NewBeam(m, nil, 1).Tag(len(words), toySplit(words), nil)
		if !slices.Equal(greedy, beam) {
			t.Errorf("%s: greedy %v, beam of 1 %v", s, greedy, beam)
		}
	}
}

func TestBeamTrainedModelTagsNewSentences(t *testing.T) {
	m := trainToyBeam(t, 4)
	want := "the/D report/N said/V that/O officials/N report/V"
	var words []string
	for _, wt := range strings.Fields(want) {
		w, _, _ := strings.Cut(wt, "/")
		words = append(words, w)
	}
	labels := tagger.NewBeam(m, nil, 4).Tag(len(words), toySplit(words), nil)
	var got []string
	for i, l := range labels {
		got = append(got, words[i]+"/"+toyLabels[l])
	}
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// A word the caller says stands outside is labelled 0 unscored, but only
// where every kept sequence may go on with 0: after a determiner (which
// here must be followed by a noun) it is scored, so the shortcut never
// breaks the constraints.
func TestBeamSkipKeepsTheConstraints(t *testing.T) {
	m := trainToyBeam(t, 2)
	noun := slices.Index(toyLabels, "N")
	det := slices.Index(toyLabels, "D")
	trans := tagger.NewTransitions(len(toyLabels), func(prev, l int) bool { return prev != det || l == noun })
	words := strings.Fields("the report said that the report was wrong")
	f := toySplit(words)
	f.Skip = func(i int) bool { return words[i] == "report" || words[i] == "that" }
	labels := tagger.NewBeam(m, trans, 2).Tag(len(words), f, nil)
	var got []string
	for i, l := range labels {
		got = append(got, words[i]+"/"+toyLabels[l])
	}
	want := "the/D report/N said/V that/O the/D report/N was/V wrong/O"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// Sequences the caller says read alike (BeamFeatures.Reads) share one
// scoring: the labels are those of a beam that scores every sequence,
// here over the toy sentences and the same words backwards (where the
// beam's sequences disagree more).
func TestBeamReadsLabelsAsWithout(t *testing.T) {
	m := trainToyBeam(t, 4)
	for _, s := range toySentences {
		for _, ws := range toyWordsBothWays(s) {
			want := tagger.NewBeam(m, nil, 4).Tag(len(ws), toySplit(ws), nil)
			f := toySplit(ws)
			f.Reads = 1 // toyFeatures reads the previous label
			if got := tagger.NewBeam(m, nil, 4).Tag(len(ws), f, nil); !slices.Equal(got, want) {
				t.Errorf("%v: %v reading the last label, %v scoring every sequence", ws, got, want)
			}
		}
	}
}

// memoSplit is toySplit scored the remembering way: the word's features
// named by a key (the bias first, named by a parent key), the suffix as a
// group, and the previous label alone as a labelled group.
func memoSplit(words []string) tagger.BeamFeatures {
	prevWord := func(i int) uint64 {
		if i == 0 {
			return 0
		}
		return tagger.HashLower(words[i-1])
	}
	suffix := func(i int) uint64 {
		var suf [2]uint64
		tagger.Affixes(words[i], nil, suf[:])
		return suf[1]
	}
	prevLabel := func(i int, labels []int) uint64 {
		if i == 0 {
			return 99
		}
		return uint64(labels[i-1])
	}
	rest := func(i int, f []uint64) []uint64 { return append(f, tagger.Mix1(4, prevWord(i))) }
	return tagger.BeamFeatures{
		Static: func(i int, f []uint64) []uint64 {
			return rest(i, append(f, tagger.Mix(1), tagger.Mix1(2, tagger.HashLower(words[i]))))
		},
		Prefix:       2,
		Key:          func(i int) tagger.WordKey { return tagger.WordKey{A: tagger.HashLower(words[i]), B: 1} },
		Rest:         rest,
		Parent:       func(int) tagger.WordKey { return tagger.WordKey{A: 1} },
		ParentPrefix: 1,
		Groups: func(i int, keys *[tagger.MaxGroups]tagger.WordKey) int {
			keys[0] = tagger.WordKey{A: suffix(i), B: 1}
			return 1
		},
		GroupFeatures: func(i, g int, f []uint64) []uint64 { return append(f, tagger.Mix1(3, suffix(i))) },
		Labelled: func(i int, labels []int, f []uint64) []uint64 {
			return append(f, tagger.Mix2(6, prevLabel(i, labels), tagger.HashLower(words[i])))
		},
		Reads: 1,
		LabelGroup: func(i int, labels []int) tagger.WordKey {
			return tagger.WordKey{A: prevLabel(i, labels) + 1, B: 1}
		},
		LabelGroupFeatures: func(i int, labels []int, f []uint64) []uint64 {
			return append(f, tagger.Mix1(5, prevLabel(i, labels)))
		},
	}
}

// A beam that remembers sums (by WordKey, parent keys and groups) labels
// as one that scores every feature every time: the toy sentences and the
// same words backwards, each twice with one beam, so the second time
// every sum comes from its memos.
func TestBeamRemembersAsWithout(t *testing.T) {
	m := trainToyBeam(t, 4)
	kept := tagger.NewBeam(m, nil, 4)
	for round := 0; round < 2; round++ {
		for _, s := range toySentences {
			for _, ws := range toyWordsBothWays(s) {
				want := tagger.NewBeam(m, nil, 4).Tag(len(ws), toySplit(ws), nil)
				if got := kept.Tag(len(ws), memoSplit(ws), nil); !slices.Equal(got, want) {
					t.Errorf("round %d, %v: %v remembering, %v scoring every feature", round, ws, got, want)
				}
			}
		}
	}
}

// toyWordsBothWays gives a toy sentence's words (its word/label pairs
// without the labels) and the same words backwards, where a beam's
// sequences disagree more.
func toyWordsBothWays(s string) [][]string {
	var words []string
	for _, wt := range strings.Fields(s) {
		w, _, _ := strings.Cut(wt, "/")
		words = append(words, w)
	}
	back := slices.Clone(words)
	slices.Reverse(back)
	return [][]string{words, back}
}
