package entities

import "github.com/whosaid/whosaid/extract/tagger"

// Wider context: the shapes of the words two before and two after
// ("Xx of the Xx", "Xx Xx Corp"), and the word's cluster at the prefix
// lengths between the coarse and fine ones the lexicon features use.

// Template numbers continue ner_phrase.go's; never renumber.
const (
	tPrev2Shape = tPhraseLen + 1 + iota
	tNext2Shape
	tClusterMid
)

var midPrefixes = [...]int{8, 12, 16}

// wideFeatures appends word i's wider-context features.
func wideFeatures(ts []tokenHashes, lx *lexSentence, i int, f []uint64) []uint64 {
	p2, n2 := hashBOS, hashEOS
	if i > 1 {
		p2 = ts[i-2].shape
	}
	if i+2 < len(ts) {
		n2 = ts[i+2].shape
	}
	f = append(f, tagger.Mix1(tPrev2Shape, p2), tagger.Mix1(tNext2Shape, n2))
	if lx.found[i] {
		for _, n := range midPrefixes {
			f = append(f, tagger.Mix2(tClusterMid, uint64(n), pathHash(lx.paths[i], n)))
		}
	}
	return f
}
