package tagger_test

import (
	"math"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/tagger"
)

// A decoder that remembers the sums of its tokens' first features scores
// every token bit for bit as one that does not, whether the memo has the
// token's words or not (the toy sentences repeat "the", "said", "report",
// with other words before them).
func TestRememberedPrefixesScoreTheSame(t *testing.T) {
	m, _, err := tagger.Decode(trainToy(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	plain := tagger.NewDecoder(m, nil)
	for _, n := range []int{1, 2, 3, 6, 20} {
		memo := tagger.NewDecoder(m, nil)
		memo.RememberPrefix(n)
		for pass := 0; pass < 2; pass++ {
			for _, s := range toySentences {
				var words []string
				for _, wt := range strings.Fields(s) {
					w, _, _ := strings.Cut(wt, "/")
					words = append(words, w)
				}
				features := toyFeatures(words)
				var labels []int
				for i := range words {
					f := features(i, labels, nil)
					want := plain.Next(f, -1)
					wantScores := append([]float32(nil), plain.Scores()...)
					if got := memo.Next(f, -1); got != want {
						t.Fatalf("prefix %d, %q word %d: label %d, without the memo %d", n, s, i, got, want)
					}
					for l, v := range memo.Scores() {
						if math.Float32bits(v) != math.Float32bits(wantScores[l]) {
							t.Fatalf("prefix %d, %q word %d label %d: score %v, without the memo %v", n, s, i, l, v, wantScores[l])
						}
					}
					labels = append(labels, want)
				}
			}
		}
		memo.Release()
	}
}
