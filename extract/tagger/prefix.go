package tagger

import "math/bits"

// A token's first features often depend on its word alone (the bias, the
// word, its shape), and an article repeats its words: a decoder told so
// (RememberPrefix) keeps the sums of those features' weights by the
// features themselves, and starts a token that repeats them from that
// sum. The sums are the float32 sums the weights make from zero in that
// order, and the rest is added after them in order, so the scores are bit
// for bit those without the memo.

// maxPrefix is the most leading features a memo entry remembers.
const maxPrefix = 16

// prefixSlots is the number of memo entries (direct-mapped): more than
// the distinct words of a long article.
const (
	prefixBits  = 11
	prefixSlots = 1 << prefixBits
)

// prefixMemo is a direct-mapped cache of prefix sums, pooled with the
// model's scratch: an entry holds the model keys of the features it sums
// (0 beyond n) and their sums, labels wide, at sums[slot·labels:].
type prefixMemo struct {
	keys [prefixSlots][maxPrefix]uint32
	n    [prefixSlots]uint8 // 0: empty
	sums []float32
}

// RememberPrefix makes the decoder remember the summed weights of the
// first n features of the tokens Next scores (at most 16), for the
// features functions whose first features depend on little (the word): a
// token whose first n features were seen before starts from their sum.
// n ≤ 0 remembers nothing. The labels chosen are the same either way.
func (d *Decoder) RememberPrefix(n int) { d.prefix = max(0, min(n, maxPrefix)) }

// NextPrefix is Next remembering the sums of f's first n features (at
// most 16), for a features function whose number of such features
// varies by token (a word's affixes).
func (d *Decoder) NextPrefix(f []uint64, n int, prev int) int {
	return d.next(f, max(0, min(n, maxPrefix)), prev)
}

// scorePrefixed sets d.scores to the sum of f's weights, its first n
// features (0 < n ≤ min(len(f), maxPrefix)) from the memo when it has
// them.
func (d *Decoder) scorePrefixed(f []uint64, n int) {
	p := f[:n]
	var ks [maxPrefix]uint32
	h := uint32(len(p))
	for j, x := range p {
		k := Key(x)
		ks[j] = k
		h = (bits.RotateLeft32(h, 5) ^ k) * 0x9E3779B1
	}
	mm := d.c.memo
	if mm == nil {
		mm = &prefixMemo{sums: make([]float32, prefixSlots*d.m.labels)}
		d.c.memo = mm
	}
	slot := h >> (32 - prefixBits) // the top bits, the best mixed
	sums := mm.sums[int(slot)*d.m.labels:][:d.m.labels]
	// The sums stay in the scratch from the prefix to the rest.
	c := d.c
	if mm.n[slot] == uint8(len(p)) && sameKeys(&mm.keys[slot], &ks, len(p)) {
		copy(c.sum[:], sums)
	} else {
		clear(c.sum[:len(sums)])
		d.m.addTo(c, p)
		copy(sums, c.sum[:])
		mm.keys[slot], mm.n[slot] = ks, uint8(len(p))
	}
	d.m.addTo(c, f[len(p):])
	copy(d.scores, c.sum[:])
}

// sameKeys reports whether a and b hold the same first n keys (the rest
// are 0 in both): a loop over the n, not a comparison of 64 bytes.
func sameKeys(a, b *[maxPrefix]uint32, n int) bool {
	for j := range a[:n] {
		if a[j] != b[j] {
			return false
		}
	}
	return true
}
