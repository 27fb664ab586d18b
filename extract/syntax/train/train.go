package train

import (
	"math/rand"
	"sort"

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
	// Jackknife > 1 trains the chunker on part-of-speech tags predicted by
	// taggers trained on the other Jackknife−1 parts (by article), so it
	// learns from tags as wrong as the ones it will read; otherwise on gold.
	Jackknife int
	// Progress, if set, is told how each epoch went.
	Progress func(model string, epoch int, accuracy float64)
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
}

// Encode prunes weights below minWeight, quantises and writes the model file.
func (t Trained) Encode(minWeight float64) []byte {
	return syntax.AppendLabels(t.P.Encode(minWeight), t.Names)
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
	p := ptrain.New(len(names))
	seq := ptrain.NewSequencer(p, nil)
	rng := rand.New(rand.NewSource(opt.Seed))
	var sent syntax.Sentence
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
	return Trained{p, names}
}

// TrainChunk trains the chunker on the given part-of-speech tags per
// sentence (sentences in docs' order), numbered as the tagger it will run
// after numbers them (posNames), and returns its model file.
func TrainChunk(docs []Doc, tags [][]string, posNames []string, opt Options) []byte {
	return trainChunk(docs, tags, posNames, opt).Encode(opt.MinWeight)
}

func trainChunk(docs []Doc, tags [][]string, posNames []string, opt Options) Trained {
	names, index := labelSet(docs, func(s Sentence) []string { return s.Chunks }, "O")
	posIndex := map[string]int{}
	for i, n := range posNames {
		posIndex[n] = i
	}
	sents := sentences(docs)
	gold := make([][]int, len(sents))
	posTags := make([][]int, len(sents))
	for k, s := range sents {
		gold[k] = numbers(s.Chunks, index)
		posTags[k] = numbers(tags[k], posIndex)
	}
	p := ptrain.New(len(names))
	seq := ptrain.NewSequencer(p, syntax.ChunkTransitions(names))
	rng := rand.New(rand.NewSource(opt.Seed))
	var sent syntax.Sentence
	var cur []int
	feats := func(i int, labels []int, f []uint64) []uint64 { return sent.ChunkFeatures(i, cur, labels, f) }
	for epoch := 1; epoch <= opt.ChunkEpochs; epoch++ {
		right, total := 0, 0
		for _, k := range ptrain.Order(rng, len(sents)) {
			sent.Reset(sents[k].Words)
			cur = posTags[k]
			right += seq.Learn(gold[k], feats)
			total += len(gold[k])
		}
		if opt.Progress != nil {
			opt.Progress("chunk", epoch, float64(right)/float64(total))
		}
	}
	return Trained{p, names}
}

// Train trains both models: the tagger on all of docs, the chunker on gold
// or jackknifed tags (Options.Jackknife).
func Train(docs []Doc, opt Options) (pos, chunk []byte, err error) {
	p, c, err := TrainBoth(docs, opt)
	if err != nil {
		return nil, nil, err
	}
	return p.Encode(opt.MinWeight), c.Encode(opt.MinWeight), nil
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
	byDoc := make([][][]string, len(docs))
	k := opt.Jackknife
	quiet := opt
	quiet.Progress = nil
	for f := 0; f < k; f++ {
		var tr []Doc
		var held []int
		for i, d := range docs {
			if i%k == f {
				held = append(held, i)
			} else {
				tr = append(tr, d)
			}
		}
		m, err := syntax.DecodeLabelled(TrainPOS(tr, quiet), "part-of-speech")
		if err != nil {
			return nil, err
		}
		for _, i := range held {
			for _, s := range docs[i] {
				byDoc[i] = append(byDoc[i], tagWith(m, s.Words))
			}
		}
	}
	var out [][]string
	for _, d := range byDoc {
		out = append(out, d...)
	}
	return out, nil
}

func tagWith(m syntax.Labelled, words []string) []string {
	var s syntax.Sentence
	s.Reset(words)
	labels := tagger.NewDecoder(m.Model, nil).Tag(len(words), s.POSFeatures, nil)
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = m.Names[l]
	}
	return out
}
