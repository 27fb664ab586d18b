package quotes

import (
	_ "embed"
	"errors"
	"sync"

	"github.com/whosaid/whosaid/extract/tagger"
)

// Said tells which quotation-marked stretches are quotations somebody said
// and which are quoted words (scare quotes, terms, titles, nicknames: `the
// so-called "reset"`, `a film titled "Arrival"`): a logistic model over
// features of the stretch and of what the attribution stage found around
// it (attribution/said_features.go), learned from PolNeAR train by
// extract/cmd/trainquotes (make quote-model).
type Said struct {
	weights map[uint32]float32
	table   weightTable // weights, as Score looks them up
	// Threshold is the score from which a stretch is a quotation (chosen
	// by cross-validation).
	Threshold float32
}

// Feature is the key of a named feature ("prev=called"); parts are joined.
func Feature(parts ...string) uint32 {
	var buf [8]uint64 // on the stack: a feature has a few parts, and each made its slice
	hs := buf[:0]
	for _, p := range parts {
		hs = append(hs, tagger.Hash(p))
	}
	return uint32(tagger.Mix(saidTemplate, hs...))
}

// Name is the hash of a feature's first part, its name ("prev"), taken
// once: names are constants, and hashing them again for each stretch was
// most of the hashing its features cost.
type Name uint64

// NewName is s as a feature's name.
func NewName(s string) Name { return Name(tagger.Hash(s)) }

// Part is the hash of a feature's later part, taken once where the part
// is a constant or serves several features of a stretch.
type Part uint64

// PartOf is s as a feature's part.
func PartOf(s string) Part { return Part(tagger.Hash(s)) }

// Named is Feature(name, parts...), the same key, with the name and parts
// hashed already.
func Named(name Name, parts ...Part) uint32 {
	switch len(parts) { // most features have a part or two: tagger's fixed-length Mix, no slice
	case 0:
		return uint32(tagger.Mix1(saidTemplate, uint64(name)))
	case 1:
		return uint32(tagger.Mix2(saidTemplate, uint64(name), uint64(parts[0])))
	case 2:
		return uint32(tagger.Mix3(saidTemplate, uint64(name), uint64(parts[0]), uint64(parts[1])))
	}
	var buf [8]uint64 // on the stack, as in Feature
	hs := append(buf[:0], uint64(name))
	for _, p := range parts {
		hs = append(hs, uint64(p))
	}
	return uint32(tagger.Mix(saidTemplate, hs...))
}

// saidTemplate keeps these keys apart from the other models' (see tagger.Mix).
const saidTemplate = 0x5a1d

// NewSaid is a model with these weights (see Quantize) and threshold.
func NewSaid(weights map[uint32]float32, threshold float32) *Said {
	return &Said{weights: weights, table: newWeightTable(weights), Threshold: threshold}
}

// Score is the model's log-odds that a stretch with features f was said.
func (m *Said) Score(f []uint32) float32 {
	var s float32
	for _, k := range f {
		s += m.table.get(k)
	}
	return s
}

// weightTable holds a model's weights by key in open addressing: a Go map
// of uint32 keys hashes each with a 128-bit multiply, which WebAssembly
// does not have (the keys are hashes already: a 32-bit multiply spreads
// them).
type weightTable struct {
	slots []weightSlot
	shift uint32
}

type weightSlot struct {
	key  uint32
	val  float32
	full bool
}

func newWeightTable(weights map[uint32]float32) weightTable {
	bits := uint32(4)
	for 1<<bits < 2*len(weights) {
		bits++
	}
	t := weightTable{slots: make([]weightSlot, 1<<bits), shift: 32 - bits}
	mask := uint32(len(t.slots) - 1)
	for k, v := range weights {
		s := (k * 0x9E3779B1) >> t.shift
		for t.slots[s].full {
			s = (s + 1) & mask
		}
		t.slots[s] = weightSlot{key: k, val: v, full: true}
	}
	return t
}

// get is the weight of key k, 0 if the model has none.
func (t *weightTable) get(k uint32) float32 {
	mask := uint32(len(t.slots) - 1)
	for s := (k * 0x9E3779B1) >> t.shift; ; s = (s + 1) & mask {
		sl := &t.slots[s]
		if !sl.full {
			return 0
		}
		if sl.key == k {
			return sl.val
		}
	}
}

// IsQuotation tells whether a stretch with features f is a quotation.
func (m *Said) IsQuotation(f []uint32) bool { return m.Score(f) >= m.Threshold }

const saidMagic = "whosaid-said-1\n"

// saidScale is the step of a stored weight (int16 multiples of it); training
// rounds weights the same way, so cross-validation measures the model as
// stored.
const saidScale = 1.0 / 512

// Quantize rounds a weight as the model stores it.
func Quantize(v float64) float32 { return tagger.QuantizeSparse(v, saidScale) }

// MarshalBinary writes the threshold, then each feature key (ascending, as
// the gap from the one before) with its weight: the same model gives the
// same bytes.
func (m *Said) MarshalBinary() ([]byte, error) {
	return tagger.MarshalSparse(saidMagic, m.Threshold, m.weights, saidScale), nil
}

var errBadSaid = errors.New("quotes: the quotation model is damaged")

// LoadSaid decodes a model MarshalBinary wrote.
func LoadSaid(data []byte) (*Said, error) {
	threshold, weights, ok := tagger.UnmarshalSparse(data, saidMagic, saidScale)
	if !ok {
		return nil, errBadSaid
	}
	return NewSaid(weights, threshold), nil
}

//go:embed model/said.bin
var saidBin []byte

var (
	embeddedOnce sync.Once
	embedded     *Said
	embeddedErr  error
)

// EmbeddedSaid is the model trained on all of PolNeAR train.
func EmbeddedSaid() (*Said, error) {
	embeddedOnce.Do(func() { embedded, embeddedErr = LoadSaid(saidBin) })
	return embedded, embeddedErr
}
