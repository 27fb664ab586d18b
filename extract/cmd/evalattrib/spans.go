//go:build !js

package main

import (
	"fmt"
	"io"

	"github.com/whosaid/whosaid/extract"
	attr "github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/polnear"
)

// spanPolicies prints, by 5-fold CV over train, what each way of showing a
// pick inside the rules' phrase gives: statements whose shown source
// overlaps the gold (the scorer's speaker judgement) and the mean F1 of
// its bytes against the gold source (how well its bounds fit).
func spanPolicies(arts []polnear.Article, base extract.Options, out io.Writer) error {
	ex, err := sourceExamples(arts, base)
	if err != nil {
		return err
	}
	fold := polnear.Fold(arts, polnear.Folds)
	n := len(attr.InnerPolicies)
	for _, slack := range []float64{sourceTraining.FitSlack} {
		right, total, fit := make([]int, n), make([]int, n), make([]float64, n)
		for f := 0; f < polnear.Folds; f++ {
			trainEx, testEx := polnear.SplitBy(ex, fold, f)
			t := sourceTraining
			t.FitSlack = slack
			m := attr.TrainSources(trainEx, t)
			for p := range n {
				r, t, x := m.SourceFit(testEx, p)
				right[p], total[p], fit[p] = right[p]+r, total[p]+t, fit[p]+x
			}
		}
		fmt.Fprintf(out, "fit slack %g\n%-28s %10s %10s\n", slack, "pick inside the rules' phrase", "overlap", "span F1")
		for p, name := range attr.InnerPolicies {
			fmt.Fprintf(out, "%-28s %10.4f %10.4f  (%d/%d)\n", name, float64(right[p])/float64(total[p]), fit[p]/float64(total[p]), right[p], total[p])
		}
	}
	return nil
}
