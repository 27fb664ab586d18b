//go:build !js

package main

import (
	"fmt"
	"io"
	"math"

	"github.com/whosaid/whosaid/extract"
	attr "github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/polnear"
)

// speechThresholds are the speech classifier's thresholds tried.
var speechThresholds = []float32{float32(math.Inf(-1)), -16, -12, -10, -8, -6, -4, -2, 0}

// speechCV prints, by 5-fold CV over train, the scorer's figures when
// statements the speech classifier rates below each threshold get no
// source (A) or, for reported statements, are dropped (B). The classifier
// of each fold learns from the picks of rankers that did not see the
// statements (an inner 5-fold split of the fold's training articles).
func speechCV(arts []polnear.Article, base extract.Options, out io.Writer) error {
	ex, err := sourceExamples(arts, base)
	if err != nil {
		return err
	}
	fold := polnear.Fold(arts, polnear.Folds)
	sums := make([][3]polnear.Scores, len(speechThresholds))
	drops := map[string]*[4]int{}
	for f := 0; f < polnear.Folds; f++ {
		var trainIdx, testIdx []int
		for i := range arts {
			if fold[i] == f {
				testIdx = append(testIdx, i)
			} else {
				trainIdx = append(trainIdx, i)
			}
		}
		sp := speechExamples(arts, ex, trainIdx)
		speech := attr.TrainSpeech(sp, speechEpochs, 1, 0)
		ranker := attr.TrainSources(pick(ex, trainIdx), sourceTraining)
		for _, i := range testIdx {
			in := ex[i].Input
			picks, scores := speech.Score(ranker, in)
			tallyDropped(drops, ex[i], picks, scores)
			for t, th := range speechThresholds {
				for action := range 3 {
					p := predictionOf(in, picks, scores, th, action)
					if err := sums[t][action].Add(&arts[i], p); err != nil {
						return err
					}
				}
			}
		}
	}
	fmt.Fprintf(out, "%-10s %-22s %8s %8s %8s %8s %8s\n", "threshold", "below it", "speaker", "attr F1", "attr P", "content", "no-gold∅")
	for t, th := range speechThresholds {
		for action, name := range []string{"quotes: no source", "reported: no source", "reported: dropped"} {
			s := sums[t][action]
			fmt.Fprintf(out, "%-10g %-22s %8.4f %8.4f %8.4f %8.4f %8.3f\n", th, name, s.SpeakerAccuracy(), s.AttributionF1(),
				polnear.Ratio(s.SourcePredOK, s.SourcePred), s.ContentF1(), s.UnmatchedNoSourceShare())
		}
	}
	printDropped(drops, out)
	return nil
}

const speechEpochs = 10

// speechExamples pairs each article of idx with a ranker trained on the
// other articles of idx (an inner 5-fold split).
func speechExamples(arts []polnear.Article, ex []attr.SourceExample, idx []int) []attr.SpeechExample {
	sub := make([]polnear.Article, len(idx))
	for j, i := range idx {
		sub[j] = arts[i]
	}
	inner := polnear.Fold(sub, polnear.Folds)
	var out []attr.SpeechExample
	for f := 0; f < polnear.Folds; f++ {
		var tr, te []int
		for j, i := range idx {
			if inner[j] == f {
				te = append(te, i)
			} else {
				tr = append(tr, i)
			}
		}
		r := attr.TrainSources(pick(ex, tr), sourceTraining)
		for _, i := range te {
			out = append(out, attr.SpeechExample{Source: ex[i], Ranker: r})
		}
	}
	return out
}

func pick(ex []attr.SourceExample, idx []int) []attr.SourceExample {
	out := make([]attr.SourceExample, len(idx))
	for j, i := range idx {
		out[j] = ex[i]
	}
	return out
}

// predictionOf is what the scorer reads when the picks are shown and
// statements scored below th get no source: quotations (action 0) or
// reported statements (1), or reported statements are left out (2).
func predictionOf(in *attr.SourceInput, picks []attr.TokenSpan, scores []float32, th float32, action int) polnear.Prediction {
	var p polnear.Prediction
	bytes := func(s attr.TokenSpan) polnear.Span {
		return polnear.Span{Start: in.Tokens[s.From].Start, End: in.Tokens[s.To-1].End}
	}
	for k, st := range in.Statements {
		if st.Span.Empty() {
			continue
		}
		a := polnear.Attribution{Span: bytes(st.Span)}
		low := scores[k] < th && st.Reported == (action > 0)
		if low && action == 2 {
			continue
		}
		if s := attr.ShownSource(in, k, picks[k]); !s.Empty() && !low {
			b := bytes(s)
			a.Speaker = &b
		}
		if st.Reported {
			p.Reported = append(p.Reported, a)
		} else {
			p.Quotes = append(p.Quotes, a)
		}
	}
	return p
}
