package tagger

import (
	"testing"
	"unicode/utf8"
)

// The prefixes are hashed one on from the other (HashLowerOn): each must
// still be the hash of the word's first runes, lower-cased, or a model
// reads other features than it was trained on.
func TestAffixesAreTheHashesOfTheWordsEnds(t *testing.T) {
	for _, w := range []string{"Quillbrook", "ÉTÉ", "Zoë's", "naïveté", "ab", "x", "", "bad\xffbyte\xe2\x82"} {
		pre, suf := make([]uint64, 5), make([]uint64, 5)
		Affixes(w, pre, suf)
		n := utf8.RuneCountInString(w)
		for l := 1; l <= 5; l++ {
			wantPre, wantSuf := uint64(0), uint64(0)
			if l < n {
				p, q := 0, len(w)
				for k := 0; k < l; k++ {
					_, size := utf8.DecodeRuneInString(w[p:])
					p += size
					_, size = utf8.DecodeLastRuneInString(w[:q])
					q -= size
				}
				wantPre, wantSuf = HashLower(w[:p]), HashLower(w[q:])
			}
			if pre[l-1] != wantPre || suf[l-1] != wantSuf {
				t.Errorf("%q, %d runes: prefix %x suffix %x, want %x %x", w, l, pre[l-1], suf[l-1], wantPre, wantSuf)
			}
		}
	}
	if got, want := HashLowerOn(HashLower("Brook"), "SIDE"), HashLower("brookside"); got != want {
		t.Errorf("HashLowerOn: %x, want %x", got, want)
	}
}
