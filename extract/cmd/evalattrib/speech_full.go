//go:build !js

package main

import (
	"fmt"
	"io"
	"math"
	"path/filepath"

	"github.com/whosaid/whosaid/extract"
	attr "github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/polnear"
)

// speechFullThresholds are the thresholds evalattrib -speech-full tries.
var speechFullThresholds = []float32{float32(math.Inf(-1)), -10, -8, -7, -6, -5, -4, -3, -2, 0}

// speechFull prints, beside each speech classifier threshold, the figures
// of make eval's own cross-validation (every component, the cue detector
// too, trained on the other folds) and of dev (trained on all of train):
// unlike -speech, whose statements come from the embedded cue detector
// (in sample), the statements are the held-out ones the threshold meets.
func speechFull(data string, base extract.Options, out io.Writer) error {
	train, err := polnear.Load(filepath.Join(data, "train"))
	if err != nil {
		return err
	}
	dev, err := polnear.Load(filepath.Join(data, "dev"))
	if err != nil {
		return err
	}
	cv := make([]polnear.Scores, len(speechFullThresholds))
	for f := 0; f < polnear.Folds; f++ {
		tr, te := polnear.Split(train, polnear.Folds, f)
		if err := scoreThresholds(tr, te, base, cv); err != nil {
			return err
		}
	}
	d := make([]polnear.Scores, len(speechFullThresholds))
	if err := scoreThresholds(train, dev, base, d); err != nil {
		return err
	}
	fmt.Fprintf(out, "%-10s %12s %12s %12s %12s %12s\n", "threshold", "attr F1 CV", "attr F1 dev", "content CV", "content dev", "speaker CV")
	for t, th := range speechFullThresholds {
		fmt.Fprintf(out, "%-10g %12.4f %12.4f %12.4f %12.4f %12.4f\n", th, cv[t].AttributionF1(), d[t].AttributionF1(),
			cv[t].ContentF1(), d[t].ContentF1(), cv[t].SpeakerAccuracy())
	}
	return nil
}

// scoreThresholds trains every component on train and adds the figures of
// test at each threshold to sums.
func scoreThresholds(train, test []polnear.Article, base extract.Options, sums []polnear.Scores) error {
	models, err := trainAll(train, base)
	if err != nil {
		return err
	}
	opt := base
	var speech *attr.SpeechModel
	for i, c := range components {
		if c.name == "speech" {
			if speech, err = attr.LoadSpeechModel(models[i]); err != nil {
				return err
			}
			continue
		}
		if err := c.use(&opt, models[i]); err != nil {
			return err
		}
	}
	ranker := opt.Sources
	for t, th := range speechFullThresholds {
		m := *speech
		m.Threshold = th
		opt.Sources = ranker.WithSpeech(&m)
		s, err := score(test, opt)
		if err != nil {
			return err
		}
		sums[t].Merge(s)
	}
	return nil
}
