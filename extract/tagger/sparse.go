package tagger

import (
	"bytes"
	"encoding/binary"
	"math"
	"sort"
)

// The file form of a two-class linear model over hashed features (the
// quotation model, the speech classifier): a magic string, the decision
// threshold, then the non-zero weights by ascending feature hash, each as
// the gap from the one before and an int16 count of scale steps, so the
// same model gives the same bytes.

// QuantizeSparse rounds a weight to the int16 step of scale it is stored
// as (clamped to int16), so training can measure the model as stored.
func QuantizeSparse(v, scale float64) float32 {
	q := math.Round(v / scale)
	q = max(math.MinInt16, min(math.MaxInt16, q))
	return float32(q * scale)
}

// MarshalSparse writes weights and threshold after magic.
func MarshalSparse(magic string, threshold float32, weights map[uint32]float32, scale float64) []byte {
	var b bytes.Buffer
	b.WriteString(magic)
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(threshold)))
	keys := make([]uint32, 0, len(weights))
	for k, w := range weights {
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
		b.Write(binary.LittleEndian.AppendUint16(nil, uint16(int16(math.Round(float64(weights[k])/scale)))))
	}
	return b.Bytes()
}

// UnmarshalSparse reads what MarshalSparse wrote; ok is false when data
// does not start with magic or is cut or damaged.
func UnmarshalSparse(data []byte, magic string, scale float64) (threshold float32, weights map[uint32]float32, ok bool) {
	if !bytes.HasPrefix(data, []byte(magic)) || len(data) < len(magic)+4 {
		return 0, nil, false
	}
	data = data[len(magic):]
	threshold = math.Float32frombits(binary.LittleEndian.Uint32(data))
	data = data[4:]
	n, k := binary.Uvarint(data)
	if k <= 0 || n > uint64(len(data)) {
		return 0, nil, false
	}
	data = data[k:]
	weights = make(map[uint32]float32, n)
	last := uint64(0)
	for ; n > 0; n-- {
		d, k := binary.Uvarint(data)
		if k <= 0 || last+d > math.MaxUint32 || len(data) < k+2 {
			return 0, nil, false
		}
		last += d
		weights[uint32(last)] = float32(float64(int16(binary.LittleEndian.Uint16(data[k:]))) * scale)
		data = data[k+2:]
	}
	return threshold, weights, len(data) == 0
}
