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

// saidTemplate keeps these keys apart from the other models' (see tagger.Mix).
const saidTemplate = 0x5a1d

// NewSaid is a model with these weights (see Quantize) and threshold.
func NewSaid(weights map[uint32]float32, threshold float32) *Said {
	return &Said{weights: weights, Threshold: threshold}
}

// Score is the model's log-odds that a stretch with features f was said.
func (m *Said) Score(f []uint32) float32 {
	var s float32
	for _, k := range f {
		s += m.weights[k]
	}
	return s
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
	return &Said{Threshold: threshold, weights: weights}, nil
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
