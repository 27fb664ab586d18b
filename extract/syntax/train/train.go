package train

import (
	"math/rand"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract/entities/clusters"
	"github.com/whosaid/whosaid/extract/syntax"
	"github.com/whosaid/whosaid/extract/tagger"
	ptrain "github.com/whosaid/whosaid/extract/tagger/train"
)

// Options set the trainers; the same options and data give the same bytes.
type Options struct {
	POSEpochs, ChunkEpochs int
	Seed                   int64
	// MinWeight drops averaged weights smaller than this (the models are
	// embedded in the page, so small matters).
	MinWeight float64
	// ChunkMinWeight, if above 0, is the chunker's MinWeight.
	ChunkMinWeight float64
	// Jackknife > 1 trains the chunker on part-of-speech tags predicted by
	// taggers trained on the other Jackknife−1 parts (by article), so it
	// learns from tags as wrong as the ones it will read; otherwise on gold.
	Jackknife int
	// BIOES trains the chunker on BIOES labels (E- ends a chunk, S- is a
	// one-token chunk) rather than BIO: the decision where a chunk ends is
	// then made at its last token, with the next words in view.
	BIOES bool
	// ChunkBeam > 1 trains the chunker with a beam of this width (early
	// update), to decode with the same beam; otherwise greedily.
	ChunkBeam int
	// ChunkMerge makes the beam keep one sequence per last two labels.
	ChunkMerge bool
	// LexiconMin is how often a word must be seen to be in the tagger's
	// lexicon of ambiguity classes (0: no lexicon); a class holds the tags
	// that are at least LexiconShare of the word's.
	LexiconMin   int
	LexiconShare float64
	// TagDictMin is how often a word must be seen to be in the tagger's
	// tag dictionary (0: no dictionary), whose words get their most
	// frequent tag unscored when it is at least TagDictShare of theirs.
	TagDictMin   int
	TagDictShare float64
	// ChunkDictMin is how often a pair of the label before a token and
	// the token's tag must be seen for the chunker's dictionary (0: no
	// dictionary), which labels the token unscored when one label is at
	// least ChunkDictShare of the pair's.
	ChunkDictMin   int
	ChunkDictShare float64
	// ChunkOutsideMin is how often a tag must be seen for the chunker's
	// outside tags (0: none), whose tokens every chunker (the beam too)
	// labels O unscored when O is at least ChunkOutsideShare of the tag's
	// labels.
	ChunkOutsideMin   int
	ChunkOutsideShare float64
	// ChunkTrainSkip trains the beam chunker the way it decodes with
	// outside tags: their tokens are labelled O unscored (where gold has
	// O there too), so the weights learn around them; off, it trains on
	// every token and only decodes with the shortcut.
	ChunkTrainSkip bool
	// FoldCache, if set, is a folder where CompareChunkers keeps the fold
	// taggers it trains, named by the options that make them, and finds
	// them next time (delete it when the tagger's features change).
	FoldCache string
	// Sweep are more pruning thresholds CompareChunkers scores a chunker
	// variant at (the same training, encoded again).
	Sweep []float64
	// Progress, if set, is told how each epoch went.
	Progress func(model string, epoch int, accuracy float64)
}

// ChunkMin is the chunker's pruning threshold: ChunkMinWeight if set,
// else min.
func (o Options) ChunkMin(min float64) float64 {
	if o.ChunkMinWeight > 0 {
		return o.ChunkMinWeight
	}
	return min
}

// labelSet numbers the labels seen in data, sorted, so the numbering does
// not depend on the data's order.
func labelSet(docs []Doc, column func(Sentence) []string, first string) ([]string, map[string]int) {
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d {
			for _, l := range column(s) {
				seen[l] = true
			}
		}
	}
	var names []string
	for l := range seen {
		if l != first {
			names = append(names, l)
		}
	}
	sort.Strings(names)
	if first != "" {
		names = append([]string{first}, names...)
	}
	index := map[string]int{}
	for i, n := range names {
		index[n] = i
	}
	return names, index
}

func numbers(labels []string, index map[string]int) []int {
	out := make([]int, len(labels))
	for i, l := range labels {
		out[i] = index[l]
	}
	return out
}

func sentences(docs []Doc) []Sentence {
	var out []Sentence
	for _, d := range docs {
		out = append(out, d...)
	}
	return out
}

// Trained is a trained perceptron with its label names, to encode at any
// pruning threshold.
type Trained struct {
	P     *ptrain.Perceptron
	Names []string
	// POS is set for the part-of-speech tagger, whose file ends with its
	// Lexicon (nil: none).
	POS     bool
	Lexicon *syntax.Lexicon
	TagDict *syntax.TagDict
	// ChunkDict is the chunker's (nil: none).
	ChunkDict *syntax.ChunkDict
}

// Encode prunes weights below minWeight, quantises and writes the model file.
func (t Trained) Encode(minWeight float64) []byte {
	b := syntax.AppendLabels(t.P.Encode(minWeight), t.Names)
	if t.POS {
		b = t.TagDict.Append(t.Lexicon.Append(b))
	} else {
		b = t.ChunkDict.Append(b)
	}
	return b
}

// tagCounts counts each word's tags in docs, by the word's lexicon key.
func tagCounts(docs []Doc) map[uint32]map[string]int {
	counts := map[uint32]map[string]int{}
	for _, d := range docs {
		for _, s := range d {
			for i, w := range s.Words {
				k := syntax.LexiconKey(w)
				if counts[k] == nil {
					counts[k] = map[string]int{}
				}
				counts[k][s.Tags[i]]++
			}
		}
	}
	return counts
}

// buildLexicon gives each word seen at least opt.LexiconMin times the set
// of tags that are at least opt.LexiconShare of its tags; classes are
// numbered in the order of their names, so the same data gives the same
// lexicon.
func buildLexicon(docs []Doc, opt Options) *syntax.Lexicon {
	if opt.LexiconMin <= 0 {
		return nil
	}
	counts := tagCounts(docs)
	classOf := map[uint32]string{}
	seen := map[string]bool{}
	for k, tags := range counts {
		total := 0
		for _, n := range tags {
			total += n
		}
		if total < opt.LexiconMin {
			continue
		}
		var in []string
		for t, n := range tags {
			if float64(n) >= opt.LexiconShare*float64(total) {
				in = append(in, t)
			}
		}
		sort.Strings(in)
		name := strings.Join(in, " ")
		classOf[k] = name
		seen[name] = true
	}
	var names []string
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	number := map[string]uint16{}
	for i, n := range names {
		number[n] = uint16(i)
	}
	out := map[uint32]uint16{}
	for k, n := range classOf {
		out[k] = number[n]
	}
	return syntax.NewLexicon(out)
}

// TrainPOS trains the part-of-speech tagger and returns its model file.
func TrainPOS(docs []Doc, opt Options) []byte { return trainPOS(docs, opt).Encode(opt.MinWeight) }

func trainPOS(docs []Doc, opt Options) Trained {
	names, index := labelSet(docs, func(s Sentence) []string { return s.Tags }, "")
	sents := sentences(docs)
	gold := make([][]int, len(sents))
	for k, s := range sents {
		gold[k] = numbers(s.Tags, index)
	}
	lex := buildLexicon(docs, opt)
	p := ptrain.New(len(names))
	seq := ptrain.NewSequencer(p, nil)
	rng := rand.New(rand.NewSource(opt.Seed))
	sent := newSentence()
	sent.Lexicon = lex
	sent.RememberWords()
	for epoch := 1; epoch <= opt.POSEpochs; epoch++ {
		right, total := 0, 0
		for _, k := range ptrain.Order(rng, len(sents)) {
			sent.Reset(sents[k].Words)
			right += seq.Learn(gold[k], sent.POSFeatures)
			total += len(gold[k])
		}
		if opt.Progress != nil {
			opt.Progress("pos", epoch, float64(right)/float64(total))
		}
	}
	return Trained{P: p, Names: names, POS: true, Lexicon: lex, TagDict: buildTagDict(docs, index, opt.TagDictMin, opt.TagDictShare)}
}

// TrainChunk trains the chunker on the given part-of-speech tags per
// sentence (sentences in docs' order), numbered as the tagger it will run
// after numbers them (posNames), and returns its model file.
func TrainChunk(docs []Doc, tags [][]string, posNames []string, opt Options) []byte {
	return trainChunk(docs, tags, posNames, opt).Encode(opt.ChunkMin(opt.MinWeight))
}

func trainChunk(docs []Doc, tags [][]string, posNames []string, opt Options) Trained {
	column := func(s Sentence) []string { return s.Chunks }
	if opt.BIOES {
		column = func(s Sentence) []string { return BIOToBIOES(s.Chunks) }
	}
	names, index := labelSet(docs, column, "O")
	posIndex := map[string]int{}
	for i, n := range posNames {
		posIndex[n] = i
	}
	sents := sentences(docs)
	gold := make([][]int, len(sents))
	posTags := make([][]int, len(sents))
	for k, s := range sents {
		gold[k] = numbers(column(s), index)
		posTags[k] = numbers(tags[k], posIndex)
	}
	p := ptrain.New(len(names))
	seq := ptrain.NewSequencer(p, syntax.ChunkTransitions(names))
	rng := rand.New(rand.NewSource(opt.Seed))
	sent := newSentence()
	sent.RememberWords()
	var cur []int
	feats := func(i int, labels []int, f []uint64) []uint64 { return sent.ChunkFeatures(i, cur, labels, f) }
	beam := ptrain.NewBeamSequencer(p, seq.T, opt.ChunkBeam)
	split := tagger.BeamFeatures{
		Static:   func(i int, f []uint64) []uint64 { return sent.ChunkStaticFeatures(i, cur, f) },
		Labelled: func(i int, labels []int, f []uint64) []uint64 { return sent.ChunkLabelFeatures(i, cur, labels, f) },
	}
	if opt.ChunkMerge {
		split.Order = syntax.ChunkLabelOrder
	}
	if opt.ChunkTrainSkip {
		outside := map[int]bool{}
		for _, r := range buildOutside(gold, posTags, opt.ChunkOutsideMin, opt.ChunkOutsideShare) {
			outside[int(r.Tag)] = r.Label == 0
		}
		if len(outside) > 0 {
			split.Skip = func(i int) bool { return outside[cur[i]] }
		}
	}
	for epoch := 1; epoch <= opt.ChunkEpochs; epoch++ {
		right, total := 0, 0
		for _, k := range ptrain.Order(rng, len(sents)) {
			sent.Reset(sents[k].Words)
			cur = posTags[k]
			if opt.ChunkBeam > 1 {
				right += beam.Learn(gold[k], split)
			} else {
				right += seq.Learn(gold[k], feats)
			}
			total += len(gold[k])
		}
		if opt.Progress != nil {
			opt.Progress("chunk", epoch, float64(right)/float64(total))
		}
	}
	return Trained{P: p, Names: names, ChunkDict: buildChunkDicts(gold, posTags, opt.ChunkDictMin, opt.ChunkDictShare, opt.ChunkOutsideMin, opt.ChunkOutsideShare)}
}

// BIOToBIOES rewrites BIO chunk labels as BIOES: a chunk's last token is
// E- (S- when it is also its first).
func BIOToBIOES(labels []string) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = l
		if l == "O" {
			continue
		}
		if i+1 < len(labels) && labels[i+1] == "I-"+l[2:] {
			continue // the chunk goes on
		}
		if l[0] == 'B' {
			out[i] = "S-" + l[2:]
		} else {
			out[i] = "E-" + l[2:]
		}
	}
	return out
}

// Train trains both models: the tagger on all of docs, the chunker on gold
// or jackknifed tags (Options.Jackknife).
func Train(docs []Doc, opt Options) (pos, chunk []byte, err error) {
	p, c, err := TrainBoth(docs, opt)
	if err != nil {
		return nil, nil, err
	}
	return p.Encode(opt.MinWeight), c.Encode(opt.ChunkMin(opt.MinWeight)), nil
}

// TrainBoth is Train before encoding.
func TrainBoth(docs []Doc, opt Options) (pos, chunk Trained, err error) {
	pos = trainPOS(docs, opt)
	var tags [][]string
	if opt.Jackknife > 1 {
		tags, err = jackknife(docs, opt)
		if err != nil {
			return Trained{}, Trained{}, err
		}
	} else {
		for _, s := range sentences(docs) {
			tags = append(tags, s.Tags)
		}
	}
	return pos, trainChunk(docs, tags, pos.Names, opt), nil
}

// Folds splits articles into k folds by position (article i in fold i%k).
func Folds(docs []Doc, k int) (train, test [][]Doc) {
	for f := 0; f < k; f++ {
		var tr, te []Doc
		for i, d := range docs {
			if i%k == f {
				te = append(te, d)
			} else {
				tr = append(tr, d)
			}
		}
		train, test = append(train, tr), append(test, te)
	}
	return train, test
}

// jackknife tags each article with a tagger trained on the other folds.
func jackknife(docs []Doc, opt Options) ([][]string, error) {
	k := opt.Jackknife
	quiet := opt
	quiet.Progress = nil
	taggers := make([]Trained, k)
	trains, _ := Folds(docs, k)
	for f := range trains {
		taggers[f] = trainPOS(trains[f], quiet)
	}
	return tagHeldOut(docs, taggers, opt.MinWeight)
}

// tagHeldOut tags each article i with taggers[i%len(taggers)], the tagger
// trained without its fold, and returns the tags per sentence in docs'
// order.
func tagHeldOut(docs []Doc, taggers []Trained, minWeight float64) ([][]string, error) {
	encoded := make([][]byte, len(taggers))
	for f, t := range taggers {
		encoded[f] = t.Encode(minWeight)
	}
	return tagHeldOutEncoded(docs, encoded)
}

// tagHeldOutEncoded is tagHeldOut with the taggers' model files.
func tagHeldOutEncoded(docs []Doc, taggers [][]byte) ([][]string, error) {
	models := make([]syntax.Labelled, len(taggers))
	for f, t := range taggers {
		m, err := syntax.DecodePOS(t)
		if err != nil {
			return nil, err
		}
		models[f] = m
	}
	var out [][]string
	for i, d := range docs {
		for _, s := range d {
			out = append(out, tagWith(models[i%len(models)], s.Words))
		}
	}
	return out, nil
}

// newSentence describes words as the Parser does (with the embedded word
// clusters).
func newSentence() syntax.Sentence {
	return syntax.Sentence{Clusters: clusters.Default()}
}

func tagWith(m syntax.Labelled, words []string) []string {
	s := newSentence()
	s.Lexicon, s.TagDict = m.Lexicon, m.TagDict
	s.Reset(words)
	dec := tagger.NewDecoder(m.Model, nil)
	var labels []int
	for i := range words {
		t := s.DictTag(i)
		if t < 0 {
			t = dec.Next(s.POSFeatures(i, labels, dec.Buffer()), -1)
		}
		labels = append(labels, t)
	}
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = m.Names[l]
	}
	return out
}
