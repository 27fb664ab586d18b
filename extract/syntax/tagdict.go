package syntax

import (
	"encoding/binary"
	"errors"
	"sort"
)

// TagDict gives frequent unambiguous words their part-of-speech tag
// without scoring them (Honnibal's tag dictionary for the averaged
// perceptron): a word seen often in the tagger's training data, nearly
// always with one tag ("the" DT, "said" VBD), is that tag whatever its
// context says. Most of a news article's tokens are such words, and
// skipping their features and weights is a third of the tagger's time.
// Words are kept as 32-bit keys of the word as Normalize writes it, case
// kept ("May" is not "may").
type TagDict struct {
	keys  []uint32 // sorted
	tags  []uint8  // per key: the tag's label number
	index map[uint32]uint8
}

// NewTagDict builds a dictionary from word keys (LexiconKey) and their
// tags' label numbers.
func NewTagDict(tagOf map[uint32]uint8) *TagDict {
	d := &TagDict{index: tagOf}
	for k := range tagOf {
		d.keys = append(d.keys, k)
	}
	sort.Slice(d.keys, func(i, j int) bool { return d.keys[i] < d.keys[j] })
	for _, k := range d.keys {
		d.tags = append(d.tags, tagOf[k])
	}
	return d
}

// Len is the number of words the dictionary holds.
func (d *TagDict) Len() int {
	if d == nil {
		return 0
	}
	return len(d.keys)
}

// tag returns the tag of a word (as Normalize writes it) plus 1, or 0
// when the dictionary does not hold it.
func (d *TagDict) tag(w string) uint8 {
	if d == nil {
		return 0
	}
	if t, ok := d.index[LexiconKey(w)]; ok {
		return t + 1
	}
	return 0
}

// Append writes the dictionary: uvarint count, delta-coded keys, then a
// byte per key, its tag. A nil dictionary writes nothing: a model file
// without one ends after its Lexicon, as files written before it did.
func (d *TagDict) Append(b []byte) []byte {
	if d == nil || len(d.keys) == 0 {
		return b
	}
	b = binary.AppendUvarint(b, uint64(len(d.keys)))
	prev := uint32(0)
	for _, k := range d.keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
	}
	return append(b, d.tags...)
}

var errTagDict = errors.New("corrupt tag dictionary")

// readTagDict reads what Append wrote, all of b; no bytes give a nil
// dictionary. Tags must be below labels.
func readTagDict(b []byte, labels int) (*TagDict, error) {
	if len(b) == 0 {
		return nil, nil
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || n == 0 || n > uint64(len(b)) {
		return nil, errTagDict
	}
	b = b[k:]
	keys := make([]uint32, n)
	prev := uint64(0)
	for i := range keys {
		d, k := binary.Uvarint(b)
		if k <= 0 || d == 0 || prev+d > 1<<32-1 {
			return nil, errTagDict
		}
		prev += d
		keys[i] = uint32(prev)
		b = b[k:]
	}
	if uint64(len(b)) != n {
		return nil, errTagDict
	}
	tagOf := make(map[uint32]uint8, n)
	for i, key := range keys {
		if int(b[i]) >= labels {
			return nil, errTagDict
		}
		tagOf[key] = b[i]
	}
	return NewTagDict(tagOf), nil
}

// DictTag is the tag the dictionary gives token i, or -1 when it must be
// scored.
func (s *Sentence) DictTag(i int) int { return int(s.at(i).dict) - 1 }
