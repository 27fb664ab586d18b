package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/whosaid/whosaid/extract/tagger"
)

// A model file is a tagger model followed by its label names: uvarint
// count, then per name a uvarint length and its bytes.

// AppendLabels writes label names after an encoded tagger model.
func AppendLabels(model []byte, names []string) []byte {
	model = binary.AppendUvarint(model, uint64(len(names)))
	for _, n := range names {
		model = binary.AppendUvarint(model, uint64(len(n)))
		model = append(model, n...)
	}
	return model
}

// Labelled is a tagger model with the names of its labels.
type Labelled struct {
	Model *tagger.Model
	Names []string
}

// DecodeLabelled reads a model file written with AppendLabels; what names
// the model in errors.
func DecodeLabelled(b []byte, what string) (Labelled, error) {
	m, rest, err := tagger.Decode(b)
	if err != nil {
		return Labelled{}, fmt.Errorf("syntax: %s model: %w", what, err)
	}
	bad := fmt.Errorf("syntax: %s model: corrupt label names", what)
	n, k := binary.Uvarint(rest)
	if k <= 0 || n != uint64(m.Labels()) {
		return Labelled{}, bad
	}
	rest = rest[k:]
	names := make([]string, n)
	for i := range names {
		l, k := binary.Uvarint(rest)
		if k <= 0 || l > uint64(len(rest)-k) {
			return Labelled{}, bad
		}
		names[i] = string(rest[k : k+int(l)])
		rest = rest[k+int(l):]
	}
	if len(rest) != 0 {
		return Labelled{}, bad
	}
	return Labelled{m, names}, nil
}

// Models are the part-of-speech tagger and the chunker, read-only and safe
// for concurrent use.
type Models struct {
	pos, chunk Labelled
	kinds      []string // chunk kind per chunk label ("" for O)
	begins     []bool   // the label opens a chunk (B-)
	trans      *tagger.Transitions
}

// Decode reads the two model files trainsyntax writes. Corrupt bytes give
// an error.
func Decode(pos, chunk []byte) (*Models, error) {
	p, err := DecodeLabelled(pos, "part-of-speech")
	if err != nil {
		return nil, err
	}
	c, err := DecodeLabelled(chunk, "chunk")
	if err != nil {
		return nil, err
	}
	m := &Models{pos: p, chunk: c}
	for _, name := range c.Names {
		kind, begin, err := ParseChunkLabel(name)
		if err != nil {
			return nil, fmt.Errorf("syntax: chunk model: %w", err)
		}
		m.kinds = append(m.kinds, kind)
		m.begins = append(m.begins, begin)
	}
	m.trans = ChunkTransitions(c.Names)
	return m, nil
}

// ParseChunkLabel splits "B-NP" into its kind and whether it begins a
// chunk; "O" is outside any chunk.
func ParseChunkLabel(label string) (kind string, begin bool, err error) {
	if label == "O" {
		return "", false, nil
	}
	if len(label) > 2 && label[1] == '-' && (label[0] == 'B' || label[0] == 'I') {
		return label[2:], label[0] == 'B', nil
	}
	return "", false, errors.New("chunk label " + label + " is not O, B-X or I-X")
}

// ChunkTransitions allows I-X only after B-X or I-X (BIO).
func ChunkTransitions(names []string) *tagger.Transitions {
	return tagger.NewTransitions(len(names), func(prev, l int) bool {
		kind, begin, _ := ParseChunkLabel(names[l])
		if kind == "" || begin {
			return true
		}
		if prev < 0 {
			return false
		}
		pk, _, _ := ParseChunkLabel(names[prev])
		return pk == kind
	})
}

// Tags are the part-of-speech tag names, in label order.
func (m *Models) Tags() []string { return m.pos.Names }

// ChunkLabels are the chunk label names (O, B-NP, I-NP …), in label order.
func (m *Models) ChunkLabels() []string { return m.chunk.Names }
