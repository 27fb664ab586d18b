package cues

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"

	"github.com/whosaid/whosaid/extract/tagger"
)

// Model is a trained cue detector: the shared perceptron (extract/tagger)
// with two labels, a word heads a cue or not.
type Model struct {
	// Threshold is the margin (cue score minus no-cue score) above which a
	// word heads a cue, chosen by cross-validation.
	Threshold float32
	// vocab holds the words that headed a cue in training: only they are
	// scored.
	vocab map[string]bool
	// stems are the stems of the vocabulary's words (stem): a word that
	// shares one is scored too ("blames" after "blamed" headed a cue).
	stems map[string]bool
	tag   *tagger.Model
	rules bool
	// clusters: the detector reads the words' clusters (clusterFeatures).
	clusters bool
	// grammar: the detector reads the chunks around a word
	// (grammarFeatures).
	grammar bool
	// context: the detector reads the rules' cues around a word in its
	// sentence (contextFeatures).
	context bool
	// wordNet: the WordNet class features the detector reads
	// (Settings.WordNet); wordNetVocab: which words it scores for their
	// classes (Settings.WordNetVocab).
	wordNet, wordNetVocab int
	// contentWordNet: the content tagger written with the model reads
	// the cue's WordNet classes.
	contentWordNet bool
	// contentSummed: the content tagger written with the model decodes
	// the run of words whose margins sum highest (Settings.ContentSummed).
	contentSummed bool
	// content, when trained, finds what a cue introduces when the rules
	// find no clause.
	content *ContentModel
}

// ContentTagger is the content tagger trained with the detector, nil when
// none was.
func (m *Model) ContentTagger() *ContentModel { return m.content }

// The two labels.
const (
	notCue = iota
	isCue
)

// Cues marks the tokens that head a cue. Sentences are given as token
// ranges [From, To).
func (m *Model) Cues(toks []Token, sents [][2]int) []bool {
	out := make([]bool, len(toks))
	for i, x := range m.Margins(toks, sents) {
		out[i] = x > m.Threshold
	}
	return out
}

// Margins is each token's cue margin (cue score minus no-cue score); a
// token the model does not score gets -Inf (the rules' detector: +Inf
// where the rules take a cue).
func (m *Model) Margins(toks []Token, sents [][2]int) []float32 {
	out := make([]float32, len(toks))
	inf := float32(math.Inf(1))
	var buf []uint64
	for _, s := range sents {
		for i := s[0]; i < s[1]; i++ {
			out[i] = -inf
			if m.rules {
				if !toks[i].InQuote && toks[i].Lexicon&LexReport != 0 {
					out[i] = inf
				}
				continue
			}
			if !m.scored(&toks[i]) {
				continue
			}
			buf = features(toks, i, s[0], s[1], m.clusters, m.grammar, m.wordNet, m.context, buf[:0])
			out[i] = m.margin(buf)
		}
	}
	return out
}

func (m *Model) scored(t *Token) bool {
	if t.Known == KnownNo && !m.rules {
		return false // most words: known already, so no need to look at them
	}
	if !candidate(t) {
		return false
	}
	if t.Known != 0 && !m.rules { // m.Knows is m.known then, asked already
		return t.Known == KnownYes
	}
	return m.known(t.Lower)
}

// known reports whether the detector scores the word: it headed a cue in
// training, shares a stem with one, or (WordNetVocab) is a word of speech.
func (m *Model) known(lower string) bool {
	return m.vocab[lower] || m.stems[stem(lower)] || m.wordNetVocab > 0 && speechWord(wordClasses(lower), m.wordNetVocab)
}

// withStems fills the stems of the model's vocabulary.
func (m *Model) withStems() {
	m.stems = map[string]bool{}
	for w := range m.vocab {
		m.stems[stem(w)] = true
	}
	delete(m.stems, "")
}

// Knows reports whether the model scores the word (in lower case): the
// caller needs the rules' verdicts (Token.Lexicon) only for these words and
// their neighbours.
func (m *Model) Knows(lower string) bool {
	return m.rules || m.known(lower)
}

func (m *Model) margin(feats []uint64) float32 {
	var s [2]float32
	m.tag.Score(feats, s[:])
	return s[isCue] - s[notCue]
}

// Score is token i's margin, and false when the token is not scored.
func (m *Model) Score(toks []Token, sents [][2]int, i int) (float32, bool) {
	for _, s := range sents {
		if i >= s[0] && i < s[1] && !m.rules && m.scored(&toks[i]) {
			return m.margin(features(toks, i, s[0], s[1], m.clusters, m.grammar, m.wordNet, m.context, nil)), true
		}
	}
	return 0, false
}

// Rules is the detector that only repeats the hand-written rules' verdict
// (LexReport): the baseline the learned one is measured against.
func Rules() *Model { return &Model{rules: true} }

const magic = "whosaid-cues-4\n"

// magicOneFlags marks a model written before the second flags byte.
const magicOneFlags = "whosaid-cues-3\n"

// magicNoFlags marks a model written before the flags byte: one that does
// not read the clusters.
const magicNoFlags = "whosaid-cues-2\n"

// Marshal writes the model: the magic line, the threshold, whether it reads
// the clusters and the chunks (a byte of flags), the rules' cues around a
// word (a second byte, in a model that reads them), the vocabulary
// (sorted), then the perceptron in the shared tagger's format, then the
// content tagger's when there is one: the same model gives the same bytes.
func (m *Model) Marshal(weights, content []byte) []byte {
	head := magicOneFlags // a model that needs no second flags byte is written as before
	if m.context || m.contentSummed {
		head = magic
	}
	out := []byte(head)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Threshold))
	var flags byte
	if m.clusters {
		flags |= flagClusters
	}
	if m.grammar {
		flags |= flagGrammar
	}
	flags |= byte(m.wordNet) << wordNetShift
	flags |= byte(m.wordNetVocab) << wordNetVocabShift
	if m.contentWordNet {
		flags |= flagContentWordNet
	}
	out = append(out, flags)
	if m.context || m.contentSummed {
		var second byte
		if m.context {
			second |= flagContext
		}
		if m.contentSummed {
			second |= flagContentSummed
		}
		out = append(out, second)
	}
	words := make([]string, 0, len(m.vocab))
	for w := range m.vocab {
		if len(w) < 256 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	out = binary.AppendUvarint(out, uint64(len(words)))
	for _, w := range words {
		out = append(out, byte(len(w)))
		out = append(out, w...)
	}
	out = append(out, weights...)
	return append(out, content...)
}

// The flags byte: a model that reads the word clusters, the chunks.
// Bits 2-4 hold the WordNet features (Settings.WordNet), 5-6 the WordNet
// vocabulary's level (Settings.WordNetVocab).
const (
	flagClusters      = 1
	flagGrammar       = 2
	wordNetShift      = 2
	wordNetVocabShift = 5
	// flagContentWordNet: the content tagger reads the cue's WordNet
	// classes.
	flagContentWordNet = 0x80
)

// The second flags byte: a model that reads the rules' cues around a word;
// one whose content tagger decodes by summed margins.
const (
	flagContext       = 1
	flagContentSummed = 2
)

// ErrBadModel is returned for bytes that are not a cue model.
var ErrBadModel = errors.New("cues: not a cue model (or a truncated one)")

// Load reads a model written by Marshal.
func Load(data []byte) (*Model, error) {
	head := string(data[:min(len(data), len(magic))])
	if len(data) < len(magic)+5 || head != magic && head != magicOneFlags && head != magicNoFlags {
		return nil, ErrBadModel
	}
	b := data[len(magic):]
	var flags byte
	m := &Model{Threshold: math.Float32frombits(binary.LittleEndian.Uint32(b)), vocab: map[string]bool{}}
	b = b[4:]
	if head != magicNoFlags {
		m.clusters = b[0]&flagClusters != 0
		m.grammar = b[0]&flagGrammar != 0
		m.wordNet = int(b[0]>>wordNetShift) & 7
		m.wordNetVocab = int(b[0]>>wordNetVocabShift) & 3
		flags = b[0]
		b = b[1:]
	}
	if head == magic {
		if len(b) < 1 || b[0]&^(flagContext|flagContentSummed) != 0 {
			return nil, ErrBadModel
		}
		m.context = b[0]&flagContext != 0
		m.contentSummed = b[0]&flagContentSummed != 0
		b = b[1:]
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, ErrBadModel
	}
	b = b[k:]
	for ; n > 0; n-- {
		if len(b) < 1 || len(b) < 1+int(b[0]) {
			return nil, ErrBadModel
		}
		m.vocab[string(b[1:1+int(b[0])])] = true
		b = b[1+int(b[0]):]
	}
	if (m.wordNet != 0 || m.wordNetVocab != 0 || flags&flagContentWordNet != 0) && len(wordClassData) == 0 {
		return nil, errNoWordClasses
	}
	tag, rest, err := tagger.Decode(b)
	if err != nil || tag.Labels() != 2 {
		return nil, ErrBadModel
	}
	m.tag = tag
	m.withStems()
	if len(rest) > 0 {
		if len(rest) < 4 {
			return nil, ErrBadModel
		}
		th := math.Float32frombits(binary.LittleEndian.Uint32(rest))
		c, rest, err := tagger.Decode(rest[4:])
		if err != nil || len(rest) != 0 || c.Labels() != 2 {
			return nil, ErrBadModel
		}
		m.contentWordNet = flags&flagContentWordNet != 0
		m.content = &ContentModel{tag: c, Threshold: th, wordNet: m.contentWordNet, summed: m.contentSummed}
	}
	return m, nil
}

// WithoutContent is the same detector without its content tagger (what the
// tagger adds is measured against it).
func (m *Model) WithoutContent() *Model {
	c := *m
	c.content = nil
	return &c
}
