package attribution

import (
	"sort"
	"sync"
)

// sourceWeights are the source ranker's weights by feature hash: sorted
// keys with an index of where each range of keys starts. A map of them
// took most of the ranker's loading (the page waits for it) and a map
// lookup per feature most of its scoring.
type sourceWeights struct {
	keys   []uint32 // ascending
	vals   []float32
	bucket []uint32 // bucket[b]: the first key whose >> shift is b
	shift  uint32
}

// newSourceWeights indexes keys (ascending, distinct) and their values.
func newSourceWeights(keys []uint32, vals []float32) sourceWeights {
	bits := uint32(1)
	for 1<<bits < len(keys)/2 {
		bits++
	}
	w := sourceWeights{keys: keys, vals: vals, bucket: make([]uint32, 1<<bits+1), shift: 32 - bits}
	for _, k := range keys {
		w.bucket[k>>w.shift+1]++
	}
	for b := 1; b < len(w.bucket); b++ {
		w.bucket[b] += w.bucket[b-1]
	}
	return w
}

// sourceWeightsOf indexes the weights of a map (training's).
func sourceWeightsOf(m map[uint32]float32) sourceWeights {
	keys := make([]uint32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	vals := make([]float32, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return newSourceWeights(keys, vals)
}

// get is the weight of feature k, 0 if the model has none.
func (w *sourceWeights) get(k uint32) float32 {
	if len(w.bucket) == 0 {
		return 0
	}
	b := k >> w.shift
	for i := w.bucket[b]; i < w.bucket[b+1]; i++ {
		if w.keys[i] >= k {
			if w.keys[i] == k {
				return w.vals[i]
			}
			return 0
		}
	}
	return 0
}

// weightCache remembers the weights sourceWeights.get found lately,
// direct-mapped: the candidates of an article's statements share most
// features (the bias, the cue's word, "rule|same"), and the table of
// megabytes is far from the processor where a few thousand recent keys stay
// near. One a ranking call at a time, never shared; kept from one article
// to the next (weightCaches), whose statements share the same features.
type weightCache struct {
	owner   *uint32 // the first of the weights' keys, nil for none
	entries [1 << weightCacheBits]weightEntry
}

// weightCaches keeps the caches between ranking calls: a cache of 32 KB
// made and filled anew for each article was a tenth of the engine's
// allocation, and the next article finds most of its features' weights
// already there. A cache answers for the weights it was filled from
// (owner); it holds them, so no other model's keys can take their place.
var weightCaches sync.Pool

// takeWeightCache is a cache of w's weights, from the pool if one is there
// (emptied when it was another model's); putWeightCache gives it back.
func takeWeightCache(w *sourceWeights) *weightCache {
	var owner *uint32
	if len(w.keys) > 0 {
		owner = &w.keys[0]
	}
	if c, _ := weightCaches.Get().(*weightCache); c != nil {
		if c.owner == owner {
			return c
		}
		c.fill(w)
		c.owner = owner
		return c
	}
	c := newWeightCache(w)
	c.owner = owner
	return c
}

func putWeightCache(c *weightCache) { weightCaches.Put(c) }

// weightEntry is a key and its weight.
type weightEntry struct {
	key uint32
	val float32
}

const weightCacheBits = 12

// newWeightCache is an empty cache of w's weights: every entry holds key 0
// with its weight, so that an entry not yet filled answers only for 0, and
// rightly.
func newWeightCache(w *sourceWeights) *weightCache {
	c := new(weightCache)
	if z := w.get(0); z != 0 {
		c.fill(w)
	}
	return c
}

// fill empties c for w's weights: key 0 with its weight everywhere.
func (c *weightCache) fill(w *sourceWeights) {
	z := w.get(0)
	for i := range c.entries {
		c.entries[i] = weightEntry{0, z}
	}
}

// entry is where k's weight is kept: it is k's if its key is k, else the
// caller looks k up and keeps it there.
func (c *weightCache) entry(k uint32) *weightEntry {
	return &c.entries[k*0x9E3779B1>>(32-weightCacheBits)]
}
