package train

import (
	"hash/fnv"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/tagger"
)

// Toy labels: O (0), N (noun), V (verb).
var skipWords = map[string]int{"the": 0, "dog": 1, "cat": 1, "barks": 2, "sleeps": 2, "runs": 2, ",": 0, "and": 0}

func wordFeature(w string) uint64 {
	h := fnv.New64a()
	h.Write([]byte("w=" + w))
	return h.Sum64()
}

func skipSplit(words []string) tagger.BeamFeatures {
	return tagger.BeamFeatures{
		Static: func(i int, f []uint64) []uint64 { return append(f, wordFeature(words[i])) },
		Labelled: func(i int, labels []int, f []uint64) []uint64 {
			prev := "^"
			if i > 0 {
				prev = string(rune('a' + labels[i-1]))
			}
			return append(f, wordFeature("prev="+prev))
		},
		Skip: func(i int) bool { return words[i] == "," },
	}
}

// A token the caller skips is labelled O and never learnt from, so the
// trained weights say nothing of the comma, while the words around it are
// still learnt (the trained beam labels them right, the comma skipped as
// it is in decoding).
func TestBeamSequencerLearnsAroundSkippedTokens(t *testing.T) {
	sents := []string{"the dog barks , the cat sleeps", "the cat runs , and the dog sleeps", "the dog , the cat runs"}
	p := New(3)
	s := NewBeamSequencer(p, nil, 2)
	for epoch := 0; epoch < 5; epoch++ {
		for _, sent := range sents {
			words := strings.Fields(sent)
			gold := make([]int, len(words))
			for i, w := range words {
				gold[i] = skipWords[w]
			}
			s.Learn(gold, skipSplit(words))
		}
	}
	scores := make([]float64, 3)
	p.Scores([]uint64{wordFeature(",")}, scores)
	if slices.ContainsFunc(scores, func(v float64) bool { return v != 0 }) {
		t.Errorf("the skipped comma has weights %v", scores)
	}
	m, _, err := tagger.Decode(p.Encode(0))
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("the cat barks , the dog runs")
	got := tagger.NewBeam(m, nil, 2).Tag(len(words), skipSplit(words), nil)
	want := []int{0, 1, 2, 0, 0, 1, 2}
	if !slices.Equal(got, want) {
		t.Errorf("labels %v, want %v", got, want)
	}
}
