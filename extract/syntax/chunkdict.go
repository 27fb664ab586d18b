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
//
// Its rules after AnyLabel name the tags outside every chunk whatever
// comes before ("." and quotation marks): the beam chunker, which reads no
// other rule, leaves their tokens O unscored (tagger.BeamFeatures.Skip).
type ChunkDict struct {
	entries []ChunkRule // sorted by prev, tag
	// table[(prev+1)·tags + tag] is the label plus 1 (0: score it),
	// made by Decode, which knows the number of tags.
	table []uint8
	tags  int
	// outside[tag] says a rule after AnyLabel gives the tag O (label 0),
	// made by index.
	outside []bool
}

// ChunkRule says that after the label Prev (-1: the sentence's start;
// AnyLabel: whatever comes before) a token tagged Tag is labelled Label.
type ChunkRule struct {
	Prev       int
	Tag, Label uint8
}

// AnyLabel is a ChunkRule's Prev for a rule whatever the label before.
const AnyLabel = -2

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
	d.outside = make([]bool, tags)
	for _, r := range d.entries {
		if r.Prev == AnyLabel || r.Prev >= labels || int(r.Tag) >= tags || int(r.Label) >= labels {
			continue
		}
		if allowed(r.Prev, int(r.Label)) {
			d.table[(r.Prev+1)*tags+int(r.Tag)] = r.Label + 1
		}
	}
	// Rules after any label: where no rule of its own says otherwise,
	// and only for a label that may follow every label.
	for _, r := range d.entries {
		if r.Prev != AnyLabel || int(r.Tag) >= tags || int(r.Label) >= labels {
			continue
		}
		every := true
		for prev := -1; prev < labels; prev++ {
			every = every && allowed(prev, int(r.Label))
		}
		if !every {
			continue
		}
		for prev := -1; prev < labels; prev++ {
			if k := (prev+1)*tags + int(r.Tag); d.table[k] == 0 {
				d.table[k] = r.Label + 1
			}
		}
		d.outside[r.Tag] = r.Label == 0
	}
}

// outsideTag reports whether a rule after AnyLabel gives tag O.
func (d *ChunkDict) outsideTag(tag int) bool {
	return d != nil && tag < len(d.outside) && d.outside[tag]
}

// hasOutside reports whether any tag is outside whatever comes before.
func (d *ChunkDict) hasOutside() bool {
	if d == nil {
		return false
	}
	for _, o := range d.outside {
		if o {
			return true
		}
	}
	return false
}

// label is the label of a token tagged tag after prev, or -1: score it.
func (d *ChunkDict) label(prev, tag int) int {
	if d == nil || tag >= d.tags {
		return -1
	}
	return int(d.table[(prev+1)*d.tags+tag]) - 1
}

// Append writes the dictionary: uvarint count, then per rule three
// bytes: prev+1 (255 for AnyLabel), tag, label. A nil or empty dictionary writes nothing:
// the chunker's file then ends after its label names, as before.
func (d *ChunkDict) Append(b []byte) []byte {
	if d.Len() == 0 {
		return b
	}
	b = binary.AppendUvarint(b, uint64(len(d.entries)))
	for _, r := range d.entries {
		prev := uint8(r.Prev + 1)
		if r.Prev == AnyLabel {
			prev = anyLabelByte
		}
		b = append(b, prev, r.Tag, r.Label)
	}
	return b
}

// anyLabelByte is AnyLabel's prev byte in a written dictionary.
const anyLabelByte = 255

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
		if b[3*i] == anyLabelByte {
			r.Prev = AnyLabel
		}
		if r.Prev >= labels || int(r.Label) >= labels {
			return nil, errChunkDict
		}
		rules[i] = r
	}
	return NewChunkDict(rules), nil
}
