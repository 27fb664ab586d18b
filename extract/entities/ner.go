package entities

import (
	"encoding/binary"
	"errors"
	"math"
)

// The named-entity tagger is an averaged perceptron over hashed features,
// decoded greedily left to right with BIO labels. It is ours rather than
// prose's: prose's trained model scores about 0.48 F1 on CoNLL-2003, needs
// a second to decode its string-keyed maps in WASM, and cannot be fed our
// offset-keeping tokens. This one is trained by cmd/trainner on CoNLL-2003.

// nerTypes are the CoNLL classes, in label order.
var nerTypes = []string{"PER", "ORG", "LOC", "MISC"}

const nLabels = 1 + 2*4 // O, then B- and I- for each type

// labelType returns the type index (1-based) of a label, 0 for O.
func labelType(l int) int { return (l + 1) / 2 }

func isInside(l int) bool { return l > 0 && l%2 == 0 }

func beginOf(typ int) int { return typ*2 - 1 }

// nerModel holds quantized weights in an open-addressing table keyed by
// 32-bit feature fingerprints: loading is a copy, lookups touch two arrays.
type nerModel struct {
	slots   []uint32  // fingerprint per slot, 0 = empty
	rows    []int32   // row per slot
	weights []int8    // rows × nLabels
	scales  []float32 // per row
	mask    uint32
	gaz     gazetteer
}

func fingerprint(h uint64) uint32 {
	f := uint32(h ^ h>>32)
	if f == 0 {
		f = 1
	}
	return f
}

const modelMagic = "WSNER2\x00\x00"

// newNERModel builds the lookup table from parallel keys and weights.
func newNERModel(keys []uint32, scales []float32, weights []int8) *nerModel {
	size := 1
	for size < len(keys)*2 {
		size <<= 1
	}
	m := &nerModel{
		slots:   make([]uint32, size),
		rows:    make([]int32, size),
		weights: weights,
		scales:  scales,
		mask:    uint32(size - 1),
	}
	for r, k := range keys {
		s := k & m.mask
		for m.slots[s] != 0 && m.slots[s] != k {
			s = (s + 1) & m.mask
		}
		m.slots[s] = k
		m.rows[s] = int32(r)
	}
	return m
}

// loadNERModel reads the format written by (*averagedPerceptron).encode:
// magic, label count, feature count, then keys, row scales and weights.
func loadNERModel(b []byte) (*nerModel, error) {
	if len(b) < 16 || string(b[:8]) != modelMagic {
		return nil, errors.New("extract: not a whosaid NER model")
	}
	labels := int(binary.LittleEndian.Uint32(b[8:]))
	n := int(binary.LittleEndian.Uint32(b[12:]))
	end := 16 + n*8 + n*nLabels
	if labels != nLabels || len(b) < end+4 {
		return nil, errors.New("extract: NER model has the wrong size")
	}
	ng := int(binary.LittleEndian.Uint32(b[end:]))
	if len(b) != end+4+ng*9 {
		return nil, errors.New("extract: NER model's gazetteer has the wrong size")
	}
	gaz := make(gazetteer, ng)
	for i := 0; i < ng; i++ {
		at := end + 4 + i*9
		gaz[binary.LittleEndian.Uint64(b[at:])] = b[at+8]
	}
	b = b[:end]
	keys := make([]uint32, n)
	scales := make([]float32, n)
	for i := range keys {
		keys[i] = binary.LittleEndian.Uint32(b[16+4*i:])
		scales[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[16+4*n+4*i:]))
	}
	w := b[16+8*n:]
	weights := make([]int8, len(w))
	for i, x := range w {
		weights[i] = int8(x)
	}
	m := newNERModel(keys, scales, weights)
	m.gaz = gaz
	return m, nil
}

// score adds the weights of features f into s.
func (m *nerModel) score(f []uint64, s *[nLabels]float32) {
	for _, h := range f {
		k := fingerprint(h)
		slot := k & m.mask
		for {
			got := m.slots[slot]
			if got == k {
				r := int(m.rows[slot])
				row := m.weights[r*nLabels : r*nLabels+nLabels]
				scale := m.scales[r]
				for l := range s {
					s[l] += float32(row[l]) * scale
				}
				break
			}
			if got == 0 {
				break
			}
			slot = (slot + 1) & m.mask
		}
	}
}

// chunk is an entity found in a label sequence: labels[from:to] of a type.
type chunk struct{ from, to, typ int }

// sortedChunks lists a sentence's entities in order.
func sortedChunks(labels []int) []chunk {
	var out []chunk
	start, typ := -1, 0
	for i := 0; i <= len(labels); i++ {
		l := 0
		if i < len(labels) {
			l = labels[i]
		}
		if typ != 0 && (l == 0 || !isInside(l) || labelType(l) != typ) {
			out = append(out, chunk{start, i, typ})
			typ = 0
		}
		if l != 0 && typ == 0 {
			start, typ = i, labelType(l)
		}
	}
	return out
}

// bestLabel picks the highest-scoring label that keeps BIO valid; the
// trainer (float64) and the tagger (float32) share it.
func bestLabel[F float32 | float64](s *[nLabels]F, prev int) int {
	best, bestScore := 0, F(math.Inf(-1))
	for l, v := range s {
		if isInside(l) && labelType(prev) != labelType(l) {
			continue
		}
		if v > bestScore {
			best, bestScore = l, v
		}
	}
	return best
}

// docHistory remembers the type each capitalized word was last given in the
// document, so a name labelled once keeps its label.
type docHistory map[uint64]int

func (h docHistory) get(t tokenHashes) int {
	if !t.capitalized {
		return -1
	}
	v, ok := h[t.exact]
	if !ok {
		return -1
	}
	return v
}

func (h docHistory) set(t tokenHashes, label int) {
	if t.capitalized && !t.first {
		h[t.exact] = labelType(label)
	} else if t.capitalized {
		if _, ok := h[t.exact]; !ok || label != 0 {
			h[t.exact] = labelType(label)
		}
	}
}

// tagger runs the model over sentences, reusing its buffers.
type tagger struct {
	m       *nerModel
	hashes  []tokenHashes
	gaz     []gazMatch
	dc      docCase
	feats   []uint64
	history docHistory
}

func newTagger(m *nerModel) *tagger {
	return &tagger{m: m, history: docHistory{}, feats: make([]uint64, 0, 64)}
}

// tag labels one sentence's words, appending to labels.
func (tg *tagger) tag(words []string, labels []int) []int {
	tg.hashes = describeSentence(words, tg.hashes)
	tg.gaz = matchGazetteer(tg.hashes, tg.m.lookupGaz, tg.gaz)
	prev, prev2 := 0, 0
	for i := range words {
		f := staticFeatures(tg.hashes, i, tg.feats[:0])
		f = gazFeatures(tg.gaz[i], tg.hashes[i], f)
		f = nameFeatures(tg.hashes, i, tg.m.lookupGaz, f)
		f = docCaseFeature(tg.dc, tg.hashes[i], f)
		f = dynamicFeatures(tg.hashes, i, prev, prev2, tg.history.get(tg.hashes[i]), f)
		tg.feats = f
		var s [nLabels]float32
		tg.m.score(f, &s)
		l := bestLabel(&s, prev)
		tg.history.set(tg.hashes[i], l)
		labels = append(labels, l)
		prev2, prev = prev, l
	}
	return labels
}

func (m *nerModel) lookupGaz(h uint64) uint8 { return m.gaz[h] }
