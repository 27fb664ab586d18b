//go:build !js

package cues

import (
	"encoding/binary"
	"math"
	"math/rand"

	"github.com/whosaid/whosaid/extract/tagger/train"
)

// Training is built only outside the browser.

// Chosen are the settings `make cues` chose by 5-fold cross-validation on
// PolNeAR train and the embedded model was trained with: a cross-validation
// harness trains each fold's detector with them. The threshold is -8 since
// the speech classifier reads the cue margin and drops weak cues' doubtful
// statements (evalattrib train 5-fold CV attribution F1 0.7147 at -8 against
// 0.7138 with the statements of cues at -8…-6 left out, 0.713 before).
// Epochs 10, not 5: traincues CV attribution F1 0.7425 -> 0.7439 at 5
// (3: 0.7414, 15: 0.7405; seed 2: 0.7418 -> 0.7420), through evalattrib
// train-CV content+source 0.720 -> 0.722 but with seed 2 0.719 -> 0.718
// (dev 0.753 -> 0.750): within the seeds' spread.
var Chosen = Settings{Epochs: 10, MinCount: 1, Threshold: -8, MinWeight: 0.05, Seed: 1, ContentEpochs: 5, ContentMinWeight: 1, ContentThreshold: 0}

// Settings are what cross-validation chooses.
type Settings struct {
	Epochs int
	// MinCount is how often a word must head a cue in training to be
	// scored.
	MinCount int
	// Threshold is the margin a cue must pass.
	Threshold float32
	// MinWeight prunes averaged weights smaller than it from the model.
	MinWeight float64
	Seed      uint64
	// ContentEpochs trains the content tagger for this many epochs (0:
	// none).
	ContentEpochs int
	// ContentMinWeight prunes the content tagger's averaged weights
	// smaller than it.
	ContentMinWeight float64
	// ContentThreshold is the cue margin above which the content tagger
	// looks for a cue's content (ContentModel.Threshold). 0, not -8 (every
	// detected cue): traincues 5-fold CV attribution P/R/F1
	// 0.8294/0.6720/0.7425 -> 0.8252/0.6764/0.7435 at -8, content F1 0.8126
	// -> 0.8144 (seed 2: 0.7418 -> 0.7428; -5 0.7434, -3 0.7432, 2 0.7412),
	// but through make eval, where every model downstream is held out too,
	// content+source stays 0.720 -> 0.720 in CV (content 0.811 -> 0.814,
	// 137 more statements matching no gold; dev 0.753 -> 0.752), as it was
	// 0.717 -> 0.717 on earlier models: the extra contents find no source.
	ContentThreshold float32
	// Clusters adds the words' clusters to the detector's features. Off:
	// on, at threshold -8, evalattrib train 5-fold CV attribution F1 0.718
	// (the same as without), content F1 0.811 -> 0.809, 2015 -> 1881 CV
	// statements matching no gold; dev 0.753 -> 0.747. Cue heads alone
	// (CV, detector only): P 0.707 -> 0.734, R 0.767 -> 0.754 at -8, best
	// F1 0.745 -> 0.748: more precise, no more recall. With the threshold
	// at -10 to win the recall back: CV 0.719, content 0.812, 1968 matching
	// no gold, speaker accuracy 0.939 -> 0.938; dev 0.748 (quote F1 0.972
	// -> 0.970): within noise on CV and below on dev, so not taken.
	Clusters bool
	// Grammar adds the chunks around a word to the detector's features
	// (grammarFeatures). Off: cue heads (traincues CV, detector only) P
	// 0.706 -> 0.724, R 0.767 -> 0.754 at -8, content F1 0.811 either way;
	// with the threshold at -10 and the content tagger's at -8 to win the
	// recall back, evalattrib train 5-fold CV attribution F1 0.717 -> 0.718,
	// content 0.811 -> 0.813, 2101 CV statements matching no gold; dev
	// 0.753 -> 0.750 (content 0.834 -> 0.835): within noise on CV, below
	// on dev, so not taken.
	Grammar bool
	// WordNet adds the word's WordNet classes to the detector's features
	// (wordNetFeatures): bits wordNetAny (the classes it has a sense in),
	// wordNetRank (with the rank of the first such sense), wordNetPOS
	// (with its part-of-speech tag's first letter); 0: none. Off: traincues
	// 5-fold CV (thresholds -14…-8) best attribution F1 0.744 without,
	// 0.744 with all three (7; at -12), 0.743 with 1 or 2 alone,
	// 0.743–0.744 with WordNetVocab 2;
	// cue heads P 0.628 -> 0.656 at -14 for R 0.814 -> 0.801: more
	// precise, no more recall, as with the clusters. evalattrib
	// -cue-wordnet 7 (every model held out): train 5-fold CV attribution
	// F1 0.720 -> 0.720 (content 0.811 -> 0.812), dev 0.754 -> 0.750; at
	// threshold -12, CV 0.721 (content 0.814), dev 0.750.
	WordNet int
	// WordNetVocab also scores words that never headed a cue in training
	// when a sense among their first is one of communication
	// (speechWord): 1 the first sense, 2 the first three; 0: none. Off
	// (numbers with WordNet): PolNeAR's unseen heads are mostly of feeling
	// and action ("annoyance", "insulted", "paid"), few of communication.
	WordNetVocab int
	// ContentWordNet adds the cue's WordNet classes to the content
	// tagger's features. Off: traincues 5-fold CV attribution F1 0.744 ->
	// 0.744 (content 0.812 -> 0.812 at -8); with the content threshold at
	// -8, 0.745 -> 0.745 (content 0.814 -> 0.815).
	ContentWordNet bool
	// Context adds the rules' cues around a word in its sentence to the
	// detector's features (contextFeatures). Off: the cue heads are both
	// more precise and found more often (traincues 5-fold CV at -8: P
	// 0.705 -> 0.724, R 0.771 -> 0.774) and content F1 rises 0.8126 ->
	// 0.8173 (seed 2: 0.8172), but attribution F1 stays 0.7425 -> 0.7424
	// (seed 2: 0.7418 -> 0.7431), and through evalattrib (every model
	// held out) train-CV content+source stays 0.720 -> 0.720 (content
	// 0.811 -> 0.814, statements matching no gold 1996 -> 2063; at
	// threshold -10: 0.720, content 0.814): the cues it adds find no
	// source.
	Context bool
	// ContentSummed decodes the content tagger's labels as the run of
	// words whose margins sum highest, not the longest run labelled in
	// (ContentModel.summedSpan). Off: traincues 5-fold CV attribution F1
	// 0.7461 -> 0.7470 (content 0.8120 -> 0.8131; seed 2: 0.7450 ->
	// 0.7453), but through evalattrib -content-summed (every model held
	// out) content+source 0.7219 -> 0.7215 in CV (ranker seed 2: 0.7218
	// -> 0.7217), content 0.8122 -> 0.8131: the longer and surer spans
	// match more content, not more sources.
	ContentSummed bool
}

// Train fits a model on the examples with the shared averaged perceptron.
func Train(docs []Example, set Settings) *Model {
	m, _ := TrainBytes(docs, set)
	return m
}

// TrainBytes is Train that also returns the model's bytes (Marshal's).
func TrainBytes(docs []Example, set Settings) (*Model, []byte) {
	heads := map[string]int{}
	for _, d := range docs {
		for i, g := range d.Gold {
			if t := d.Tokens[i]; g && candidate(&t) {
				heads[t.Lower]++
			}
		}
	}
	m := &Model{Threshold: set.Threshold, vocab: map[string]bool{}, clusters: set.Clusters, grammar: set.Grammar, context: set.Context, wordNet: set.WordNet, wordNetVocab: set.WordNetVocab, contentWordNet: set.ContentWordNet && set.ContentEpochs > 0, contentSummed: set.ContentSummed && set.ContentEpochs > 0}
	for w, n := range heads {
		if n >= set.MinCount {
			m.vocab[w] = true
		}
	}
	m.withStems()
	type inst struct {
		feats []uint64
		gold  int
	}
	var insts []inst
	for _, d := range docs {
		for _, s := range d.Sents {
			for i := s[0]; i < s[1]; i++ {
				if !m.scored(&d.Tokens[i]) {
					continue
				}
				in := inst{feats: features(d.Tokens, i, s[0], s[1], m.clusters, m.grammar, m.wordNet, m.context, nil)}
				if d.Gold[i] {
					in.gold = isCue
				}
				insts = append(insts, in)
			}
		}
	}
	p := train.New(2)
	rng := rand.New(rand.NewSource(int64(set.Seed)))
	scratch := make([]float64, 2)
	for e := 0; e < set.Epochs; e++ {
		for _, k := range train.Order(rng, len(insts)) {
			p.Learn(insts[k].feats, insts[k].gold, -1, nil, scratch)
		}
	}
	var content []byte
	if set.ContentEpochs > 0 {
		content = trainContent(docs, set, rng)
	}
	data := m.Marshal(p.Encode(set.MinWeight), content)
	out, err := Load(data)
	if err != nil {
		panic("cues: a trained model does not load: " + err.Error())
	}
	return out, data
}

// trainContent fits the content tagger on the gold relations: each word of
// the sentence holding a cue's head, in or out of its content.
func trainContent(docs []Example, set Settings, rng *rand.Rand) []byte {
	type inst struct {
		feats []uint64
		gold  int
	}
	var insts []inst
	for _, d := range docs {
		for _, r := range d.Relations {
			if !candidate(&d.Tokens[r.Head]) {
				continue
			}
			from, to := -1, -1
			for _, s := range d.Sents {
				if r.Head >= s[0] && r.Head < s[1] {
					from, to = s[0], s[1]
					break
				}
			}
			touches := false
			for _, c := range r.Content {
				touches = touches || c[0] < to && from < c[1]
			}
			if from < 0 || !touches {
				continue // content in another sentence: not this tagger's to find
			}
			for i := from; i < to; i++ {
				if i == r.Head {
					continue
				}
				in := inst{feats: contentFeatures(d.Tokens, from, to, r.Head, i, set.ContentWordNet, nil)}
				for _, c := range r.Content {
					if i >= c[0] && i < c[1] {
						in.gold = 1
					}
				}
				insts = append(insts, in)
			}
		}
	}
	p := train.New(2)
	scratch := make([]float64, 2)
	for e := 0; e < set.ContentEpochs; e++ {
		for _, k := range train.Order(rng, len(insts)) {
			p.Learn(insts[k].feats, insts[k].gold, -1, nil, scratch)
		}
	}
	out := binary.LittleEndian.AppendUint32(nil, math.Float32bits(set.ContentThreshold))
	return append(out, p.Encode(set.ContentMinWeight)...)
}
