package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/extract/tagger"
)

// A model file is a tagger model followed by its label names: uvarint
// count, then per name a uvarint length and its bytes. The part-of-speech
// model's then has its Lexicon.

// AppendLabels writes label names after an encoded tagger model.
func AppendLabels(model []byte, names []string) []byte {
	model = binary.AppendUvarint(model, uint64(len(names)))
	for _, n := range names {
		model = binary.AppendUvarint(model, uint64(len(n)))
		model = append(model, n...)
	}
	return model
}

// Labelled is a tagger model with the names of its labels (and, for the
// part-of-speech tagger, its lexicon and tag dictionary).
type Labelled struct {
	Model   *tagger.Model
	Names   []string
	Lexicon *Lexicon
	TagDict *TagDict
}

// DecodePOS reads a part-of-speech model file: AppendLabels, then
// Lexicon.Append, then TagDict.Append (absent in files written before
// it: no dictionary).
func DecodePOS(b []byte) (Labelled, error) {
	l, rest, err := decodeLabelled(b, "part-of-speech")
	if err != nil {
		return Labelled{}, err
	}
	if l.Lexicon, rest, err = readLexicon(rest); err != nil {
		return Labelled{}, errors.New("syntax: part-of-speech model: corrupt lexicon")
	}
	if l.TagDict, err = readTagDict(rest, len(l.Names)); err != nil {
		return Labelled{}, errors.New("syntax: part-of-speech model: corrupt tag dictionary")
	}
	return l, nil
}

// DecodeLabelled reads a model file written with AppendLabels; what names
// the model in errors.
func DecodeLabelled(b []byte, what string) (Labelled, error) {
	l, rest, err := decodeLabelled(b, what)
	if err == nil && len(rest) != 0 {
		err = fmt.Errorf("syntax: %s model: corrupt label names", what)
	}
	return l, err
}

func decodeLabelled(b []byte, what string) (Labelled, []byte, error) {
	m, rest, err := tagger.Decode(b)
	if err != nil {
		return Labelled{}, nil, fmt.Errorf("syntax: %s model: %w", what, err)
	}
	bad := fmt.Errorf("syntax: %s model: corrupt label names", what)
	n, k := binary.Uvarint(rest)
	if k <= 0 || n != uint64(m.Labels()) {
		return Labelled{}, nil, bad
	}
	rest = rest[k:]
	names := make([]string, n)
	for i := range names {
		l, k := binary.Uvarint(rest)
		if k <= 0 || l > uint64(len(rest)-k) {
			return Labelled{}, nil, bad
		}
		names[i] = string(rest[k : k+int(l)])
		rest = rest[k+int(l):]
	}
	return Labelled{Model: m, Names: names}, rest, nil
}

// Models are the part-of-speech tagger and the chunker, read-only and safe
// for concurrent use.
type Models struct {
	pos, chunk Labelled
	kinds      []string // chunk kind per chunk label ("" for O)
	begins     []bool   // the label opens a chunk (B-, S-)
	bio        []string // the label as BIO, what Result.Labels gives
	trans      *tagger.Transitions
	// chunkBeam is the width of the chunker's beam (1: greedy), the
	// width it was trained with.
	chunkBeam int
	// chunkMerge makes the beam keep one sequence per last two labels
	// (what ChunkLabelFeatures reads).
	chunkMerge bool
	// chunkDict labels some tokens unscored (nil: none): the greedy
	// chunker reads all its rules; a beam, which compares its sequences'
	// whole scores, only those after any label (ChunkDict's outside tags).
	chunkDict *ChunkDict
}

// ChunkBeam is the beam width the embedded chunker was trained with, and
// decodes with (1: greedy). A beam of 2 lets the next word's evidence
// settle a chunk's start or end the greedy chunker had to guess:
// eng.train 5-fold CV chunk F1 0.9122 → 0.9219 (4: 0.9220, 8: 0.9224,
// each a wider beam costs more per token), and a third fewer bytes.
const ChunkBeam = 2

// ChunkBeamMerge is whether the embedded chunker's beam keeps one
// sequence per last two labels, as it was trained.
const ChunkBeamMerge = false

// SetChunkBeam makes parsers made after it decode chunks with a beam of
// width w (1: greedy), merging sequences that end in the same two labels
// if merge, for a chunker trained so; for the trainer, before any parser
// is made.
func (m *Models) SetChunkBeam(w int, merge bool) { m.chunkBeam, m.chunkMerge = max(1, w), merge }

// Decode reads the two model files trainsyntax writes (the chunker's
// ends with its ChunkDict, if it has one). Corrupt bytes give an error.
func Decode(pos, chunk []byte) (*Models, error) {
	p, err := DecodePOS(pos)
	if err != nil {
		return nil, err
	}
	c, rest, err := decodeLabelled(chunk, "chunk")
	if err != nil {
		return nil, err
	}
	dict, err := readChunkDict(rest, len(c.Names))
	if err != nil {
		return nil, errors.New("syntax: chunk model: corrupt chunk dictionary")
	}
	m := &Models{pos: p, chunk: c, chunkBeam: ChunkBeam, chunkMerge: ChunkBeamMerge, chunkDict: dict}
	for _, name := range c.Names {
		kind, begin, err := ParseChunkLabel(name)
		if err != nil {
			return nil, fmt.Errorf("syntax: chunk model: %w", err)
		}
		m.kinds = append(m.kinds, kind)
		m.begins = append(m.begins, begin)
		switch {
		case kind == "":
			m.bio = append(m.bio, "O")
		case begin:
			m.bio = append(m.bio, "B-"+kind)
		default:
			m.bio = append(m.bio, "I-"+kind)
		}
	}
	m.trans = ChunkTransitions(c.Names)
	if dict != nil {
		dict.index(len(c.Names), len(p.Names), m.trans.Allowed)
	}
	return m, nil
}

// ParseChunkLabel splits "B-NP" into its kind and whether it begins a
// chunk; "O" is outside any chunk. BIOES labels too: S- begins a one-token
// chunk, E- ends the chunk B- began.
func ParseChunkLabel(label string) (kind string, begin bool, err error) {
	if label == "O" {
		return "", false, nil
	}
	if len(label) > 2 && label[1] == '-' && strings.IndexByte("BIES", label[0]) >= 0 {
		return label[2:], label[0] == 'B' || label[0] == 'S', nil
	}
	return "", false, errors.New("chunk label " + label + " is not O, B-X, I-X, E-X or S-X")
}

// ChunkTransitions allows I-X (and E-X) only inside a chunk of kind X. In
// BIOES (labels named E- or S-), B-X and I-X must be followed by I-X or
// E-X, and E-X and S-X close their chunk.
func ChunkTransitions(names []string) *tagger.Transitions {
	bioes := false
	for _, n := range names {
		bioes = bioes || n[0] == 'E' || n[0] == 'S'
	}
	// open: the label leaves its chunk open, so the next must continue it.
	open := func(l int) bool { return bioes && (names[l][0] == 'B' || names[l][0] == 'I') }
	return tagger.NewTransitions(len(names), func(prev, l int) bool {
		kind, begin, _ := ParseChunkLabel(names[l])
		inside := kind != "" && !begin
		if prev < 0 {
			return !inside
		}
		pk, _, _ := ParseChunkLabel(names[prev])
		if open(prev) {
			return inside && pk == kind
		}
		if inside {
			return pk == kind && !bioes
		}
		return true
	})
}

// Tags are the part-of-speech tag names, in label order.
func (m *Models) Tags() []string { return m.pos.Names }

// ChunkLabels are the chunk label names (O, B-NP, I-NP …), in label order.
func (m *Models) ChunkLabels() []string { return m.chunk.Names }
