//go:build !js

package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/polnear"
)

// The learning curve (evalattrib -learning): does dev lie above train-CV
// because CV's models see 4/5 of train and dev's see all of it? Dev is
// scored with models trained on k of the polnear.Folds folds of train, for
// k = 1…5, every model (cue detector to speech classifier) trained on those
// articles alone, as make eval trains each fold's. For k < 5 the training
// sets are each run of k consecutive folds (cyclically), so each size has
// polnear.Folds samples of dev, whose mean and spread tell the size's effect
// from which articles were drawn; at k = 4 they are exactly make eval's
// fold models, and each scores its held-out fold too (train-CV, summed as
// make eval sums it). -learning-cv10 adds train-CV with 10 folds, whose
// models see 9/10 of train.
var (
	learning          bool
	learningSizes     = "1,2,3,4,5"
	learningRotations = polnear.Folds
	learningCV10      bool
)

func init() {
	flag.BoolVar(&learning, "learning", false, "dev scored with every fold's models (trained on 4/5 of train) beside all of train's, and the learning curve over 1/5…5/5 of train")
	flag.StringVar(&learningSizes, "learning-sizes", learningSizes, "the training sizes of -learning, in fifths of train (comma-separated; empty for none)")
	flag.IntVar(&learningRotations, "learning-rotations", learningRotations, "how many of the runs of consecutive folds -learning trains at each size below 5/5 (1 to 5)")
	flag.BoolVar(&learningCV10, "learning-cv10", false, "with -learning, train-CV with 10 folds too (models on 9/10 of train)")
}

// learningReport prints the learning curve: per training size, dev's
// content+source F1, content F1 and speaker accuracy as make eval prints
// them, each as the mean over the size's training sets with its standard
// deviation and range.
func learningReport(train []polnear.Article, data string, base extract.Options, out io.Writer) error {
	dev, err := polnear.Load(filepath.Join(data, "dev"))
	if err != nil {
		return err
	}
	var sizes []int
	for _, s := range strings.FieldsFunc(learningSizes, func(r rune) bool { return r == ',' }) {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k < 1 || k > polnear.Folds {
			return fmt.Errorf("-learning-sizes: %q is not a number of folds from 1 to %d", s, polnear.Folds)
		}
		sizes = append(sizes, k)
	}
	rot := min(max(learningRotations, 1), polnear.Folds)
	fold := polnear.Fold(train, polnear.Folds)
	metrics := []struct {
		name string
		f    func(polnear.Scores) float64
	}{
		{"content+source F1", polnear.Scores.AttributionF1},
		{"content F1", polnear.Scores.ContentF1},
		{"speaker accuracy", polnear.Scores.SpeakerAccuracy},
	}
	cells := func(s polnear.Scores) string {
		var b strings.Builder
		for _, m := range metrics {
			fmt.Fprintf(&b, " %8.4f", m.f(s))
		}
		return b.String()
	}
	fmt.Fprintf(out, "dev (and train-CV where said) by the share of train the models saw; columns: %s, %s, %s\n",
		metrics[0].name, metrics[1].name, metrics[2].name)
	type curvePoint struct {
		k, n int
		dev  []polnear.Scores
	}
	var curve []curvePoint
	for _, k := range sizes {
		p := curvePoint{k: k}
		runs := rot
		if k == polnear.Folds {
			runs = 1
		}
		var cv polnear.Scores
		for r := 0; r < runs; r++ {
			// The training set: folds r … r+k-1; at k = 4 the one left out,
			// r+4, is the CV fold these models are make eval's for.
			in := func(f int) bool { return (f-r+polnear.Folds)%polnear.Folds < k }
			var sub, held []polnear.Article
			for i := range train {
				if in(fold[i]) {
					sub = append(sub, train[i])
				} else {
					held = append(held, train[i])
				}
			}
			p.n = len(sub)
			t0 := time.Now()
			opt, err := trained(sub, base)
			if err != nil {
				return err
			}
			t1 := time.Now()
			d, err := score(dev, opt)
			if err != nil {
				return err
			}
			// The times go to stderr: what scoring dev with each fold's
			// models would add to make eval.
			fmt.Fprintf(os.Stderr, "%d/%d, folds %s: training %v, scoring dev %v\n", k, polnear.Folds, foldRun(r, k),
				t1.Sub(t0).Round(time.Second), time.Since(t1).Round(time.Second))
			p.dev = append(p.dev, d)
			label := fmt.Sprintf("%d/%d of train, folds %s", k, polnear.Folds, foldRun(r, k))
			if k == polnear.Folds-1 {
				h, err := score(held, opt)
				if err != nil {
					return err
				}
				cv.Merge(h)
				fmt.Fprintf(out, "  %-34s dev%s | its held-out fold %d%s\n", label, cells(d), (r+k)%polnear.Folds, cells(h))
			} else {
				fmt.Fprintf(out, "  %-34s dev%s\n", label, cells(d))
			}
		}
		curve = append(curve, p)
		fmt.Fprintf(out, "%d/%d of train (%d articles), dev over %d training sets:\n", k, polnear.Folds, p.n, len(p.dev))
		for _, m := range metrics {
			mean, sd, lo, hi := spread(p.dev, m.f)
			fmt.Fprintf(out, "  %-20s mean %.4f  sd %.4f  range %.4f–%.4f\n", m.name, mean, sd, lo, hi)
		}
		if k == polnear.Folds-1 && runs == polnear.Folds {
			fmt.Fprintf(out, "  train-CV (%d folds, summed as make eval):%s\n", polnear.Folds, cells(cv))
		}
	}
	// The slope: how much dev's figure rises per fifth of train added,
	// between consecutive sizes measured.
	if len(curve) > 1 {
		fmt.Fprintf(out, "dev's rise per fifth of train (mean content+source F1, content F1, speaker accuracy):\n")
		for i := 1; i < len(curve); i++ {
			a, b := curve[i-1], curve[i]
			fmt.Fprintf(out, "  %d/%d → %d/%d:", a.k, polnear.Folds, b.k, polnear.Folds)
			for _, m := range metrics {
				ma, _, _, _ := spread(a.dev, m.f)
				mb, _, _, _ := spread(b.dev, m.f)
				fmt.Fprintf(out, " %+8.4f", (mb-ma)/float64(b.k-a.k))
			}
			fmt.Fprintln(out)
		}
	}
	if learningCV10 {
		const k = 10
		cv, err := crossValidateFolds(train, k, base, false, func(f, held int, s polnear.Scores) {
			fmt.Fprintf(out, "  10-fold CV, fold %d (%d articles held out):%s\n", f, held, cells(s))
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "train-CV with %d folds (models on 9/10 of train):%s\n", k, cells(cv))
	}
	return nil
}

// foldRun names the folds r … r+k-1 (cyclically).
func foldRun(r, k int) string {
	var fs []string
	for i := 0; i < k; i++ {
		fs = append(fs, strconv.Itoa((r+i)%polnear.Folds))
	}
	return strings.Join(fs, ",")
}

// spread is the mean of f over ss, its standard deviation (n−1) and range.
func spread(ss []polnear.Scores, f func(polnear.Scores) float64) (mean, sd, lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, s := range ss {
		v := f(s)
		mean += v
		lo, hi = min(lo, v), max(hi, v)
	}
	mean /= float64(len(ss))
	if len(ss) > 1 {
		for _, s := range ss {
			sd += (f(s) - mean) * (f(s) - mean)
		}
		sd = math.Sqrt(sd / float64(len(ss)-1))
	}
	return mean, sd, lo, hi
}
