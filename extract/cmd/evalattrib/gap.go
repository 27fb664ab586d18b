//go:build !js

package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/polnear"
)

// gapReport prints where train-CV and dev differ: attribution F1 per CV
// fold, and per outlet, article length and date for train-CV beside dev.
func gapReport(train, dev []polnear.Article, base extract.Options, out io.Writer) error {
	per := func(arts []polnear.Article, opt extract.Options) ([]polnear.Scores, error) {
		s := make([]polnear.Scores, len(arts))
		for i := range arts {
			doc, err := extract.AnnotateWith(arts[i].Text, opt)
			if err != nil {
				return nil, err
			}
			if err := s[i].Add(&arts[i], polnear.PredictionOf(doc)); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	fold := polnear.Fold(train, polnear.Folds)
	cv := make([]polnear.Scores, len(train))
	for f := 0; f < polnear.Folds; f++ {
		tr, te := polnear.Split(train, polnear.Folds, f)
		opt, err := trained(tr, base)
		if err != nil {
			return err
		}
		s, err := per(te, opt)
		if err != nil {
			return err
		}
		j := 0
		for i := range train {
			if fold[i] == f {
				cv[i] = s[j]
				j++
			}
		}
	}
	opt, err := trained(train, base)
	if err != nil {
		return err
	}
	dv, err := per(dev, opt)
	if err != nil {
		return err
	}
	sum := func(s []polnear.Scores, keep func(i int) bool) polnear.Scores {
		var t polnear.Scores
		for i := range s {
			if keep(i) {
				t.Merge(s[i])
			}
		}
		return t
	}
	line := func(name string, a, b polnear.Scores) {
		fmt.Fprintf(out, "%-28s %6.3f %6.3f (%4d gold) | %6.3f %6.3f (%4d gold)\n", name,
			a.AttributionF1(), a.SpeakerAccuracy(), a.SourceGold, b.AttributionF1(), b.SpeakerAccuracy(), b.SourceGold)
	}
	fmt.Fprintf(out, "%-28s %-25s | %s\n", "", "train-CV: attr F1, speaker", "dev")
	all := func(int) bool { return true }
	line("all", sum(cv, all), sum(dv, all))
	for f := 0; f < polnear.Folds; f++ {
		fmt.Fprintf(out, "fold %d                        %6.3f %6.3f\n", f, sum(cv, func(i int) bool { return fold[i] == f }).AttributionF1(), sum(cv, func(i int) bool { return fold[i] == f }).SpeakerAccuracy())
	}
	outlet := func(a polnear.Article) string { return strings.SplitN(a.Name, "_", 2)[0] }
	month := func(a polnear.Article) string {
		p := strings.SplitN(a.Name, "_", 3)
		if len(p) < 2 || len(p[1]) < 7 {
			return "?"
		}
		return p[1][:7]
	}
	// Length terciles of train, the same bounds for dev.
	var lens []int
	for i := range train {
		lens = append(lens, len(train[i].Text))
	}
	sort.Ints(lens)
	lo, hi := lens[len(lens)/3], lens[2*len(lens)/3]
	length := func(a polnear.Article) string {
		switch n := len(a.Text); {
		case n < lo:
			return fmt.Sprintf("short (< %d bytes)", lo)
		case n < hi:
			return "middle"
		}
		return fmt.Sprintf("long (>= %d bytes)", hi)
	}
	for _, by := range []struct {
		name string
		key  func(polnear.Article) string
	}{{"outlet", outlet}, {"length", length}, {"month", month}} {
		keys := map[string]bool{}
		for i := range train {
			keys[by.key(train[i])] = true
		}
		for i := range dev {
			keys[by.key(dev[i])] = true
		}
		var ks []string
		for k := range keys {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			line(by.name+" "+k, sum(cv, func(i int) bool { return by.key(train[i]) == k }), sum(dv, func(i int) bool { return by.key(dev[i]) == k }))
		}
	}
	return nil
}
