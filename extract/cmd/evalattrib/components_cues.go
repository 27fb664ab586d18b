//go:build !js

package main

import (
	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/polnear"
)

// The cue detector of reported speech comes first: the statements it finds
// are what the source ranker learns to give sources to. (Its settings were
// chosen by make cues' own cross-validation: cues.Chosen.)
func init() {
	components = append([]component{{name: "cues", file: "cues.bin", train: trainCues, use: useCues}}, components...)
}

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
		exs[i] = ex
	}
	_, model := cues.TrainBytes(exs, cues.Chosen)
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
