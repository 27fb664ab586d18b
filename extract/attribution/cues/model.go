package cues

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"
)

// Model is a trained cue detector.
type Model struct {
	// Threshold is the score above which a word heads a cue, chosen by
	// cross-validation.
	Threshold float32
	// vocab holds the words that headed a cue in training: only they are
	// scored.
	vocab   map[string]bool
	weights map[uint32]float32
	rules   bool
}

// Cues marks the tokens that head a cue. Sentences are given as token
// ranges [From, To).
func (m *Model) Cues(toks []Token, sents [][2]int) []bool {
	out := make([]bool, len(toks))
	var buf []uint64
	for _, s := range sents {
		for i := s[0]; i < s[1]; i++ {
			if m.rules {
				out[i] = !toks[i].InQuote && toks[i].Lexicon&LexReport != 0
				continue
			}
			if !m.scored(toks[i]) {
				continue
			}
			buf = features(toks, i, s[0], s[1], buf[:0])
			out[i] = m.score(buf) > m.Threshold
		}
	}
	return out
}

func (m *Model) scored(t Token) bool {
	return candidate(t) && m.vocab[t.Lower]
}

// Knows reports whether the model scores the word (in lower case): the
// caller needs the rules' verdicts (Token.Lexicon) only for these words and
// their neighbours.
func (m *Model) Knows(lower string) bool { return m.rules || m.vocab[lower] }

func (m *Model) score(feats []uint64) float32 {
	var s float32
	for _, f := range feats {
		s += m.weights[uint32(f)]
	}
	return s
}

const magic = "whosaid-cues-1\n"

// quantum is the step of the stored weights (int16).
const quantum = 1.0 / 256

// Marshal writes the model: the magic line, the threshold, the vocabulary
// (sorted) and the weights (sorted by feature hash, int16 steps of 1/256):
// the same model gives the same bytes.
func (m *Model) Marshal() []byte {
	out := []byte(magic)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Threshold))
	words := make([]string, 0, len(m.vocab))
	for w := range m.vocab {
		if len(w) < 256 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(words)))
	for _, w := range words {
		out = append(out, byte(len(w)))
		out = append(out, w...)
	}
	keys := make([]uint32, 0, len(m.weights))
	for k, w := range m.weights {
		if q := math.Round(float64(w) / quantum); q != 0 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
	for _, k := range keys {
		q := math.Max(math.MinInt16, math.Min(math.MaxInt16, math.Round(float64(m.weights[k])/quantum)))
		out = binary.LittleEndian.AppendUint32(out, k)
		out = binary.LittleEndian.AppendUint16(out, uint16(int16(q)))
	}
	return out
}

// ErrBadModel is returned for bytes that are not a cue model.
var ErrBadModel = errors.New("cues: not a cue model (or a truncated one)")

// Load reads a model written by Marshal.
func Load(data []byte) (*Model, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, ErrBadModel
	}
	r := reader{data: data[len(magic):]}
	m := &Model{Threshold: math.Float32frombits(r.u32()), vocab: map[string]bool{}}
	for n := r.u32(); n > 0 && r.ok(); n-- {
		l := int(r.u8())
		m.vocab[string(r.bytes(l))] = true
	}
	n := r.u32()
	if !r.ok() || uint64(n)*6 > uint64(len(r.data)) {
		return nil, ErrBadModel
	}
	m.weights = make(map[uint32]float32, n)
	for ; n > 0; n-- {
		k := r.u32()
		m.weights[k] = float32(int16(r.u16())) * quantum
	}
	if !r.ok() || len(r.data) != 0 {
		return nil, ErrBadModel
	}
	return m, nil
}

// reader reads little-endian numbers and remembers running short.
type reader struct {
	data  []byte
	short bool
}

func (r *reader) ok() bool { return !r.short }

func (r *reader) bytes(n int) []byte {
	if n > len(r.data) {
		r.short = true
		r.data = nil
		return nil
	}
	b := r.data[:n]
	r.data = r.data[n:]
	return b
}

func (r *reader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if b := r.bytes(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

// Rules is the detector that only repeats the hand-written rules' verdict
// (LexReport): the baseline the learned one is measured against.
func Rules() *Model { return &Model{rules: true} }

// Score is token i's score, and false when the token is not scored.
func (m *Model) Score(toks []Token, sents [][2]int, i int) (float32, bool) {
	for _, s := range sents {
		if i >= s[0] && i < s[1] && m.scored(toks[i]) {
			return m.score(features(toks, i, s[0], s[1], nil)), true
		}
	}
	return 0, false
}
