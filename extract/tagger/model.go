package tagger

import "sync"

// Model is a trained, quantised perceptron, read-only and safe for
// concurrent use. Weights sit in an open-addressing table keyed by 32-bit
// feature keys; each key points at its few non-zero (label, weight) pairs,
// so scoring a feature touches two small arrays and allocates nothing.
type Model struct {
	labels int
	table  []slot
	// Each feature's weights, label and value side by side from its
	// span's first: values are float32(q)·scale, computed once at load
	// (as Score computed them per use: the same float32 products).
	wLabels []uint8
	wValues []float32
	mask    uint32
	// recent caches the slots Score found lately (see spanCache).
	recent sync.Pool
}

// spanCache is a small direct-mapped cache of find's answers, misses
// included. An article repeats most features (the bias, label n-grams,
// "the", "said"), and the cache fits the processor's near caches where the
// table of megabytes does not. Pooled per model, so that Model stays safe
// for concurrent use; it holds the same spans find gives, so scores are
// bit for bit those of the table.
type spanCache [spanCacheSize]slot

// scratch is what Score reuses between calls: the span cache and the sums.
type scratch struct {
	spans spanCache
	sum   [256]float32
}

const spanCacheSize = 1 << 14

// slot is 8 bytes, so that the table of a large model stays small.
type slot struct {
	key  uint32 // 0: empty
	span uint32 // first weight << 8 | weight count
}

// entry is one quantised weight as the file has it.
type entry struct {
	label uint8
	q     int8
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
func (m *Model) Features() int {
	n := 0
	for _, s := range m.table {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// Score adds the weights of the features f into s (len(s) ≥ Labels()).
// Unknown features add nothing.
//
// Each feature is first looked up (in the span cache, else the table),
// for a whole batch, so that the table's cache misses are in flight
// together; then the weights are added, in feature order, as a single
// pass would. Most of the time goes to adding: frequent features (the
// bias, label n-grams) carry a weight for nearly every label.
func (m *Model) Score(f []uint64, s []float32) {
	s = s[:m.labels]
	var spans [scoreBatch]uint32
	c, _ := m.recent.Get().(*scratch)
	if c == nil {
		c = new(scratch)
	}
	// Sums go into an array a label byte indexes: no bounds check per
	// weight (the model's labels are < m.labels, checked by Decode).
	sum := &c.sum
	copy(sum[:], s)
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
		for _, sp := range spans[:n] {
			if sp == 0 {
				continue
			}
			from, to := sp>>8, sp>>8+sp&0xff
			ls, vs := m.wLabels[from:to], m.wValues[from:to]
			vs = vs[:len(ls)]
			for i, l := range ls {
				sum[l] += vs[i]
			}
		}
		f = f[n:]
	}
	copy(s, sum[:])
	m.recent.Put(c)
}

const scoreBatch = 64

// find returns the span of key's weights, 0 if the model does not have it
// (a real span is never 0: a feature has at least one weight).
func (m *Model) find(k uint32) uint32 {
	i := k & m.mask
	for {
		sl := m.table[i]
		if sl.key == k {
			return sl.span
		}
		if sl.key == 0 {
			return 0
		}
		i = (i + 1) & m.mask
	}
}

// newModel builds the lookup table from features sorted by key, each with
// its scale code and weights; weights holds them in that order.
func newModel(labels int, keys []uint32, codes, counts []uint8, weights []entry) *Model {
	// Between a third and two-thirds full (a miss ends within a few probes,
	// mostly in one cache line): a larger table only misses the processor's
	// cache more.
	size := 2
	for size*2 < len(keys)*3 {
		size <<= 1
	}
	m := &Model{labels: labels, table: make([]slot, size), mask: uint32(size - 1)}
	var scales [256]float32 // by scale code
	for c := range scales {
		scales[c] = float32(scaleOf(uint8(c)))
	}
	m.wLabels = make([]uint8, 0, len(weights))
	m.wValues = make([]float32, 0, len(weights))
	at := 0
	for r, k := range keys {
		i := k & m.mask
		for m.table[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.table[i] = slot{key: k, span: uint32(len(m.wLabels))<<8 | uint32(counts[r])}
		scale := scales[codes[r]]
		for _, e := range weights[at : at+int(counts[r])] {
			m.wLabels = append(m.wLabels, e.label)
			// The explicit conversion rounds the product to float32,
			// as Score's float32(q) * scale did.
			m.wValues = append(m.wValues, float32(float32(e.q)*scale))
		}
		at += int(counts[r])
	}
	return m
}
