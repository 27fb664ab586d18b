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
	flag.Parse()

	train, err := readCoNLL(filepath.Join(*data, "eng.train"))
	if err != nil {
		fail(err)
	}
	dev, err := readCoNLL(filepath.Join(*data, "eng.testa"))
	if err != nil {
		fail(err)
	}
	model := entities.TrainNER(train, entities.TrainOptions{
		Epochs: *epochs, Seed: *seed, MinWeight: *minWeight,
		Progress: func(e int, acc float64) {
			fmt.Fprintf(os.Stderr, "epoch %d: token accuracy on train %.4f\n", e, acc)
		},
	})
	if *news != "" {
		texts, err := readTexts(*news)
		if err != nil {
			fail(err)
		}
		var added int
		model, added, err = entities.HarvestNames(model, texts, 5)
		if err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "gazetteer: %d names harvested from %d texts in %s\n", added, len(texts), *news)
	}
	if err := os.WriteFile(*out, model, 0o644); err != nil {
		fail(err)
	}
	scores, err := entities.EvaluateNER(model, dev)
	if err != nil {
		fail(err)
	}
	var all entities.NERScore
	for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
		s := scores[t]
		fmt.Printf("%-4s F1 %.3f (gold %d)\n", t, s.F1(), s.Gold)
		if t != "MISC" {
			all.Correct += s.Correct
			all.Predicted += s.Predicted
			all.Gold += s.Gold
		}
	}
	fmt.Printf("eng.testa F1 PER/ORG/LOC %.4f; model %d bytes -> %s\n", all.F1(), len(model), *out)
	if *baseline {
		var base entities.NERScore
		for t, s := range scoreProse(dev) {
			if t != "MISC" {
				base.Correct += s.Correct
				base.Predicted += s.Predicted
				base.Gold += s.Gold
			}
		}
		fmt.Printf("prose v2 default model, same sentences: F1 PER/ORG/LOC %.4f\n", base.F1())
	}
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
