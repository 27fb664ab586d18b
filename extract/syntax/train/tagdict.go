package train

import (
	"fmt"
	"os"
	"sort"

	"github.com/whosaid/whosaid/extract/syntax"
)

// buildTagDict gives each word seen at least min times whose most
// frequent tag is at least share of its tags that tag (index numbers the
// tags); nil when min ≤ 0. Ties go to the tag first in name order, so the
// same data gives the same dictionary.
func buildTagDict(docs []Doc, index map[string]int, min int, share float64) *syntax.TagDict {
	if min <= 0 {
		return nil
	}
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
	tagOf := map[uint32]uint8{}
	for k, tags := range counts {
		names := make([]string, 0, len(tags))
		total := 0
		for t, n := range tags {
			names = append(names, t)
			total += n
		}
		if total < min {
			continue
		}
		sort.Strings(names)
		best := names[0]
		for _, t := range names[1:] {
			if tags[t] > tags[best] {
				best = t
			}
		}
		if float64(tags[best]) >= share*float64(total) {
			tagOf[k] = uint8(index[best])
		}
	}
	return syntax.NewTagDict(tagOf)
}

// TagDictSetting is a tag dictionary's thresholds (Options.TagDictMin,
// TagDictShare); Min 0 is no dictionary.
type TagDictSetting struct {
	Min   int
	Share float64
}

// CrossValidateTagDicts trains the tagger and chunker once a fold (with
// opt, its own dictionary left out: training does not read it) and scores
// each fold's models with each dictionary built from the fold's training
// articles. Covered is the share of held-out tokens each dictionary
// tagged unscored.
func CrossValidateTagDicts(docs []Doc, k int, opt Options, settings []TagDictSetting) (scores []Score, covered []float64, err error) {
	scores = make([]Score, len(settings))
	hits := make([]int, len(settings))
	tokens := 0
	trains, tests := Folds(docs, k)
	quiet := opt
	quiet.Progress = nil
	for f := range trains {
		pos, chunk, err := TrainBoth(trains[f], quiet)
		if err != nil {
			return nil, nil, err
		}
		_, index := labelSet(trains[f], func(s Sentence) []string { return s.Tags }, "")
		chunkBytes := chunk.Encode(opt.ChunkMin(opt.MinWeight))
		for _, d := range tests[f] {
			for _, s := range d {
				tokens += len(s.Words)
			}
		}
		for v, set := range settings {
			pos.TagDict = buildTagDict(trains[f], index, set.Min, set.Share)
			m, err := syntax.Decode(pos.Encode(opt.MinWeight), chunkBytes)
			if err != nil {
				return nil, nil, err
			}
			s := Evaluate(m, tests[f])
			scores[v] = scores[v].Add(s)
			sent := syntax.Sentence{TagDict: pos.TagDict}
			for _, d := range tests[f] {
				for _, ts := range d {
					sent.Reset(ts.Words)
					for i := range ts.Words {
						if sent.DictTag(i) >= 0 {
							hits[v]++
						}
					}
				}
			}
			fmt.Fprintf(os.Stderr, "fold %d, tag dictionary %d/%g (%d words): fold POS %.4f chunk F1 %.4f; folds so far %.4f / %.4f\n",
				f, set.Min, set.Share, pos.TagDict.Len(), s.Accuracy(), s.F1(), scores[v].Accuracy(), scores[v].F1())
		}
	}
	covered = make([]float64, len(settings))
	for v := range settings {
		covered[v] = float64(hits[v]) / float64(max(tokens, 1))
	}
	return scores, covered, nil
}
