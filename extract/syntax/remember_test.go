package syntax

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/entities/clusters"
)

// A parser keeps the hashes of the words it has seen; a word seen before
// (here in a sentence parsed earlier, and again in the same one) is
// described as a new one is, so the tags and chunks stay the same.
func TestRememberedWordsDescribeTheSame(t *testing.T) {
	sentences := []string{
		"The harbour master said the ferry would sail on Monday .",
		"On Monday the ferry did not sail , the harbour master said .",
	}
	fresh := Sentence{Clusters: clusters.Default()}
	kept := Sentence{Clusters: clusters.Default()}
	kept.RememberWords()
	for pass := 0; pass < 2; pass++ {
		for _, text := range sentences {
			words := strings.Fields(text)
			fresh.Reset(words)
			kept.Reset(words)
			tags := make([]int, len(words))
			for i := range words {
				tags[i] = i % 7
				want := fresh.ChunkFeatures(i, tags, tags[:i], fresh.POSFeatures(i, tags[:i], nil))
				got := kept.ChunkFeatures(i, tags, tags[:i], kept.POSFeatures(i, tags[:i], nil))
				if !slices.Equal(got, want) {
					t.Fatalf("pass %d, %q, word %d: remembered features differ", pass, text, i)
				}
			}
		}
	}
}

// A long text has more distinct words than a parser keeps: it starts over
// and still describes each word as a new one is.
func TestRememberedWordsStartOverWhenFull(t *testing.T) {
	fresh := Sentence{Clusters: clusters.Default()}
	kept := Sentence{Clusters: clusters.Default()}
	kept.RememberWords()
	for k := 0; k < 3*maxKnownWords/10; k++ {
		words := make([]string, 12)
		for j := range words {
			words[j] = fmt.Sprintf("word%d", (k*7+j*13)%(2*maxKnownWords))
		}
		fresh.Reset(words)
		kept.Reset(words)
		tags := make([]int, len(words))
		for i := range words {
			if !slices.Equal(kept.POSFeatures(i, tags, nil), fresh.POSFeatures(i, tags, nil)) {
				t.Fatalf("sentence %d, word %q: remembered features differ", k, words[i])
			}
		}
	}
}
