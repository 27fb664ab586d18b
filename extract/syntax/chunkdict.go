package syntax

import (
	"encoding/binary"
	"errors"
	"sort"
)

// ChunkDict gives a token its chunk label without scoring it when the
// label before it and its part-of-speech tag all but decide it in the
// chunker's training data (after O a DT opens a noun phrase, a "." is
// outside every chunk): the chunk analogue of the TagDict.
type ChunkDict struct {
	entries []ChunkRule // sorted by prev, tag
	// table[(prev+1)·tags + tag] is the label plus 1 (0: score it),
	// made by Decode, which knows the number of tags.
	table []uint8
	tags  int
}

// ChunkRule says that after the label Prev (-1: the sentence's start) a
// token tagged Tag is labelled Label.
type ChunkRule struct {
	Prev       int
	Tag, Label uint8
}

// NewChunkDict builds a dictionary from its rules.
func NewChunkDict(rules []ChunkRule) *ChunkDict {
	d := &ChunkDict{entries: append([]ChunkRule(nil), rules...)}
	sort.Slice(d.entries, func(i, j int) bool {
		a, b := d.entries[i], d.entries[j]
		return a.Prev < b.Prev || a.Prev == b.Prev && a.Tag < b.Tag
	})
	return d
}

// Len is the number of rules.
func (d *ChunkDict) Len() int {
	if d == nil {
		return 0
	}
	return len(d.entries)
}

// index makes the table of a chunker with labels labels after a tagger
// with tags tags, keeping the rules whose labels may follow their prev
// (t).
func (d *ChunkDict) index(labels, tags int, allowed func(prev, label int) bool) {
	d.tags = tags
	d.table = make([]uint8, (labels+1)*tags)
	for _, r := range d.entries {
		if r.Prev < labels && int(r.Tag) < tags && int(r.Label) < labels && allowed(r.Prev, int(r.Label)) {
			d.table[(r.Prev+1)*tags+int(r.Tag)] = r.Label + 1
		}
	}
}

// label is the label of a token tagged tag after prev, or -1: score it.
func (d *ChunkDict) label(prev, tag int) int {
	if d == nil || tag >= d.tags {
		return -1
	}
	return int(d.table[(prev+1)*d.tags+tag]) - 1
}

// Append writes the dictionary: uvarint count, then per rule three
// bytes: prev+1, tag, label. A nil or empty dictionary writes nothing:
// the chunker's file then ends after its label names, as before.
func (d *ChunkDict) Append(b []byte) []byte {
	if d.Len() == 0 {
		return b
	}
	b = binary.AppendUvarint(b, uint64(len(d.entries)))
	for _, r := range d.entries {
		b = append(b, uint8(r.Prev+1), r.Tag, r.Label)
	}
	return b
}

var errChunkDict = errors.New("corrupt chunk dictionary")

// readChunkDict reads what Append wrote, all of b (labels: the chunker's);
// no bytes give a nil dictionary.
func readChunkDict(b []byte, labels int) (*ChunkDict, error) {
	if len(b) == 0 {
		return nil, nil
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || n == 0 || uint64(len(b)-k) != 3*n {
		return nil, errChunkDict
	}
	b = b[k:]
	rules := make([]ChunkRule, n)
	for i := range rules {
		r := ChunkRule{Prev: int(b[3*i]) - 1, Tag: b[3*i+1], Label: b[3*i+2]}
		if r.Prev >= labels || int(r.Label) >= labels {
			return nil, errChunkDict
		}
		rules[i] = r
	}
	return NewChunkDict(rules), nil
}
