package quotes

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"sort"
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
	hs := make([]uint64, len(parts))
	for i, p := range parts {
		hs[i] = tagger.Hash(p)
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
func Quantize(v float64) float32 {
	q := math.Round(v / saidScale)
	q = max(math.MinInt16, min(math.MaxInt16, q))
	return float32(q * saidScale)
}

// MarshalBinary writes the threshold, then each feature key (ascending, as
// the gap from the one before) with its weight: the same model gives the
// same bytes.
func (m *Said) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(saidMagic)
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(m.Threshold)))
	keys := make([]uint32, 0, len(m.weights))
	for k, w := range m.weights {
		if w != 0 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	b.Write(binary.AppendUvarint(nil, uint64(len(keys))))
	last := uint32(0)
	for _, k := range keys {
		b.Write(binary.AppendUvarint(nil, uint64(k-last)))
		last = k
		b.Write(binary.LittleEndian.AppendUint16(nil, uint16(int16(math.Round(float64(m.weights[k])/saidScale)))))
	}
	return b.Bytes(), nil
}

var errBadSaid = errors.New("quotes: the quotation model is damaged")

// LoadSaid decodes a model MarshalBinary wrote.
func LoadSaid(data []byte) (*Said, error) {
	if !bytes.HasPrefix(data, []byte(saidMagic)) || len(data) < len(saidMagic)+4 {
		return nil, errBadSaid
	}
	data = data[len(saidMagic):]
	m := &Said{Threshold: math.Float32frombits(binary.LittleEndian.Uint32(data)), weights: map[uint32]float32{}}
	r := bytes.NewReader(data[4:])
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(r.Len()) {
		return nil, errBadSaid
	}
	last := uint64(0)
	var wb [2]byte
	for ; n > 0; n-- {
		d, err := binary.ReadUvarint(r)
		if err != nil || last+d > math.MaxUint32 {
			return nil, errBadSaid
		}
		last += d
		if _, err := io.ReadFull(r, wb[:]); err != nil {
			return nil, errBadSaid
		}
		m.weights[uint32(last)] = float32(int16(binary.LittleEndian.Uint16(wb[:]))) * saidScale
	}
	if r.Len() != 0 {
		return nil, errBadSaid
	}
	return m, nil
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
