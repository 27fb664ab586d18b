//go:build !js

// Command evalattrib measures the engine's quotations, speakers and
// attributions on PolNeAR with the shared scorer's figures, computed in
// process (extract/polnear), and trains the engine's learned models.
//
//	evalattrib                 train 5-fold CV and dev, side by side
//	evalattrib -split dev      one split with the embedded models, every scorer line
//	evalattrib -rules          the same with the rules' sources (no ranker)
//	evalattrib -ablate         the source ranker's feature groups, one left out at a time (train CV)
//	evalattrib -margins        train-CV of the margin the ranker needs over the rules' choice
//	evalattrib -spans          train-CV of how a pick inside the rules' phrase is shown
//	evalattrib -speech         train-CV of the speech classifier's threshold after the ranker, and by cue what it drops
//	evalattrib -speech-full    the same threshold by make eval's train-CV (cue detector held out too) and dev
//	evalattrib -gap            train-CV beside dev per fold, outlet, article length and month, with content F1,
//	                           the share of content-right predictions with the right source, and of gold with none
//	evalattrib -write DIR      train every model on all of train, write DIR/NAME.bin
//	evalattrib -misses         train-CV: what attribution recall and precision lose, by cue and shape
//	evalattrib -statement-kinds  train-CV: the statements made by kind, cue, content shape, and how many match gold
//	evalattrib -source-misses  train-CV of the source ranker: each statement it gives a wrong source
//	evalattrib -breakdown dev  why matched statements miss their source (embedded models)
//	evalattrib -margins -seed 2  the same ranker figures with another order of visiting train (how much is luck)
//	evalattrib -margins -wrong-only=false  the ranker's training settings (-epochs, -fit-slack, -prune, -wrong-only)
//
// Cross-validation: for each of polnear.Folds folds of train (by article),
// every component is trained on the other folds and the held-out fold is
// annotated with those models; the counts are summed over folds. Dev is
// annotated with models trained on all of train.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/whosaid/whosaid/extract"
	attr "github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/polnear"
)

func main() {
	data := flag.String("data", "../shared/data/polnear", "PolNeAR directory holding train/ and dev/")
	split := flag.String("split", "", "score one split (train or dev) with the embedded models and print every scorer line")
	rules := flag.Bool("rules", false, "the rules' sources, no ranker")
	ablate := flag.Bool("ablate", false, "train-CV with each feature group of the source ranker left out")
	margins := flag.Bool("margins", false, "train-CV of the source ranker's margin over the rules' choice")
	spans := flag.Bool("spans", false, "train-CV of how a source picked inside the rules' phrase is shown")
	speech := flag.Bool("speech", false, "train-CV of the speech classifier's threshold after the source ranker")
	speechAll := flag.Bool("speech-full", false, "the speech classifier's threshold by make eval's train-CV (every model held out) and dev")
	gap := flag.Bool("gap", false, "train-CV beside dev per fold, outlet, article length and month")
	write := flag.String("write", "", "train every model on all of train and write it to this directory")
	srcMiss := flag.Bool("source-misses", false, "train-CV of the source ranker: each statement whose chosen source overlaps no gold one")
	kinds := flag.Bool("statement-kinds", false, "train-CV: the statements made, by kind, cue, content shape and source, and how many match gold")
	miss := flag.Bool("misses", false, "train-CV: the gold attributions no prediction overlaps, by cue and shape, and the predictions overlapping no gold")
	off := flag.String("off", "", "source ranker feature groups to leave out (comma-separated), for -margins and the figures")
	bd := flag.String("breakdown", "", "with the embedded models, why matched statements of this split (train or dev) miss their source")
	seed := flag.Int64("seed", attr.DefaultSourceTraining.Seed, "the seed of the source ranker's order of visiting train (another seed shows how much a figure is luck)")
	flag.IntVar(&sourceTraining.Epochs, "epochs", sourceTraining.Epochs, "the source ranker's passes over train")
	flag.Float64Var(&sourceTraining.FitSlack, "fit-slack", sourceTraining.FitSlack, "how much better a right candidate must fit the gold source to be the one the ranker learns (0: 0.2; below 0: the best-scored right one)")
	flag.Float64Var(&sourceTraining.Prune, "prune", sourceTraining.Prune, "the source ranker's averaged weights smaller than this are dropped")
	flag.BoolVar(&sourceTraining.WrongOnly, "wrong-only", sourceTraining.WrongOnly, "the source ranker learns from wrong picks only (-wrong-only=false: from right picks that fit the gold source worse too)")
	float32Flag(&attr.InnerCut, "inner-cut", "how much surer than a statement's cue a cue inside its clause with its own speaker must be to take the clause (default 1e9: never; 5 was tried)")
	flag.IntVar(&attr.InsideShapes, "inside", attr.InsideShapes, "more candidates inside reported statements: 1 the subject of a verb of stance, 2 the phrase after \"of\" opening a noun cue's statement, 3 both")
	flag.BoolVar(&attr.CueChunkFeature, "cue-chunk", attr.CueChunkFeature, "the source ranker reads whether a candidate lies in the noun phrase holding the cue, with its form and whether it is a possessor")
	flag.BoolVar(&attr.NounOwnPhrase, "noun-own-phrase", attr.NounOwnPhrase, "the rules look for a noun cue's speaker before the noun phrase that holds it, not in it")
	flag.BoolVar(&attr.ShowRelativePick, "relative-pick", attr.ShowRelativePick, "show a pick of the rules' phrase with the relative pronoun after it as picked only when the pronoun is the cue's subject (false: always)")
	flag.StringVar(&examplesFile, "cache", "", "keep the source examples of train in this file between runs of -margins, -spans, -ablate, -source-misses")
	flag.Int64Var(&speechSeed, "speech-seed", speechSeed, "the seed of the speech classifier's order of visiting train (another shows how much a figure is luck)")
	flag.Parse()
	sourceTraining.Seed = *seed
	if *off != "" {
		sourceTraining.Off = strings.Split(*off, ",")
	}
	// The diagnostic reports: each reads one split and prints to stdout.
	reports := []struct {
		on    bool
		split string
		print func([]polnear.Article) error
	}{
		{*bd != "", *bd, func(a []polnear.Article) error { return breakdown(a, extract.Options{}, os.Stdout) }},
		{*srcMiss, "train", func(a []polnear.Article) error { return sourceMisses(a, extract.Options{}, os.Stdout) }},
		{*kinds, "train", func(a []polnear.Article) error { return statementKinds(a, extract.Options{}, os.Stdout) }},
		{*miss, "train", func(a []polnear.Article) error {
			return misses(a, extract.Options{RuleSources: *rules}, os.Stdout)
		}},
		{*gap, "train", func(train []polnear.Article) error {
			dev, err := polnear.Load(filepath.Join(*data, "dev"))
			if err != nil {
				return err
			}
			return gapReport(train, dev, extract.Options{}, os.Stdout)
		}},
		{learning, "train", func(a []polnear.Article) error { return learningReport(a, *data, extract.Options{}, os.Stdout) }},
		{*spans, "train", func(a []polnear.Article) error { return spanPolicies(a, extract.Options{}, os.Stdout) }},
		{*speech, "train", func(a []polnear.Article) error { return speechCV(a, extract.Options{}, os.Stdout) }},
	}
	reported := false
	for _, r := range reports {
		if !r.on {
			continue
		}
		arts, err := polnear.Load(filepath.Join(*data, r.split))
		if err == nil {
			err = r.print(arts)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalattrib:", err)
			os.Exit(1)
		}
		reported = true
	}
	if reported {
		return
	}
	if *speechAll {
		if err := speechFull(*data, extract.Options{}, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "evalattrib:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*data, *split, *rules, *ablate || *margins, *margins, *write, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "evalattrib:", err)
		os.Exit(1)
	}
}

func run(data, split string, rules, ablate, margins bool, write string, out io.Writer) error {
	base := extract.Options{RuleSources: rules}
	if split != "" {
		arts, err := polnear.Load(filepath.Join(data, split))
		if err != nil {
			return err
		}
		s, err := score(arts, base)
		if err != nil {
			return err
		}
		fmt.Fprint(out, s.Report())
		return nil
	}
	train, err := polnear.Load(filepath.Join(data, "train"))
	if err != nil {
		return err
	}
	if write != "" {
		models, err := trainAll(train, base)
		if err != nil {
			return err
		}
		for i, c := range components {
			if err := os.WriteFile(filepath.Join(write, c.file), models[i], 0o644); err != nil {
				return err
			}
			fmt.Fprintf(out, "%s: %d bytes → %s\n", c.name, len(models[i]), filepath.Join(write, c.file))
		}
		return nil
	}
	if ablate {
		return ablation(train, base, margins, out)
	}
	dev, err := polnear.Load(filepath.Join(data, "dev"))
	if err != nil {
		return err
	}
	cv, err := crossValidate(train, base, rules)
	if err != nil {
		return err
	}
	opt := base
	if !rules {
		if opt, err = trained(train, base); err != nil {
			return err
		}
	}
	d, err := score(dev, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%-34s %10s %10s\n", "PolNeAR (shared scorer's figures)", "train-CV", "dev")
	row := func(name string, f func(polnear.Scores) float64) {
		fmt.Fprintf(out, "%-34s %10.4f %10.4f\n", name, f(cv), f(d))
	}
	row("direct-quote F1", polnear.Scores.QuoteF1)
	row("speaker accuracy", polnear.Scores.SpeakerAccuracy)
	row("attribution content+source F1", polnear.Scores.AttributionF1)
	row("attribution content F1", polnear.Scores.ContentF1)
	row("matching no gold, given no source", polnear.Scores.UnmatchedNoSourceShare)
	fmt.Fprintf(out, "%-34s %10d %10d\n", "  of statements matching no gold", cv.Unmatched, d.Unmatched)
	return nil
}

// trainAll trains each component in order on arts, each seeing the models
// before it.
func trainAll(arts []polnear.Article, base extract.Options) ([][]byte, error) {
	opt := base
	var models [][]byte
	for _, c := range components {
		m, err := c.train(arts, opt)
		if err != nil {
			return nil, fmt.Errorf("training %s: %w", c.name, err)
		}
		if err := c.use(&opt, m); err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		models = append(models, m)
	}
	return models, nil
}

// trained is base with every component trained on arts.
func trained(arts []polnear.Article, base extract.Options) (extract.Options, error) {
	models, err := trainAll(arts, base)
	if err != nil {
		return base, err
	}
	opt := base
	for i, c := range components {
		if err := c.use(&opt, models[i]); err != nil {
			return base, err
		}
	}
	return opt, nil
}

// crossValidate sums the held-out figures of each fold, the models
// trained on the other folds (or the rules alone with rules set).
func crossValidate(arts []polnear.Article, base extract.Options, rules bool) (polnear.Scores, error) {
	return crossValidateFolds(arts, polnear.Folds, base, rules, nil)
}

// eachHeldOut calls fn for every train article with models trained on the
// other 4 of the 5 folds: the loop of the analyses over train's CV.
func eachHeldOut(arts []polnear.Article, base extract.Options, fn func(a *polnear.Article, opt extract.Options) error) error {
	for f := 0; f < polnear.Folds; f++ {
		train, test := polnear.Split(arts, polnear.Folds, f)
		opt, err := trained(train, base)
		if err != nil {
			return err
		}
		for i := range test {
			if err := fn(&test[i], opt); err != nil {
				return err
			}
		}
	}
	return nil
}

// crossValidateFolds is crossValidate over k folds, telling each fold's
// figures (and how many articles it held out) to each when it is not nil.
func crossValidateFolds(arts []polnear.Article, k int, base extract.Options, rules bool, each func(f, held int, s polnear.Scores)) (polnear.Scores, error) {
	var sum polnear.Scores
	for f := 0; f < k; f++ {
		train, test := polnear.Split(arts, k, f)
		opt := base
		if !rules {
			var err error
			if opt, err = trained(train, base); err != nil {
				return sum, err
			}
		}
		s, err := score(test, opt)
		if err != nil {
			return sum, err
		}
		if each != nil {
			each(f, len(test), s)
		}
		sum.Merge(s)
	}
	return sum, nil
}

// score annotates arts with opt and sums the scorer's counts.
func score(arts []polnear.Article, opt extract.Options) (polnear.Scores, error) {
	var s polnear.Scores
	for i := range arts {
		doc, err := extract.AnnotateWith(arts[i].Text, opt)
		if err != nil {
			return s, fmt.Errorf("%s: %w", arts[i].Name, err)
		}
		if err := s.Add(&arts[i], polnear.PredictionOf(doc)); err != nil {
			return s, err
		}
	}
	return s, nil
}
