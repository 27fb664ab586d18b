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
	d.setScores()
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

// A features function often knows what its first features are made of
// (a word and the tags beside it) more cheaply than the features are
// made: it names them with a WordKey, and a token whose key the decoder
// has seen starts from the remembered sums without making or looking up
// those features at all. The sums are the same float32 sums from zero in
// the same order as the memo above (and as no memo), so the labels and
// scores are bit for bit the same.

// WordKey names the first features of a token: two tokens with the same
// key must have the same first features (the caller's promise). A and
// B are the caller's to fill (a word's number, tags), never both 0.
type WordKey struct{ A, B uint64 }

// keyedSlots is the number of keyedMemo entries (direct-mapped): about
// the words a parser keeps (2,048 slots: 1.8% more instructions in the
// syntax pass over 49 PolNeAR articles in a row).
const (
	keyedBits  = 12
	keyedSlots = 1 << keyedBits
)

// keyedMemo is the decoder's memo of prefix sums by WordKey: its own,
// not the model's pooled scratch, since what a key names is the
// caller's (a word's number in its parser).
type keyedMemo struct {
	keys [keyedSlots]WordKey // the zero key: empty
	sums []float32           // keyedSlots × labels
}

// slot is the memo entry of k.
func (k WordKey) slot() uint32 {
	h := (k.A*0x9E3779B97F4A7C15 ^ k.B) * 0xBF58476D1CE4E5B9
	return uint32(h >> (64 - keyedBits))
}

// Recall starts the scores of a token whose first features key names:
// true when the decoder remembers their sums (then the scores go on with
// Rest's features, through NextRecalled or a beam); false when it does
// not (then the token's features are scored whole, and remembered, by
// NextRemember).
func (d *Decoder) Recall(key WordKey) bool {
	d.scratch()
	mm := d.keyed
	if mm == nil {
		return false
	}
	s := key.slot()
	if mm.keys[s] != key {
		return false
	}
	copy(d.c.sum[:], mm.sums[int(s)*d.m.labels:][:d.m.labels])
	return true
}

// NextRecalled scores a token Recall found with the features after its
// first (f) and returns its best label after prev.
func (d *Decoder) NextRecalled(f []uint64, prev int) int {
	d.addRest(f)
	return d.best(prev)
}

// NextRemember scores a token Recall did not find, all its features f,
// remembering the sums of the first n under key, and returns its best
// label after prev.
func (d *Decoder) NextRemember(key WordKey, f []uint64, n int, prev int) int {
	d.remember(key, f, n)
	return d.best(prev)
}

// NextRememberFrom is NextRemember starting from the remembered sums of
// f's first pn features, which pkey names (see rememberFrom).
func (d *Decoder) NextRememberFrom(key WordKey, f []uint64, n int, pkey WordKey, pn int, prev int) int {
	d.rememberFrom(key, f, n, pkey, pn)
	return d.best(prev)
}

// addRest adds f to the recalled sums and sets d.scores.
func (d *Decoder) addRest(f []uint64) {
	d.feats = f
	d.m.addTo(d.c, f)
	d.setScores()
}

// remember sets d.scores to the sums of f, remembering those of its
// first n features under key.
func (d *Decoder) remember(key WordKey, f []uint64, n int) {
	d.rememberFrom(key, f, n, WordKey{}, 0)
}

// rememberFrom is remember starting from the sums of f's first pn
// features, which pkey names (the zero key: none), when the decoder
// remembers them, and remembering them when it does not: a word new to
// the article often stands among tags seen before. The sums from zero of
// the first pn are the same bits however they were come by.
func (d *Decoder) rememberFrom(key WordKey, f []uint64, n int, pkey WordKey, pn int) {
	d.scratch()
	d.feats = f
	n = min(n, len(f))
	mm := d.keyed
	if mm == nil {
		mm = &keyedMemo{sums: make([]float32, keyedSlots*d.m.labels)}
		d.keyed = mm
	}
	c := d.c
	labels := d.m.labels
	from := 0
	if pkey != (WordKey{}) && pn <= n {
		pm := d.parents
		if pm == nil {
			pm = &keyedMemo{sums: make([]float32, keyedSlots*labels)}
			d.parents = pm
		}
		ps := pkey.slot()
		psums := pm.sums[int(ps)*labels:][:labels]
		if pm.keys[ps] == pkey {
			copy(c.sum[:], psums)
		} else {
			clear(c.sum[:labels])
			d.m.addTo(c, f[:pn])
			copy(psums, c.sum[:])
			pm.keys[ps] = pkey
		}
		from = pn
	} else {
		clear(c.sum[:labels])
	}
	d.m.addTo(c, f[from:n])
	s := key.slot()
	copy(mm.sums[int(s)*labels:][:labels], c.sum[:])
	mm.keys[s] = key
	d.m.addTo(c, f[n:])
	d.setScores()
}

// ForgetKeys empties the memo of WordKeys (when what the keys name
// changes: a parser numbering its words anew).
func (d *Decoder) ForgetKeys() {
	if d.keyed != nil {
		clear(d.keyed.keys[:])
	}
}
