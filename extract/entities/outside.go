package entities

import (
	"encoding/binary"
	"errors"
	"sort"

	"github.com/whosaid/whosaid/extract/tagger"
)

// outsideWords are words that are (almost) never part of a name: written
// in lower case (or without letters), and seen often in the tagger's
// training data and (nearly) never inside an entity there ("the", "said",
// ","). After a word that closes or stands outside a name, such a word is
// left outside without scoring it (most of an article's words are): the
// tagger would leave it there too, and later words read only its label.
// Kept as 32-bit keys of the exact word (tokenHashes.exact).
type outsideWords map[uint32]struct{}

// has says whether t is one of the words.
func (o outsideWords) has(t *tokenHashes) bool {
	if len(o) == 0 || t.capitalized {
		return false
	}
	_, ok := o[tagger.Key(t.exact)]
	return ok
}

// skip says whether token t after label prev gets O unscored.
func (o outsideWords) skip(t *tokenHashes, prev int) bool { return !isOpen(prev) && o.has(t) }

// appendOutside writes the words: uvarint count, then the keys ascending,
// delta-coded as uvarints.
func appendOutside(b []byte, o outsideWords) []byte {
	keys := make([]uint32, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	b = binary.AppendUvarint(b, uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
	}
	return b
}

var errOutside = errors.New("entities: corrupt list of words outside names")

// readOutside reads what appendOutside wrote (all of b); no bytes: none.
func readOutside(b []byte) (outsideWords, error) {
	if len(b) == 0 {
		return nil, nil
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, errOutside
	}
	b = b[k:]
	o := make(outsideWords, n)
	prev := uint64(0)
	for range n {
		d, k := binary.Uvarint(b)
		if k <= 0 || d == 0 || prev+d > 1<<32-1 {
			return nil, errOutside
		}
		prev += d
		o[uint32(prev)] = struct{}{}
		b = b[k:]
	}
	if len(b) != 0 {
		return nil, errOutside
	}
	return o, nil
}
