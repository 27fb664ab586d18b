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
		var words []string
		for _, wt := range strings.Fields(s) {
			w, _, _ := strings.Cut(wt, "/")
			words = append(words, w)
		}
		back := slices.Clone(words)
		slices.Reverse(back)
		for _, ws := range [][]string{words, back} {
			want := tagger.NewBeam(m, nil, 4).Tag(len(ws), toySplit(ws), nil)
			f := toySplit(ws)
			f.Reads = 1 // toyFeatures reads the previous label
			if got := tagger.NewBeam(m, nil, 4).Tag(len(ws), f, nil); !slices.Equal(got, want) {
				t.Errorf("%v: %v reading the last label, %v scoring every sequence", ws, got, want)
			}
		}
	}
}
