package tagger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
)

// The binary format, column by column so that brotli finds the repeats:
//
//	"WSTAG1\0\0", uvarint labels, uvarint features,
//	per feature (ascending key): uvarint key − previous key,
//	per feature: a scale code (scale = 2^(code/8 − 24)),
//	per feature: its number of non-zero weights,
//	per weight: its label, then per weight: its int8 value.
//
// Whatever follows is the caller's (the entity tagger appends its
// gazetteer): Decode returns it.
const magic = "WSTAG1\x00\x00"

// MaxLabels is the most labels a model may have.
const MaxLabels = 255

// Weights are one feature's averaged weights, the trainer's output.
type Weights struct {
	Key    uint32
	Labels []uint8
	Values []float64
}

func scaleOf(code uint8) float64 { return math.Exp2(float64(code)/8 - 24) }

// scaleCode is the smallest scale code that keeps big within ±127 steps
// (one scale per feature: one scale for all would round most weights to
// zero, since a few, like the bias, are large).
func scaleCode(big float64) uint8 {
	c := math.Ceil((math.Log2(big/127) + 24) * 8)
	if c < 0 {
		return 0
	}
	if c > 255 {
		return 255
	}
	code := uint8(c)
	for code < 255 && big/scaleOf(code) > 127.0000001 {
		code++ // rounding in Log2
	}
	return code
}

// Encode quantises weights to int8 with a scale per feature, drops weights
// smaller than minWeight (and features left with none) and writes the
// model. The same weights give the same bytes, in any order.
func Encode(labels int, ws []Weights, minWeight float64) []byte {
	if labels < 1 || labels > MaxLabels {
		panic(fmt.Sprintf("tagger: %d labels (1 to %d)", labels, MaxLabels))
	}
	type feature struct {
		key    uint32
		code   uint8
		labels []uint8
		values []int8
	}
	var kept []feature
	for _, w := range ws {
		big := 0.0
		for _, v := range w.Values {
			if math.Abs(v) >= minWeight {
				big = math.Max(big, math.Abs(v))
			}
		}
		if big == 0 || w.Key == 0 {
			continue
		}
		f := feature{key: w.Key, code: scaleCode(big)}
		scale := scaleOf(f.code)
		order := make([]int, len(w.Labels))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(a, b int) bool { return w.Labels[order[a]] < w.Labels[order[b]] })
		for _, i := range order {
			v := w.Values[i]
			if math.Abs(v) < minWeight || int(w.Labels[i]) >= labels {
				continue
			}
			q := math.Max(-127, math.Min(127, math.Round(v/scale)))
			if q != 0 {
				f.labels = append(f.labels, w.Labels[i])
				f.values = append(f.values, int8(q))
			}
		}
		if len(f.labels) > 0 {
			kept = append(kept, f)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].key < kept[j].key })
	for i := 1; i < len(kept); i++ {
		if kept[i].key == kept[i-1].key {
			panic(fmt.Sprintf("tagger: feature key %d given twice", kept[i].key))
		}
	}
	out := []byte(magic)
	out = binary.AppendUvarint(out, uint64(labels))
	out = binary.AppendUvarint(out, uint64(len(kept)))
	prev := uint32(0)
	for _, f := range kept {
		out = binary.AppendUvarint(out, uint64(f.key-prev))
		prev = f.key
	}
	for _, f := range kept {
		out = append(out, f.code)
	}
	for _, f := range kept {
		out = append(out, uint8(len(f.labels)))
	}
	for _, f := range kept {
		out = append(out, f.labels...)
	}
	for _, f := range kept {
		for _, v := range f.values {
			out = append(out, byte(v))
		}
	}
	return out
}

var errFormat = errors.New("tagger: not a whosaid tagger model")

// readKeys reads the keys of feats, as uvarint gaps from the one before
// (never 0, the total within 32 bits), counting them by bucket (key >>
// shift) into bucket[1:], and returns how many bytes they took. A loop of its own rather than binary.Uvarint per key: it is most
// of a model's loading, which the page waits for.
func readKeys(b []byte, feats []slot, bucket []uint32, shift uint32) (int, bool) {
	at, key := 0, uint64(0)
	for i := range feats {
		var d uint64
		if at+5 <= len(b) {
			// Unrolled over a five-byte window (no bounds check per
			// byte): a key's gap takes three bytes or so.
			w := b[at : at+5 : at+5]
			c := uint64(w[0])
			d, at = c&0x7f, at+1
			if c >= 0x80 {
				c = uint64(w[1])
				d, at = d|(c&0x7f)<<7, at+1
				if c >= 0x80 {
					c = uint64(w[2])
					d, at = d|(c&0x7f)<<14, at+1
					if c >= 0x80 {
						c = uint64(w[3])
						d, at = d|(c&0x7f)<<21, at+1
						if c >= 0x80 {
							d, at = d|uint64(w[4])<<28, at+1
						}
					}
				}
			}
		} else {
			v, n := binary.Uvarint(b[at:])
			if n <= 0 {
				return 0, false
			}
			d, at = v, at+n
		}
		key += d
		if d == 0 || key > math.MaxUint32 {
			return 0, false
		}
		feats[i].key = uint32(key)
		bucket[key>>shift+1]++
	}
	return at, true
}

// Decode reads a model written by Encode and returns it with the bytes that
// follow it. Truncated or malformed bytes give an error, never a panic (a
// weight's label or value changed is not seen: it only changes scores).
// The model reads b's weight labels in place: b must not change while the
// model is in use (an embedded file never does).
func Decode(b []byte) (*Model, []byte, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, nil, errFormat
	}
	b = b[len(magic):]
	next := func() (uint64, bool) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	labels, ok := next()
	if !ok || labels < 1 || labels > MaxLabels {
		return nil, nil, fmt.Errorf("%w (label count)", errFormat)
	}
	n, ok := next()
	// Each feature takes at least four bytes: key, scale, count, one weight.
	if !ok || n > uint64(len(b))/4 {
		return nil, nil, fmt.Errorf("%w (feature count)", errFormat)
	}
	feats := make([]slot, n)
	shift := bucketShift(len(feats))
	bucket := make([]uint32, 1<<(32-shift)+1)
	used, ok := readKeys(b, feats, bucket, shift)
	if !ok {
		return nil, nil, fmt.Errorf("%w (keys)", errFormat)
	}
	b = b[used:]
	if uint64(len(b)) < 2*n {
		return nil, nil, fmt.Errorf("%w (truncated)", errFormat)
	}
	codes, counts := b[:n], b[n:2*n]
	b = b[2*n:]
	total := 0
	for _, c := range counts {
		if c == 0 || uint64(c) > labels {
			return nil, nil, fmt.Errorf("%w (weights per feature)", errFormat)
		}
		total += int(c)
	}
	if len(b) < 2*total {
		return nil, nil, fmt.Errorf("%w (truncated weights)", errFormat)
	}
	ls, vs := b[:total], b[total:2*total]
	rest := b[2*total:]
	if total >= 1<<24 {
		return nil, nil, fmt.Errorf("%w (too many weights)", errFormat)
	}
	m := newModel(int(labels), feats, bucket, shift, codes, counts, ls, vs)
	if m == nil {
		return nil, nil, fmt.Errorf("%w (too many weights)", errFormat)
	}
	return m, rest, nil
}
