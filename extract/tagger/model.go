package tagger

import "sync"

// Model is a trained, quantised perceptron, read-only and safe for
// concurrent use. Weights sit in an open-addressing table keyed by 32-bit
// feature keys; each key points at its few non-zero (label, weight) pairs,
// so scoring a feature touches two small arrays and allocates nothing.
type Model struct {
	labels  int
	table   []slot
	entries []entry
	mask    uint32
	scales  [256]float32 // by scale code
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

const spanCacheSize = 1 << 14

// slot is 8 bytes, so that the table of a large model stays small; the
// feature's first entry holds its scale code instead of a weight.
type slot struct {
	key  uint32 // 0: empty
	span uint32 // first entry << 8 | weight count
}

// entry is one quantised weight: two bytes, so that a model's weights stay
// in the processor's caches (scoring is bound by memory, not arithmetic).
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
// Scoring is bound by memory: each feature is a read at a random place in
// a table of megabytes. So it goes in three passes over a batch of
// features — find every feature's slot, then touch every feature's
// weights, then add them — in which no read waits for the one before, and
// the processor has many cache misses in flight instead of one. The sums
// are added in feature order, as a single pass would.
func (m *Model) Score(f []uint64, s []float32) {
	s = s[:m.labels]
	var spans [scoreBatch]uint32
	var scales [scoreBatch]float32
	c, _ := m.recent.Get().(*spanCache)
	if c == nil {
		c = new(spanCache)
	}
	defer m.recent.Put(c)
	for len(f) > 0 {
		n := min(len(f), scoreBatch)
		for j, h := range f[:n] {
			k := Key(h)
			cs := &c[k&(spanCacheSize-1)]
			if cs.key != k {
				*cs = slot{key: k, span: m.find(k)}
			}
			spans[j] = cs.span
		}
		for j, sp := range spans[:n] {
			if sp != 0 {
				scales[j] = m.scales[m.entries[sp>>8].label]
			}
		}
		for j, sp := range spans[:n] {
			if sp == 0 {
				continue
			}
			from := sp >> 8
			scale := scales[j]
			for _, e := range m.entries[from+1 : from+1+sp&0xff] {
				s[e.label] += float32(e.q) * scale
			}
		}
		f = f[n:]
	}
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
	for c := range m.scales {
		m.scales[c] = float32(scaleOf(uint8(c)))
	}
	m.entries = make([]entry, 0, len(weights)+len(keys))
	at := 0
	for r, k := range keys {
		i := k & m.mask
		for m.table[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.table[i] = slot{key: k, span: uint32(len(m.entries))<<8 | uint32(counts[r])}
		m.entries = append(m.entries, entry{label: codes[r]})
		m.entries = append(m.entries, weights[at:at+int(counts[r])]...)
		at += int(counts[r])
	}
	return m
}
