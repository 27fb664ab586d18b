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
	counts := tagCounts(docs)
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
// TagDictShare; Min 0 is no dictionary) and the chunk dictionary's
// (ChunkDictMin, ChunkDictShare).
type TagDictSetting struct {
	Min, ChunkMin     int
	Share, ChunkShare float64
	// OutsideMin and OutsideShare are Options.ChunkOutsideMin and
	// ChunkOutsideShare.
	OutsideMin   int
	OutsideShare float64
}

// CrossValidateTagDicts trains the tagger and chunker once a fold (with
// opt, its own dictionary left out: training does not read it) and scores
// each fold's models with each dictionary built from the fold's training
// articles. Covered is the share of held-out tokens each tag dictionary
// tagged unscored, chunkCovered each chunk dictionary labelled unscored.
func CrossValidateTagDicts(docs []Doc, k int, opt Options, settings []TagDictSetting) (scores []Score, covered, chunkCovered []float64, err error) {
	scores = make([]Score, len(settings))
	hits, chunkHits := make([]int, len(settings)), make([]int, len(settings))
	tokens := 0
	trains, tests := Folds(docs, k)
	quiet := opt
	quiet.Progress = nil
	for f := range trains {
		pos, chunk, err := TrainBoth(trains[f], quiet)
		if err != nil {
			return nil, nil, nil, err
		}
		_, index := labelSet(trains[f], func(s Sentence) []string { return s.Tags }, "")
		_, chunkIndex := labelSet(trains[f], func(s Sentence) []string { return s.Chunks }, "O")
		var goldChunks, goldTags [][]int
		for _, s := range sentences(trains[f]) {
			goldChunks = append(goldChunks, numbers(s.Chunks, chunkIndex))
			goldTags = append(goldTags, numbers(s.Tags, index))
		}
		for _, d := range tests[f] {
			for _, s := range d {
				tokens += len(s.Words)
			}
		}
		for v, set := range settings {
			if opt.ChunkTrainSkip && set.OutsideMin > 0 {
				// The chunker learns around this setting's outside
				// tags, so it is trained again for it.
				o := quiet
				o.ChunkOutsideMin, o.ChunkOutsideShare = set.OutsideMin, set.OutsideShare
				chunk = trainChunk(trains[f], goldTagNames(trains[f]), pos.Names, o)
			}
			pos.TagDict = buildTagDict(trains[f], index, set.Min, set.Share)
			chunk.ChunkDict = buildChunkDicts(goldChunks, goldTags, set.ChunkMin, set.ChunkShare, set.OutsideMin, set.OutsideShare)
			m, err := syntax.Decode(pos.Encode(opt.MinWeight), chunk.Encode(opt.ChunkMin(opt.MinWeight)))
			if err != nil {
				return nil, nil, nil, err
			}
			s := Evaluate(m, tests[f])
			scores[v] = scores[v].Add(s)
			parser := syntax.NewParser(m)
			for _, d := range tests[f] {
				for _, ts := range d {
					parser.Label(ts.Words)
				}
			}
			tags, chunks := parser.Unscored()
			hits[v] += tags
			chunkHits[v] += chunks
			fmt.Fprintf(os.Stderr, "fold %d, tag dictionary %d/%g (%d words), chunk dictionary %d/%g, outside tags %d/%g (%d rules): fold POS %.4f chunk F1 %.4f; folds so far %.4f / %.4f\n",
				f, set.Min, set.Share, pos.TagDict.Len(), set.ChunkMin, set.ChunkShare, set.OutsideMin, set.OutsideShare, chunk.ChunkDict.Len(), s.Accuracy(), s.F1(), scores[v].Accuracy(), scores[v].F1())
		}
	}
	covered, chunkCovered = make([]float64, len(settings)), make([]float64, len(settings))
	for v := range settings {
		covered[v] = float64(hits[v]) / float64(max(tokens, 1))
		chunkCovered[v] = float64(chunkHits[v]) / float64(max(tokens, 1))
	}
	return scores, covered, chunkCovered, nil
}

// buildChunkDicts is chunkRules' rules (min, share) with
// buildOutside's (outsideMin, outsideShare) in one dictionary; nil when
// neither has any.
func buildChunkDicts(labels, tags [][]int, min int, share float64, outsideMin int, outsideShare float64) *syntax.ChunkDict {
	rules := append(chunkRules(labels, tags, min, share), buildOutside(labels, tags, outsideMin, outsideShare)...)
	if len(rules) == 0 {
		return nil
	}
	return syntax.NewChunkDict(rules)
}

// buildOutside gives each tag seen at least min times in the chunker's
// training sentences whose tokens are O (label 0) at least share of the
// time a rule after syntax.AnyLabel: O unscored. None when min ≤ 0.
func buildOutside(labels, tags [][]int, min int, share float64) []syntax.ChunkRule {
	if min <= 0 {
		return nil
	}
	seen, outside := map[int]int{}, map[int]int{}
	for k, ls := range labels {
		for i, l := range ls {
			seen[tags[k][i]]++
			if l == 0 {
				outside[tags[k][i]]++
			}
		}
	}
	var rules []syntax.ChunkRule
	for t, n := range seen {
		if n >= min && float64(outside[t]) >= share*float64(n) {
			rules = append(rules, syntax.ChunkRule{Prev: syntax.AnyLabel, Tag: uint8(t), Label: 0})
		}
	}
	return rules
}

// chunkRules gives each pair of a label and the next token's tag,
// seen at least min times in the chunker's training sentences (labels and
// tags numbered), the label that follows when it is at least share of the
// pair's; none when min ≤ 0. Ties go to the lower label number.
func chunkRules(labels, tags [][]int, min int, share float64) []syntax.ChunkRule {
	if min <= 0 {
		return nil
	}
	type pair struct{ prev, tag int }
	counts := map[pair]map[int]int{}
	for k, ls := range labels {
		prev := -1
		for i, l := range ls {
			p := pair{prev, tags[k][i]}
			if counts[p] == nil {
				counts[p] = map[int]int{}
			}
			counts[p][l]++
			prev = l
		}
	}
	var rules []syntax.ChunkRule
	for p, ls := range counts {
		total, best := 0, -1
		for l, n := range ls {
			total += n
			if best < 0 || n > ls[best] || n == ls[best] && l < best {
				best = l
			}
		}
		if total >= min && float64(ls[best]) >= share*float64(total) {
			rules = append(rules, syntax.ChunkRule{Prev: p.prev, Tag: uint8(p.tag), Label: uint8(best)})
		}
	}
	return rules
}

// goldTagNames gives docs' gold part-of-speech tags per sentence, what the
// chunker trains on without -jackknife.
func goldTagNames(docs []Doc) [][]string {
	var tags [][]string
	for _, s := range sentences(docs) {
		tags = append(tags, s.Tags)
	}
	return tags
}
