//go:build !js

package main

import (
	"flag"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/polnear"
)

// The cue detector of reported speech comes first: the statements it finds
// are what the source ranker learns to give sources to. (Its settings were
// chosen by make cues' own cross-validation: cues.Chosen.)
func init() {
	components = append([]component{{name: "cues", file: "cues.bin", train: trainCues, use: useCues}}, components...)
	float32Flag(&cueSettings.Threshold, "cue-threshold", "the cue detector's threshold (default cues.Chosen's), for cross-validating it")
	flag.Float64Var(&cueSettings.ContentMinWeight, "content-minweight", cueSettings.ContentMinWeight, "prune the content tagger's weights below this")
	float32Flag(&cueSettings.ContentThreshold, "content-threshold", "the cue margin the content tagger needs (default cues.Chosen's)")
	flag.BoolVar(&cueSettings.Clusters, "cue-clusters", cueSettings.Clusters, "whether the cue detector reads the word clusters")
	flag.BoolVar(&cueSettings.Grammar, "cue-grammar", cueSettings.Grammar, "whether the cue detector reads the chunks around a word")
	flag.IntVar(&cueSettings.WordNet, "cue-wordnet", cueSettings.WordNet, "the WordNet class features the cue detector reads, bits")
	flag.IntVar(&cueSettings.WordNetVocab, "cue-wordnet-vocab", cueSettings.WordNetVocab, "which unseen words of communication the cue detector scores, 0-2")
	flag.IntVar(&cueSettings.ContentEpochs, "content-epochs", cueSettings.ContentEpochs, "the content tagger's epochs, 0 for none")
}

// cueSettings trains the cue detector: cues.Chosen unless a flag says
// otherwise.
var cueSettings = cues.Chosen

func trainCues(arts []polnear.Article, _ extract.Options) ([]byte, error) {
	exs := make([]cues.Example, len(arts))
	for i := range arts {
		var spans [][2]int
		for _, r := range arts[i].Relations {
			if len(r.Cue) > 0 {
				spans = append(spans, [2]int{r.Cue[0].Start, r.Cue[0].End})
			}
		}
		ex, err := extract.CueExample(arts[i].Text, spans)
		if err != nil {
			return nil, err
		}
		polnear.AddRelations(&ex, &arts[i])
		exs[i] = ex
	}
	_, model := cues.TrainBytes(exs, cueSettings)
	return model, nil
}

func useCues(opt *extract.Options, model []byte) error {
	m, err := cues.Load(model)
	if err != nil {
		return err
	}
	opt.Cues = m
	return nil
}
