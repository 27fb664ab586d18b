package entities

import (
	"maps"
	"math/rand"
	"strings"
	"testing"
)

// Within a sentence each of the beam's label sequences reads, as a word's
// history, what it gave the word's earlier mentions, exactly as the
// greedy tagger's history would after labelling the words before it so.
func TestBeamHistoryReadsItsOwnLabels(t *testing.T) {
	words := strings.Fields("Morgan met Morgan Price and Price met Morgan in Leeds .")
	hs := describeSentence(words, nil)
	same := sameBefore(hs, nil)
	rng := rand.New(rand.NewSource(1))
	for _, before := range []docHistory{{}, {hs[0].exact: 3, hs[3].exact: 1}} {
		for trial := 0; trial < 200; trial++ {
			labels := make([]int, len(words))
			for i := range labels {
				if rng.Intn(2) == 0 {
					labels[i] = rng.Intn(nLabels)
				}
			}
			h := maps.Clone(before)
			for i := range words {
				if got, want := historyIn(before, hs, same, i, labels), h.get(&hs[i]); got != want {
					t.Fatalf("labels %v, word %d (%s): history %d, the greedy tagger's %d", labels, i, words[i], got, want)
				}
				h.set(hs[i], labels[i])
			}
		}
	}
}
