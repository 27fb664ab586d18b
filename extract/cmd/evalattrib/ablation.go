//go:build !js

package main

import (
	"fmt"
	"io"

	"github.com/whosaid/whosaid/extract"
	attr "github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/polnear"
)

// ablation prints train-CV speaker accuracy and attribution F1 with all
// the source ranker's features, then with each group left out. What the
// ranker reads does not depend on its own model, so it is read once.
func ablation(arts []polnear.Article, base extract.Options, marginsOnly bool, out io.Writer) error {
	ex, err := sourceExamples(arts, base)
	if err != nil {
		return err
	}
	withGold, reachable, rules := attr.SourceOracle(ex)
	fmt.Fprintf(out, "statements with gold content %d: a right candidate for %d (%.3f), the rules right for %d (%.3f)\n",
		withGold, reachable, float64(reachable)/float64(withGold), rules, float64(rules)/float64(withGold))
	fold := polnear.Fold(arts, polnear.Folds)
	margins := []float32{0, 0.5, 1, 2, 4, 8}
	// right picks by the statement's origin and margin
	byOrigin := map[string][]int{}
	cvMargins := func(t attr.SourceTraining) (right, total []int) {
		right, total = make([]int, len(margins)), make([]int, len(margins))
		for f := 0; f < polnear.Folds; f++ {
			trainEx, testEx := polnear.SplitBy(ex, fold, f)
			m := attr.TrainSources(trainEx, t)
			for j, x := range margins {
				r, n := m.WithMargin(x).SourceAccuracy(testEx)
				right[j], total[j] = right[j]+r, total[j]+n
				for _, e := range testEx {
					for k, pick := range m.WithMargin(x).ChooseSources(e.Input) {
						if len(e.Gold[k]) == 0 {
							continue
						}
						o := e.Input.StatementOrigin(k)
						if byOrigin[o] == nil {
							byOrigin[o] = make([]int, 2*len(margins))
						}
						byOrigin[o][2*j+1]++
						if attr.RightSource(e.Input, pick, e.Gold[k]) {
							byOrigin[o][2*j]++
						}
					}
				}
			}
		}
		return right, total
	}
	cvWith := func(t attr.SourceTraining) (right, total int) {
		for f := 0; f < polnear.Folds; f++ {
			trainEx, testEx := polnear.SplitBy(ex, fold, f)
			r, n := attr.TrainSources(trainEx, t).SourceAccuracy(testEx)
			right, total = right+r, total+n
		}
		return right, total
	}
	fmt.Fprintf(out, "%-24s %s\n", "source ranker, train-CV", "statements with a gold source given a right one")
	fmt.Fprintf(out, "%-24s %.3f\n", "rules alone", float64(rules)/float64(withGold))
	r, n := cvMargins(sourceTraining)
	for j, x := range margins {
		fmt.Fprintf(out, "all, margin %-12g %.3f (%d/%d)\n", x, float64(r[j])/float64(n[j]), r[j], n[j])
	}
	for _, o := range []string{"quote", "nocue", "lexicon", "learned", "noun"} {
		if c := byOrigin[o]; c != nil {
			fmt.Fprintf(out, "%-8s", o)
			for j, x := range margins {
				fmt.Fprintf(out, "  %g: %d/%d", x, c[2*j], c[2*j+1])
			}
			fmt.Fprintln(out)
		}
	}
	if marginsOnly {
		return nil
	}
	var configs [][]string
	for _, g := range attr.FeatureGroups() {
		configs = append(configs, []string{g})
	}
	for _, off := range configs {
		t := sourceTraining
		t.Off = off
		r, n := cvWith(t)
		name := "all features"
		if off != nil {
			name = "without " + off[0]
		}
		fmt.Fprintf(out, "%-24s %.3f (%d/%d)\n", name, float64(r)/float64(n), r, n)
	}
	return nil
}
