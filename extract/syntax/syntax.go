// Package syntax gives every token a part-of-speech tag (Penn Treebank, as
// CoNLL-2003 writes them) and groups tokens into phrase chunks (NP, VP, PP,
// ADJP, ADVP, SBAR, PRT …): two averaged perceptrons of package tagger
// trained on the POS and chunk columns of CoNLL-2003 eng.train by
// extract/cmd/trainsyntax. Later stages read them as features (who speaks
// is usually a noun phrase before or after a verb of speech).
package syntax

import (
	"github.com/whosaid/whosaid/extract/entities/clusters"
	"github.com/whosaid/whosaid/extract/tagger"
)

// Chunk is a phrase: tokens [From, To) of the sentence, of a kind ("NP").
type Chunk struct {
	Kind     string
	From, To int
}

// Result is the grammar of a sentence's or a whole text's tokens (token
// numbers are the sentence's or the text's).
type Result struct {
	// Tags is the part-of-speech tag of each token ("NNP", "VBD" …).
	Tags []string
	// Labels is each token's chunk label in BIO ("B-NP", "I-NP", "O"),
	// whatever labels the chunker was trained on.
	Labels []string
	// Chunks are the phrases, in order; tokens labelled O are in none.
	// No chunk crosses a sentence.
	Chunks []Chunk
}

// ChunkAt returns the chunk that holds token i, if any (a binary search).
func (r *Result) ChunkAt(i int) (Chunk, bool) {
	lo, hi := 0, len(r.Chunks)
	for lo < hi {
		mid := (lo + hi) / 2
		if r.Chunks[mid].To <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(r.Chunks) && r.Chunks[lo].From <= i {
		return r.Chunks[lo], true
	}
	return Chunk{}, false
}

// Parser tags and chunks sentences, reusing its buffers; it is not safe for
// concurrent use (the Models it reads are).
type Parser struct {
	m        *Models
	s        Sentence
	posDec   *tagger.Decoder
	chunkDec *tagger.Decoder
	// chunkBeam decodes chunks when the models ask for a beam wider
	// than 1 (nil: greedy, chunkDec), with beamFeat.
	chunkBeam *tagger.Beam
	beamFeat  tagger.BeamFeatures
	tags      []int
	labels    []int
	chunkFeat tagger.FeatureFunc
	// unscored counts the tags and chunk labels the dictionaries gave
	// (but for the chunk beam's skips, which it counts: Unscored).
	unscored [2]int
}

// Unscored is how many tags and chunk labels the parser has given from
// its dictionaries, without scoring (to measure them).
func (p *Parser) Unscored() (tags, chunks int) {
	chunks = p.unscored[1]
	if p.chunkBeam != nil {
		chunks += p.chunkBeam.Skipped()
	}
	return p.unscored[0], chunks
}

// chunkWordFeatures is how many of the features ChunkFeatures starts with
// depend on the word and the tags beside it alone: a parser remembers their
// sums (only a speed setting: the labels are the same whatever it is).
const chunkWordFeatures = 16

// NewParser returns a parser of m.
func NewParser(m *Models) *Parser {
	p := &Parser{
		m:        m,
		posDec:   tagger.NewDecoder(m.pos.Model, nil),
		chunkDec: tagger.NewDecoder(m.chunk.Model, m.trans),
	}
	p.chunkDec.RememberPrefix(chunkWordFeatures)
	if m.chunkBeam > 1 {
		p.chunkBeam = tagger.NewBeam(m.chunk.Model, m.trans, m.chunkBeam)
		p.beamFeat = tagger.BeamFeatures{
			Static: func(i int, f []uint64) []uint64 {
				return p.s.ChunkStaticFeatures(i, p.tags, f)
			},
			Prefix: chunkWordFeatures,
			Order:  mergeOrder(m.chunkMerge),
			Labelled: func(i int, labels []int, f []uint64) []uint64 {
				return p.s.ChunkLabelFeatures(i, p.tags, labels, f)
			},
			Reads: ChunkLabelOrder,
			Key: func(i int) tagger.WordKey {
				return p.s.chunkWordKey(i, p.tags)
			},
			Rest: func(i int, f []uint64) []uint64 {
				return p.s.chunkRestFeatures(i, p.tags, f)
			},
			Parent:       func(i int) tagger.WordKey { return chunkTagKey(i, p.tags) },
			ParentPrefix: chunkTagFeatures,
		}
		if m.chunkDict.hasOutside() {
			// A token whose tag is outside every chunk in the
			// chunker's training data ("." and quotation marks)
			// is O unscored (O may follow any label).
			// (The beam counts those it skips: Unscored.)
			p.beamFeat.Skip = func(i int) bool { return m.chunkDict.outsideTag(p.tags[i]) }
		}
	}
	p.s.Clusters = clusters.Default()
	p.s.Lexicon = m.pos.Lexicon
	p.s.TagDict = m.pos.TagDict
	p.s.RememberWords()
	// Made once: a closure per sentence would allocate.
	p.chunkFeat = func(i int, labels []int, f []uint64) []uint64 {
		return p.s.ChunkFeatures(i, p.tags, labels, f)
	}
	return p
}

// Label tags and chunks words, returning tag and chunk label numbers (valid
// until the next call); Parse names them.
func (p *Parser) Label(words []string) (tags, labels []int) {
	p.s.Reset(words)
	p.tagPOS()
	p.chunk(len(words))
	return p.tags, p.labels
}

// tagPOS tags the sentence p.s holds into p.tags. A word the tag
// dictionary holds is given its tag unscored. The sums of the features
// a token starts with, which depend on its word and the tag before it
// (POSWordFeatures), are remembered by the word's number and the tag
// (posWordKey): an article repeats its words, and a token remembered so
// makes only its other features.
func (p *Parser) tagPOS() {
	p.tags = p.tags[:0]
	for i := range p.s.Len() {
		if t := p.s.DictTag(i); t >= 0 {
			p.tags = append(p.tags, t)
			p.unscored[0]++
			continue
		}
		prev := prevTag(p.tags)
		key := p.s.posWordKey(i, labelAt(p.tags, i-1))
		var t int
		if p.posDec.Recall(key) {
			t = p.posDec.NextRecalled(p.s.posRestFeatures(i, p.tags, p.posDec.Buffer()), prev)
		} else {
			f := p.s.POSFeatures(i, p.tags, p.posDec.Buffer())
			t = p.posDec.NextRememberFrom(key, f, p.s.POSWordFeatures(i), p.s.posWordOnlyKey(i), posWordOnly, prev)
		}
		p.tags = append(p.tags, t)
	}
}

// chunk labels the n words p.s holds, tagged p.tags, into p.labels; with
// a greedy chunker, a token the chunk dictionary decides is labelled
// unscored.
func (p *Parser) chunk(n int) {
	if p.chunkBeam != nil {
		p.labels = p.chunkBeam.Tag(n, p.beamFeat, p.labels)
		return
	}
	p.labels = p.labels[:0]
	for i := range n {
		prev := prevTag(p.labels)
		l := p.m.chunkDict.label(prev, p.tags[i])
		if l < 0 {
			l = p.chunkDec.Next(p.chunkFeat(i, p.labels, p.chunkDec.Buffer()), prev)
		} else {
			p.unscored[1]++
		}
		p.labels = append(p.labels, l)
	}
}

// ChunkTagged chunks words whose part-of-speech tags (label numbers of
// Models.Tags) are known, returning chunk label numbers (valid until the
// next call).
func (p *Parser) ChunkTagged(words []string, tags []int) []int {
	p.s.Reset(words)
	p.tags = append(p.tags[:0], tags...)
	p.chunk(len(words))
	return p.labels
}

// Parse tags and chunks one sentence's words into r, reusing its slices.
func (p *Parser) Parse(words []string, r *Result) {
	r.Tags, r.Labels, r.Chunks = r.Tags[:0], r.Labels[:0], r.Chunks[:0]
	p.Append(words, r)
}

// Append tags and chunks one more sentence, appending to r: its tokens
// follow the ones r holds.
func (p *Parser) Append(words []string, r *Result) {
	offset := len(r.Tags)
	tags, labels := p.Label(words)
	for i, t := range tags {
		r.Tags = append(r.Tags, p.m.pos.Names[t])
		r.Labels = append(r.Labels, p.m.bio[labels[i]])
	}
	first := len(r.Chunks)
	r.Chunks = AppendChunks(r.Chunks, labels, p.m.kinds, p.m.begins)
	for k := first; k < len(r.Chunks); k++ {
		r.Chunks[k].From += offset
		r.Chunks[k].To += offset
	}
}

// AppendChunks reads BIO labels (kind and begin per label number) into
// chunks. An I- label after another kind opens a chunk, as conlleval reads.
func AppendChunks(out []Chunk, labels []int, kinds []string, begins []bool) []Chunk {
	open := -1
	for i, l := range labels {
		kind := kinds[l]
		if open >= 0 && (kind == "" || begins[l] || out[open].Kind != kind) {
			open = -1
		}
		if kind == "" {
			continue
		}
		if open < 0 {
			out = append(out, Chunk{Kind: kind, From: i, To: i + 1})
			open = len(out) - 1
			continue
		}
		out[open].To = i + 1
	}
	return out
}

// prevTag is the last of tags, or -1 before the first.
func prevTag(tags []int) int {
	if len(tags) == 0 {
		return -1
	}
	return tags[len(tags)-1]
}

// mergeOrder is the BeamFeatures.Order of a beam that merges sequences
// ending alike (0: none).
func mergeOrder(merge bool) int {
	if merge {
		return ChunkLabelOrder
	}
	return 0
}
