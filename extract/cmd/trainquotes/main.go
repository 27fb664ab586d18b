// Command trainquotes trains the quotation model (quotes.Said: which
// quotation-marked stretches are quotations somebody said, which are quoted
// words) from PolNeAR train. It first prints 5-fold cross-validation over
// the train articles (folds by article) of the shared scorer's direct-quote
// figures for each threshold and setting asked for, then trains on all of
// train with the first ones and writes the model (make quote-model).
//
// Its figures read the embedded cue detector, which was trained on every
// train article, so they flatter the model a little (by 0.007 on the
// direct-quote F1 when measured, 0.954 against 0.947): make eval's
// cross-validation (evalattrib) retrains the cue detector per fold and is
// the figure to report.
//
//	trainquotes -data ../shared/data/polnear/train -threshold -1,0,1 -out extract/quotes/model/said.bin
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/polnear"
	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/quotes/train"
)

func main() {
	data := flag.String("data", "../shared/data/polnear/train", "PolNeAR train directory")
	thresholds := flag.String("threshold", "0", "thresholds to cross-validate (comma-separated); the model keeps train.Default's")
	epochs := flag.String("epochs", strconv.Itoa(train.Default.Epochs), "epochs to cross-validate (comma-separated)")
	l2 := flag.String("l2", strconv.FormatFloat(train.Default.L2, 'g', -1, 64), "weight decays to cross-validate (comma-separated)")
	content := flag.Bool("content-label", false, "learn every stretch inside annotated content as said, not only the scorer's gold stretches (a comparison: train-CV F1 0.952 against 0.960)")
	errs := flag.String("errors", "", "write the cross-validation errors at the first threshold to this file (analysis)")
	out := flag.String("out", "", "write the model trained on all of train with train.Default here")
	flag.Parse()
	if err := run(*data, *thresholds, *epochs, *l2, *content, *out, *errs, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "trainquotes:", err)
		os.Exit(1)
	}
}

func floats(s string) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", f)
		}
		out = append(out, v)
	}
	return out, nil
}

func run(data, thresholds, epochs, l2s string, contentLabel bool, out, errs string, w io.Writer) error {
	ts, err := floats(thresholds)
	if err != nil {
		return err
	}
	es, err := floats(epochs)
	if err != nil {
		return err
	}
	ls, err := floats(l2s)
	if err != nil {
		return err
	}
	arts, err := polnear.Load(data)
	if err != nil {
		return err
	}
	cands, err := polnear.SaidCandidates(arts, extract.Options{})
	if err != nil {
		return err
	}
	label := polnear.SaidCandidate.Label
	if contentLabel {
		label = polnear.SaidCandidate.Said
	}
	fold := polnear.Fold(arts, polnear.Folds)
	fmt.Fprintf(w, "%-28s %7s %7s %7s\n", "train 5-fold CV", "P", "R", "F1")
	for _, e := range es {
		for _, l := range ls {
			opt := train.Default
			opt.Epochs, opt.L2 = int(e), l
			var models [polnear.Folds]*quotes.Said
			for f := range models {
				var ex []train.Example
				for i, cs := range cands {
					if fold[i] != f {
						for _, c := range cs {
							if c.Learned() {
								ex = append(ex, train.Example{Features: c.Features, Said: label(c)})
							}
						}
					}
				}
				models[f] = train.Said(ex, opt)
			}
			for _, t := range ts {
				var s polnear.Scores
				for i, cs := range cands {
					m := models[fold[i]]
					var p polnear.Prediction
					for _, c := range cs {
						if m.Score(c.Features) >= float32(t) && !has(c.Features, nickname) && c.Learned() {
							p.Quotes = append(p.Quotes, polnear.Attribution{Span: c.Span})
						}
					}
					if err := s.Add(&arts[i], p); err != nil {
						return err
					}
				}
				if errs != "" && t == ts[0] {
					if err := writeErrors(errs, arts, cands, fold, models[:], float32(t)); err != nil {
						return err
					}
				}
				fmt.Fprintf(w, "%-28s %7.4f %7.4f %7.4f\n", fmt.Sprintf("epochs %g l2 %g threshold %g", e, l, t), s.QuotePrecision(), s.QuoteRecall(), s.QuoteF1())
			}
		}
	}
	if out == "" {
		return nil
	}
	b, err := train.Said(polnear.SaidExamples(cands), train.Default).MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "quotation model: %d bytes → %s\n", len(b), out)
	return nil
}

// nickname is the feature of a nickname in marks (`Ann "Nan" Price`),
// which the engine never reads as a quotation (see
// attribution.saidChoice.keeps), nor single-marked words in an article
// that quotes in double marks (not Learned); the figures here do as it does.
var nickname = quotes.Feature("rule.nickname")

func has(f []uint32, k uint32) bool {
	for _, x := range f {
		if x == k {
			return true
		}
	}
	return false
}
