package train

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/whosaid/whosaid/extract/syntax"
)

// Score counts part-of-speech and chunk matches, as conlleval counts
// chunks: a chunk is right when its kind and both ends are.
type Score struct {
	Tokens, TagsRight                          int
	ChunksCorrect, ChunksPredicted, ChunksGold int
	// Seconds is the CPU time spent tagging and chunking.
	Seconds float64
	// Bytes is the size of the chunker(s) scored, where CompareChunkers
	// measures it.
	Bytes int
}

// Accuracy is the share of tokens given their gold part of speech.
func (s Score) Accuracy() float64 { return float64(s.TagsRight) / float64(max(s.Tokens, 1)) }

// F1 is the chunks' harmonic mean of precision and recall.
func (s Score) F1() float64 {
	if s.ChunksCorrect == 0 {
		return 0
	}
	p := float64(s.ChunksCorrect) / float64(s.ChunksPredicted)
	r := float64(s.ChunksCorrect) / float64(s.ChunksGold)
	return 2 * p * r / (p + r)
}

// TokensPerSecond is the speed of tagging plus chunking.
func (s Score) TokensPerSecond() float64 { return float64(s.Tokens) / s.Seconds }

// Add sums two scores (folds).
func (s Score) Add(o Score) Score {
	return Score{s.Tokens + o.Tokens, s.TagsRight + o.TagsRight, s.ChunksCorrect + o.ChunksCorrect,
		s.ChunksPredicted + o.ChunksPredicted, s.ChunksGold + o.ChunksGold, s.Seconds + o.Seconds, s.Bytes + o.Bytes}
}

// ChunksOf reads BIO label names into chunks.
func ChunksOf(labels []string) []syntax.Chunk {
	kinds := make([]string, len(labels))
	begins := make([]bool, len(labels))
	ids := make([]int, len(labels))
	for i, l := range labels {
		kinds[i], begins[i], _ = syntax.ParseChunkLabel(l)
		ids[i] = i
	}
	return syntax.AppendChunks(nil, ids, kinds, begins)
}

// CompareChunks counts the predicted chunks that match gold ones exactly.
func CompareChunks(pred, gold []syntax.Chunk) (correct int) {
	want := map[syntax.Chunk]bool{}
	for _, c := range gold {
		want[c] = true
	}
	for _, c := range pred {
		if want[c] {
			correct++
		}
	}
	return correct
}

// Evaluate tags and chunks gold sentences with m and scores the result.
func Evaluate(m *syntax.Models, docs []Doc) Score {
	var s Score
	p := syntax.NewParser(m)
	sents := sentences(docs)
	results := make([]syntax.Result, len(sents))
	s.Seconds = CPUSeconds(func() {
		for k, sent := range sents {
			p.Parse(sent.Words, &results[k])
		}
	})
	for k, sent := range sents {
		r := results[k]
		for i, t := range sent.Tags {
			s.Tokens++
			if r.Tags[i] == t {
				s.TagsRight++
			}
		}
		gold := ChunksOf(sent.Chunks)
		s.ChunksGold += len(gold)
		s.ChunksPredicted += len(r.Chunks)
		s.ChunksCorrect += CompareChunks(r.Chunks, gold)
	}
	return s
}

// CrossValidate trains on k−1 folds of docs and scores on the k-th, k
// times, with the weights pruned at each threshold, and sums the scores
// per threshold.
//
// With Options.Jackknife == k the fold taggers are shared: the chunker of
// fold f trains on each other fold's tags from the tagger trained without
// that fold, the very taggers scored (so a CV costs the same with
// jackknifing as without). Those taggers have seen fold f's gold tags,
// never its chunks.
func CrossValidate(docs []Doc, k int, opt Options, minWeights []float64) ([]Score, error) {
	total := make([]Score, len(minWeights))
	trains, tests := Folds(docs, k)
	quiet := opt
	quiet.Progress = nil
	shared := opt.Jackknife == k
	var taggers []Trained
	var held [][]string // per sentence of docs, when shared
	if shared {
		for f := range trains {
			taggers = append(taggers, trainPOS(trains[f], quiet))
		}
		var err error
		if held, err = tagHeldOut(docs, taggers, opt.MinWeight); err != nil {
			return nil, err
		}
	}
	for f := range trains {
		var pos, chunk Trained
		if shared {
			pos = taggers[f]
			var tags [][]string
			at := 0
			for i, d := range docs {
				if i%k != f {
					tags = append(tags, held[at:at+len(d)]...)
				}
				at += len(d)
			}
			chunk = trainChunk(trains[f], tags, pos.Names, opt)
		} else {
			var err error
			if pos, chunk, err = TrainBoth(trains[f], opt); err != nil {
				return nil, err
			}
		}
		for w, min := range minWeights {
			m, err := syntax.Decode(pos.Encode(min), chunk.Encode(opt.ChunkMin(min)))
			if err != nil {
				return nil, err
			}
			m.SetChunkBeam(opt.ChunkBeam, opt.ChunkMerge)
			total[w] = total[w].Add(Evaluate(m, tests[f]))
		}
	}
	return total, nil
}

func wallClock(f func()) float64 {
	start := time.Now()
	f()
	return time.Since(start).Seconds()
}

// EvaluateChunksOnGoldTags scores the chunker alone, given the gold
// part-of-speech tags: how much of its error is the tagger's.
func EvaluateChunksOnGoldTags(m *syntax.Models, docs []Doc) Score {
	var s Score
	p := syntax.NewParser(m)
	index := map[string]int{}
	for i, n := range m.Tags() {
		index[n] = i
	}
	names := m.ChunkLabels()
	for _, sent := range sentences(docs) {
		labels := p.ChunkTagged(sent.Words, numbers(sent.Tags, index))
		pred := make([]string, len(labels))
		for i, l := range labels {
			pred[i] = names[l]
		}
		gold, got := ChunksOf(sent.Chunks), ChunksOf(pred)
		s.Tokens += len(sent.Words)
		s.TagsRight += len(sent.Words)
		s.ChunksGold += len(gold)
		s.ChunksPredicted += len(got)
		s.ChunksCorrect += CompareChunks(got, gold)
	}
	return s
}

// CompareChunkers cross-validates chunkers trained with each of variants
// (their Jackknife is k or none, their BIOES, ChunkEpochs and MinWeight
// are theirs) behind the same fold taggers, trained with opt (or read from
// opt.FoldCache): the cost of the taggers is paid once. Each variant gives
// a score at its MinWeight, then one per threshold of its Sweep.
func CompareChunkers(docs []Doc, k int, opt Options, variants []Options) ([]Score, error) {
	n := 0
	for _, o := range variants {
		n += 1 + len(o.Sweep)
	}
	total := make([]Score, 0, n)
	first := make([]int, len(variants)) // each variant's first score
	for v, o := range variants {
		first[v] = len(total)
		total = total[:len(total)+1+len(o.Sweep)]
	}
	trains, tests := Folds(docs, k)
	quiet := opt
	quiet.Progress = nil
	taggers := make([][]byte, len(trains))
	for f := range trains {
		var ok bool
		if taggers[f], ok = opt.foldCache(f); !ok {
			taggers[f] = trainPOS(trains[f], quiet).Encode(opt.MinWeight)
			opt.keepFold(f, taggers[f])
		}
	}
	held, err := tagHeldOutEncoded(docs, taggers)
	if err != nil {
		return nil, err
	}
	for f := range trains {
		posModel, err := syntax.DecodePOS(taggers[f])
		if err != nil {
			return nil, err
		}
		var jk, gold [][]string
		at := 0
		for i, d := range docs {
			if i%k != f {
				jk = append(jk, held[at:at+len(d)]...)
				for _, s := range d {
					gold = append(gold, s.Tags)
				}
			}
			at += len(d)
		}
		for v, o := range variants {
			tags := gold
			if o.Jackknife == k {
				tags = jk
			}
			o.Progress = nil
			chunk := trainChunk(trains[f], tags, posModel.Names, o)
			for w, min := range append([]float64{o.MinWeight}, o.Sweep...) {
				b := chunk.Encode(min)
				m, err := syntax.Decode(taggers[f], b)
				if err != nil {
					return nil, err
				}
				m.SetChunkBeam(o.ChunkBeam, o.ChunkMerge)
				s := Evaluate(m, tests[f])
				s.Bytes = len(b)
				total[first[v]+w] = total[first[v]+w].Add(s)
				t := total[first[v]+w]
				fmt.Fprintf(os.Stderr, "fold %d, variant %d, min weight %g: fold chunk F1 %.4f, folds so far %.4f (%d bytes)\n", f, v, min, s.F1(), t.F1(), len(b))
			}
		}
	}
	return total, nil
}

// foldCache returns fold f's tagger from Options.FoldCache, if it is there.
func (o Options) foldCache(f int) ([]byte, bool) {
	if o.FoldCache == "" {
		return nil, false
	}
	b, err := os.ReadFile(o.foldFile(f))
	return b, err == nil
}

// keepFold writes fold f's tagger to Options.FoldCache, if set (a cache:
// a failure only costs the next run the training).
func (o Options) keepFold(f int, b []byte) {
	if o.FoldCache != "" && os.MkdirAll(o.FoldCache, 0o755) == nil {
		_ = os.WriteFile(o.foldFile(f), b, 0o644)
	}
}

func (o Options) foldFile(f int) string {
	return filepath.Join(o.FoldCache, fmt.Sprintf("pos-fold%d-seed%d-epochs%d-min%g-lexicon%d-%g.bin", f, o.Seed, o.POSEpochs, o.MinWeight, o.LexiconMin, o.LexiconShare))
}
