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
	cvT, dvT := tallies(train, cv), tallies(dev, dv)
	sum := func(t []tally, keep func(i int) bool) tally {
		var out tally
		for i := range t {
			if keep(i) {
				out.Merge(t[i].Scores)
				out.noSource += t[i].noSource
			}
		}
		return out
	}
	// Each figure beside what it splits into: the content F1 (the cues'
	// side), the share of content-right predictions whose source is right
	// too (the sources' side), and the share of gold relations with no
	// source (which no prediction can match).
	cell := func(s tally) string {
		return fmt.Sprintf("%6.3f %6.3f %6.3f %6.3f %5.3f (%4d gold)", s.AttributionF1(), s.SpeakerAccuracy(), s.ContentF1(),
			polnear.Ratio(s.SourcePredOK, s.ContentPredOK), polnear.Ratio(s.noSource, s.ContentGold), s.SourceGold)
	}
	line := func(name string, a, b tally) {
		fmt.Fprintf(out, "%-28s %s | %s\n", name, cell(a), cell(b))
	}
	fmt.Fprintf(out, "%-28s %-46s | %s\n", "", "train-CV: attr F1, speaker, content F1, source|content, no-source", "dev")
	all := func(int) bool { return true }
	line("all", sum(cvT, all), sum(dvT, all))
	fmt.Fprintf(out, "%-28s quote F1 %.3f | %.3f\n", "", sum(cvT, all).QuoteF1(), sum(dvT, all).QuoteF1())
	for f := 0; f < polnear.Folds; f++ {
		fmt.Fprintf(out, "%-28s %s |\n", fmt.Sprintf("fold %d", f), cell(sum(cvT, func(i int) bool { return fold[i] == f })))
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
			line(by.name+" "+k, sum(cvT, func(i int) bool { return by.key(train[i]) == k }), sum(dvT, func(i int) bool { return by.key(dev[i]) == k }))
		}
	}
	return nil
}

// tally is an article's scores with its gold relations that have no
// source, which no prediction can match (the scorer's recall ceiling).
type tally struct {
	polnear.Scores
	noSource int
}

func tallies(arts []polnear.Article, s []polnear.Scores) []tally {
	t := make([]tally, len(arts))
	for i := range arts {
		t[i].Scores = s[i]
		for _, r := range arts[i].Relations {
			if len(r.Source) == 0 {
				t[i].noSource++
			}
		}
	}
	return t
}
