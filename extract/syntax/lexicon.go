package syntax

import (
	"encoding/binary"
	"errors"
	"sort"

	"github.com/whosaid/whosaid/extract/tagger"
)

// Lexicon gives a word's ambiguity class: the set of part-of-speech tags
// it had in the tagger's training data ("saw": VBD or NN), as the tagger
// that wrote CoNLL-2003's tags (MBT) read the words to the right of the one
// it tagged. A left-to-right tagger knows the tags on its left; the classes
// tell it what the next words can be. Words are kept as 32-bit hashes.
type Lexicon struct {
	keys    []uint32 // sorted
	classes []uint16 // per key
	index   map[uint32]uint16
}

// LexiconKey is the key a word is kept under (the word as Normalize
// writes it).
func LexiconKey(word string) uint32 { return tagger.Key(tagger.Hash(Normalize(word))) }

// NewLexicon builds a lexicon from keys and their class numbers.
func NewLexicon(classOf map[uint32]uint16) *Lexicon {
	l := &Lexicon{index: classOf}
	for k := range classOf {
		l.keys = append(l.keys, k)
	}
	sort.Slice(l.keys, func(i, j int) bool { return l.keys[i] < l.keys[j] })
	for _, k := range l.keys {
		l.classes = append(l.classes, classOf[k])
	}
	return l
}

// class returns the class number of a normalised word plus 2, or noClass.
func (l *Lexicon) class(w string) uint64 {
	if l == nil {
		return noClass
	}
	if c, ok := l.index[tagger.Key(tagger.Hash(w))]; ok {
		return uint64(c) + 2
	}
	return noClass
}

const noClass = 1

// Append writes the lexicon: uvarint count, delta-coded keys, then each
// key's class as uvarint. A nil lexicon writes a count of 0.
func (l *Lexicon) Append(b []byte) []byte {
	if l == nil {
		return binary.AppendUvarint(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(l.keys)))
	prev := uint32(0)
	for _, k := range l.keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
	}
	for _, c := range l.classes {
		b = binary.AppendUvarint(b, uint64(c))
	}
	return b
}

var errLexicon = errors.New("corrupt lexicon")

// readLexicon reads what Append wrote and returns the bytes after it; a
// count of 0 gives a nil lexicon.
func readLexicon(b []byte) (*Lexicon, []byte, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, nil, errLexicon
	}
	b = b[k:]
	if n == 0 {
		return nil, b, nil
	}
	keys := make([]uint32, n)
	prev := uint64(0)
	for i := range keys {
		d, k := binary.Uvarint(b)
		if k <= 0 || d == 0 || prev+d > 1<<32-1 {
			return nil, nil, errLexicon
		}
		prev += d
		keys[i] = uint32(prev)
		b = b[k:]
	}
	classOf := make(map[uint32]uint16, n)
	for _, key := range keys {
		c, k := binary.Uvarint(b)
		if k <= 0 || c > 1<<16-1 {
			return nil, nil, errLexicon
		}
		classOf[key] = uint16(c)
		b = b[k:]
	}
	return NewLexicon(classOf), b, nil
}
