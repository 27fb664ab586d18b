package tagger

import (
	"sync"
	"unsafe"
)

// Model is a trained, quantised perceptron, read-only and safe for
// concurrent use. Its feature keys stay sorted as the file has them, with
// an index of where each range of keys starts: loading is one sequential
// pass over the file (no hash table to fill at random), which is most of
// the page's start-up. Each key has a span of non-zero (label, weight)
// pairs, side by side in one array, so scoring a feature touches a line
// or two of it and allocates nothing.
type Model struct {
	labels int
	// feats are the features' keys, ascending, each with its span: its
	// first word in weights << 8 | its weight count.
	feats []slot
	// bucket[b] is the first feature whose key >> shift is b (len: the
	// number of buckets + 1), so that find scans a couple of keys.
	bucket []uint32
	shift  uint32
	// weights holds each feature's weights together from its span's
	// first word: its n values, float32(q)·scale computed once at load
	// (as Score computed them per use: the same float32 products), then
	// its n labels, a byte each, padded to a word. Side by side, a
	// feature's weights are one cache line or two, where the file's
	// order (every label, then every value) made them two lines apart:
	// the adding's cache misses were most of the engine's.
	weights []uint32
	// recent caches the spans Score found lately (see spanCache).
	recent sync.Pool
}

// spanCache is a small direct-mapped cache of find's answers, misses
// included. An article repeats most features (the bias, label n-grams,
// "the", "said"), and the cache fits the processor's near caches where the
// table of megabytes does not. Pooled per model, so that Model stays safe
// for concurrent use; it holds the same spans find gives, so scores are
// bit for bit those of the table.
type spanCache [spanCacheSize]slot

// scratch is what Score reuses between calls: the span cache and the
// sums, and a decoder's prefix memo (nil until one remembers prefixes).
type scratch struct {
	spans spanCache
	sum   [256]float32
	memo  *prefixMemo
	// batch is addInto's spans of a batch of features (here, not on the
	// stack: an array there is cleared every call).
	batch [scoreBatch]uint32
}

const spanCacheSize = 1 << 14

// slot is a key and its span (first weight << 8 | weight count).
type slot struct {
	key  uint32 // 0: empty
	span uint32 // first weight << 8 | weight count
}

// Key is the 32-bit key a model keeps of a feature hash (never 0, the
// empty slot).
func Key(h uint64) uint32 {
	k := uint32(h ^ h>>32)
	if k == 0 {
		k = 1
	}
	return k
}

// Labels is the number of labels the model scores.
func (m *Model) Labels() int { return m.labels }

// Features is the number of features the model keeps.
func (m *Model) Features() int { return len(m.feats) }

// Score adds the weights of the features f into s (len(s) ≥ Labels()).
// Unknown features add nothing.
//
// Each feature is first looked up (in the span cache, else the table),
// for a whole batch, so that the table's cache misses are in flight
// together; then the weights are added, in feature order, as a single
// pass would. Most of the time goes to adding: frequent features (the
// bias, label n-grams) carry a weight for nearly every label.
func (m *Model) Score(f []uint64, s []float32) {
	c, _ := m.recent.Get().(*scratch)
	if c == nil {
		c = new(scratch)
	}
	m.score(c, f, s)
	m.recent.Put(c)
}

// score is Score with the caller's scratch.
func (m *Model) score(c *scratch, f []uint64, s []float32) {
	s = s[:m.labels]
	copy(c.sum[:], s)
	m.addTo(c, f)
	copy(s, c.sum[:])
}

// addTo adds the weights of the features f into c.sum, the sums in
// progress (score and a decoder start them and read them out).
//
// Sums go into an array a label byte indexes: no bounds check per weight;
// a label ≥ m.labels (only in corrupt bytes) adds to a sum never read.
func (m *Model) addTo(c *scratch, f []uint64) { m.addInto(c, &c.sum, f) }

// addInto is addTo into sum (with c's span cache and batch).
//
// Each feature is first looked up (in the span cache, else the table),
// for a whole batch, so that the cache misses are in flight together;
// then the weights are added, in feature order, as a single pass would
// (addSpans). Looking up and adding in one loop took 2% fewer
// instructions but more time: each feature's weights waited for its
// lookup, and fewer misses overlapped.
func (m *Model) addInto(c *scratch, sum *[256]float32, f []uint64) {
	spans := &c.batch
	for len(f) > 0 {
		n := min(len(f), scoreBatch)
		for j, h := range f[:n] {
			k := Key(h)
			cs := &c.spans[k&(spanCacheSize-1)]
			if cs.key != k {
				*cs = slot{key: k, span: m.find(k)}
			}
			spans[j] = cs.span
		}
		addSpans(sum, spans[:n], m.weights)
		f = f[n:]
	}
}

const scoreBatch = 64

// addSpans adds the weights of spans into sum, in order. A function of its
// own so that its loops keep their few variables in registers (inside
// addInto, the compiler spilled them to the stack).
//
// It is most of the engine's time, a few instructions a weight, so it
// reads the weights through pointers: Go's compiler checks (and masks)
// every index and every re-slice, which took more instructions than the
// adding. That is safe because a span is only ever made by newModel, as a
// run of the weights it laid out (first + count + its labels' words ≤
// len(weights)), and labels index a sum of 256. A span's labels are
// distinct, so adding them four at a time gives the sums of a plain loop,
// bit for bit.
//
//go:noinline
func addSpans(sum *[256]float32, spans []uint32, weights []uint32) {
	if len(weights) == 0 {
		return // no weights: every span is 0
	}
	base := unsafe.Pointer(unsafe.SliceData(weights))
	_ = sum[0] // sum is not nil: checked here, not at every weight
	for _, sp := range spans {
		n := uintptr(sp & 0xff)
		if n == 0 {
			continue // not in the model (a real span has a weight)
		}
		vp := unsafe.Add(base, 4*uintptr(sp>>8))
		lp := unsafe.Add(vp, 4*n)
		for ; n >= 4; n -= 4 {
			l, v := (*[4]uint8)(lp), (*[4]float32)(vp)
			sum[l[0]] += v[0]
			sum[l[1]] += v[1]
			sum[l[2]] += v[2]
			sum[l[3]] += v[3]
			lp, vp = unsafe.Add(lp, 4), unsafe.Add(vp, 16)
		}
		// The last one to three, without a loop (most spans are short).
		switch n {
		case 3:
			sum[*(*uint8)(unsafe.Add(lp, 2))] += *(*float32)(unsafe.Add(vp, 8))
			fallthrough
		case 2:
			sum[*(*uint8)(unsafe.Add(lp, 1))] += *(*float32)(unsafe.Add(vp, 4))
			fallthrough
		case 1:
			sum[*(*uint8)(lp)] += *(*float32)(vp)
		}
	}
}

// bucketShift is the shift of a key to its bucket for n keys: about two
// keys a bucket, so that find scans one cache line or two.
func bucketShift(n int) uint32 {
	bits := uint32(1)
	for 1<<bits < n/2 {
		bits++
	}
	return 32 - bits
}

// find returns the span of key's weights, 0 if the model does not have it
// (a real span is never 0: a feature has at least one weight).
//
// On a news article most of the lookups that miss the span cache come
// here (a word's features with its neighbours are mostly new), so it
// reads through pointers: bucket has 1<<(32-shift)+1 entries (Decode
// makes it so) and k>>shift indexes one of the first 1<<(32-shift), and
// its entries count keys, ascending, up to len(feats); Go's checks of
// the two indexes and the slice were most of its instructions.
func (m *Model) find(k uint32) uint32 {
	b := uintptr(k >> m.shift)
	bp := unsafe.Pointer(unsafe.SliceData(m.bucket))
	lo, hi := *(*uint32)(unsafe.Add(bp, 4*b)), *(*uint32)(unsafe.Add(bp, 4*b+4))
	fp := unsafe.Pointer(unsafe.SliceData(m.feats))
	for at := uintptr(lo); at < uintptr(hi); at++ {
		f := (*slot)(unsafe.Add(fp, 8*at))
		if f.key >= k {
			if f.key == k {
				return f.span
			}
			return 0
		}
	}
	return 0
}

// newModel indexes features sorted by key (feats holds their keys, bucket
// their counts by key >> shift), each with its scale code and weight
// count; labels and values hold the weights in that order. It returns
// nil if the weights, laid out, pass the 2^24 words a span can address.
func newModel(labels int, feats []slot, bucket []uint32, shift uint32, codes, counts, wLabels, values []uint8) *Model {
	counts = counts[:len(feats)]
	codes = codes[:len(feats)]
	// A feature of n weights takes n words and (n+3)/4 more for its
	// labels: at most this many in all.
	words := len(wLabels) + (len(wLabels)+3*len(feats))/4
	if words >= 1<<24 {
		return nil
	}
	m := &Model{
		labels:  labels,
		feats:   feats,
		bucket:  bucket,
		shift:   shift,
		weights: make([]uint32, words),
	}
	// Where each bucket starts: the sums of the counts readKeys made.
	for b := 1; b < len(m.bucket); b++ {
		m.bucket[b] += m.bucket[b-1]
	}
	var tables [256]*[256]float32 // weights(code), taken once a model
	// Written through pointers (loading is what the page waits for):
	// the words are as many as counted above, and the file's weights,
	// labels and values, are the sum of counts (Decode checks).
	wp := unsafe.Pointer(unsafe.SliceData(m.weights))
	qp, lf := unsafe.Pointer(unsafe.SliceData(values)), unsafe.Pointer(unsafe.SliceData(wLabels))
	to := uintptr(0) // the feature's first word
	for r, n := range counts {
		feats[r].span = uint32(to)<<8 | uint32(n)
		t := tables[codes[r]]
		if t == nil {
			t = weights(codes[r])
			tables[codes[r]] = t
		}
		// One loop over the weights, not a slice per feature: most
		// features have one or two. The labels are written as bytes
		// in memory order, as addSpans reads them.
		vp := unsafe.Add(wp, 4*to)
		lp := unsafe.Add(vp, 4*uintptr(n))
		for end := unsafe.Add(qp, n); qp != end; {
			*(*float32)(vp) = t[*(*uint8)(qp)]
			*(*uint8)(lp) = *(*uint8)(lf)
			qp, lf = unsafe.Add(qp, 1), unsafe.Add(lf, 1)
			vp, lp = unsafe.Add(vp, 4), unsafe.Add(lp, 1)
		}
		to += uintptr(n) + (uintptr(n)+3)/4
	}
	// A label out of range (corrupt bytes) indexes a sum Score keeps for
	// every byte and never reads: harmless, and not worth a pass over
	// every weight at load.
	return m
}

// weightTables[code][q] is the weight a quantised value q (an int8's
// byte) stands for under a scale code: float32(q)·scale, the product
// rounded to float32 (as Score once computed it per use). A table per
// scale code actually used, made on first use: a lookup a weight is a
// third of the instructions of a conversion and a multiplication, and
// loading is what the page waits for.
var (
	weightTables [256]*[256]float32
	tablesMu     sync.Mutex
)

func weights(code uint8) *[256]float32 {
	tablesMu.Lock()
	defer tablesMu.Unlock()
	t := weightTables[code]
	if t == nil {
		t = new([256]float32)
		scale := float32(scaleOf(code))
		for q := range t {
			t[q] = float32(int8(uint8(q))) * scale
		}
		weightTables[code] = t
	}
	return t
}
