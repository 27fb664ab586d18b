// Command trainsyntax rebuilds the embedded part-of-speech tagger and
// chunker from CoNLL-2003: it trains on eng.train with a fixed seed, writes
// extract/syntax/pos.bin and chunk.bin, and prints their scores on
// eng.testa beside prose v2's tagger on the same tokens.
//
//	go run ./extract/cmd/trainsyntax -data ../shared/data/conll2003 -baseline
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract/syntax"
	"github.com/whosaid/whosaid/extract/syntax/train"
)

func main() {
	data := flag.String("data", "../shared/data/conll2003", "folder with eng.train and eng.testa")
	out := flag.String("out", "extract/syntax", "folder to write pos.bin and chunk.bin to (\"\": do not write)")
	var opt train.Options
	flag.IntVar(&opt.POSEpochs, "pos-epochs", 20, "training passes of the tagger (eng.train 5-fold CV POS / chunk F1: 10 0.9572/0.9119, 15 0.9576/0.9121, 20 0.9577/0.9123, 30 0.9576/0.9117)")
	flag.IntVar(&opt.ChunkEpochs, "chunk-epochs", 10, "training passes of the chunker")
	flag.Int64Var(&opt.Seed, "seed", 1, "shuffle seed")
	flag.Float64Var(&opt.MinWeight, "min-weight", 1, "drop averaged weights smaller than this")
	flag.Float64Var(&opt.ChunkMinWeight, "chunk-min-weight", 0, "the chunker's -min-weight (0: the same; with -cv -sweep, the sweep prunes the tagger only)")
	flag.IntVar(&opt.Jackknife, "jackknife", 0, "train the chunker on tags predicted by this many folds (≤1: gold tags)")
	flag.BoolVar(&opt.BIOES, "bioes", false, "train the chunker on BIOES labels rather than BIO")
	flag.IntVar(&opt.ChunkBeam, "chunk-beam", syntax.ChunkBeam, "train the chunker with a beam this wide, early update (1: greedy); the engine decodes with syntax.ChunkBeam, so set that the same (eng.train 5-fold CV chunk F1 at min weight 1.1: 1 0.9122, 2 0.9219, 4 0.9220, 8 0.9224; 4 with 15 epochs no better; 2 at min weight 1: 0.9219, 0.8: 0.9223 with twice the bytes)")
	flag.BoolVar(&opt.ChunkMerge, "chunk-merge", syntax.ChunkBeamMerge, "the chunker's beam keeps one sequence per last two labels (set syntax.ChunkBeamMerge the same; beam 2: CV 0.9219, as without)")
	flag.IntVar(&opt.LexiconMin, "lexicon-min", 0, "words seen this often go in the tagger's lexicon of ambiguity classes (0: no lexicon)")
	flag.Float64Var(&opt.LexiconShare, "lexicon-share", 0.05, "a tag is in a word's ambiguity class when it is this share of the word's tags")
	flag.IntVar(&opt.TagDictMin, "tagdict-min", 5, "words seen this often go in the tagger's tag dictionary, tagged unscored (0: no dictionary; eng.train 5-fold CV POS / chunk F1 / share of tokens unscored: none 0.9577/0.9122/0%, 5/0.995 0.9580/0.9121/58.7%, 5/1 0.9580/0.9121/54.4%, 10/0.99 0.9578/0.9120/56.7%, 20/0.97 0.9578/0.9119/54.3%, 3/0.99 0.9581/0.9122/64.8%; with the chunk dictionary 20/0.99: 5/0.995 0.9580/0.9131, 3/0.99 0.9581/0.9132; with the beam chunker, seeds 1 and 2: 5/0.995 0.9580/0.9221 and 0.9582/0.9217, 3/0.99 0.9581/0.9222 and 0.9583/0.9216, 3/0.98 0.9581/0.9220 and 0.9583/0.9215 (67.2%), 2/0.99 0.9581/0.9219 and 0.9583/0.9214 (67.4%), 2/0.98 0.9580/0.9218 and 0.9583/0.9213 (69.8%), 1/0.98 0.9571/0.9207 and 0.9573/0.9204 (73.7%); 3/0.99 lowers PolNeAR's attribution train-CV 0.7219 -> 0.7206, so 5/0.995 stays)")
	flag.Float64Var(&opt.TagDictShare, "tagdict-share", 0.995, "a word goes in the tag dictionary when its most frequent tag is this share of its tags")
	flag.IntVar(&opt.ChunkDictMin, "chunkdict-min", 0, "for a greedy chunker (-chunk-beam 1; the beam reads no dictionary): pairs of a chunk label and the next token's tag seen this often go in the chunker's dictionary, which labels the token unscored (0: no dictionary; eng.train 5-fold CV chunk F1 / share of chunk labels unscored, behind the tag dictionary 5/0.995: none 0.9121/0%, 20/0.999 0.9126/18.0%, 20/0.995 0.9128/37.3%, 20/0.99 0.9131/46.6%, 100/0.99 0.9130/45.5%, 20/0.98 0.9128/52.7%)")
	flag.Float64Var(&opt.ChunkDictShare, "chunkdict-share", 0.99, "a pair goes in the chunk dictionary when one label follows it this share of the time")
	flag.IntVar(&opt.ChunkOutsideMin, "chunk-outside-min", 100, "tags seen this often whose tokens are outside every chunk (O) -chunk-outside-share of the time are labelled O unscored, by the beam chunker too (0: none; eng.train 5-fold CV chunk F1, seeds 1/2, share of chunk labels unscored: none 0.9221/0.9217, 100/0.999 (quotation marks) 0.9221/0.9217 1.1%, 100/0.99 (and \".\", \")\") 0.9217/0.9214 6.1%, 100/0.95 (and \",\", \"(\", SYM) 0.9190/0.9186 11.3%)")
	flag.Float64Var(&opt.ChunkOutsideShare, "chunk-outside-share", 0.999, "see -chunk-outside-min")
	flag.BoolVar(&opt.ChunkTrainSkip, "chunk-train-skip", false, "train the beam chunker with the outside tags' tokens O unscored too, as it decodes (with -tagdicts: a chunker trained for each setting; eng.train 5-fold CV chunk F1, seeds 1/2, against 0.9221/0.9217 without: 100/0.999 0.9223/0.9224, 100/0.99 0.9212/0.9220; 100/0.999 lowers PolNeAR's attribution train-CV 0.7219 -> 0.7199, so off)")
	tagDicts := flag.String("tagdicts", "", "with -cv: only cross-validate tag dictionaries, comma-separated min/share (\"0/0,20/0.99,5/0.995/20/0.99,5/0.995/0/0/100/0.995\": min/share of the tag dictionary, then of the chunk dictionary, then of the outside tags; 0/0: none), behind the same fold models")
	flag.StringVar(&opt.FoldCache, "fold-cache", "", "with -chunkers: keep the fold taggers in this folder and reuse them (delete it when the tagger's features change)")
	cv := flag.Int("cv", 0, "also cross-validate these options over eng.train with this many folds (by article)")
	sweep := flag.String("sweep", "", "comma-separated pruning thresholds to cross-validate and size (with -cv; with -chunkers, the chunkers' only)")
	variants := flag.String("chunkers", "", "with -cv: only cross-validate chunkers behind shared fold taggers, one per comma-separated variant of labels/POS/epochs/min weight (\"bio/gold/10/1,bioes/jk/10/1\")")
	baseline := flag.Bool("baseline", false, "also measure prose v2's tagger on eng.testa")
	verbose := flag.Bool("v", false, "print each epoch's training accuracy")
	evalOnly := flag.Bool("eval", false, "only score the models in -out on eng.testa (no training)")
	flag.Parse()
	if *verbose {
		opt.Progress = func(model string, epoch int, acc float64) {
			fmt.Fprintf(os.Stderr, "%s epoch %d: accuracy on train %.4f\n", model, epoch, acc)
		}
	}

	dev, err := train.ReadCoNLL(filepath.Join(*data, "eng.testa"))
	if err != nil {
		fail(err)
	}
	fmt.Printf("| model | data | POS accuracy | chunk F1 | weights (bytes) | tokens/s (CPU time) |\n|---|---|---|---|---|---|\n")
	if *evalOnly {
		pos, err := os.ReadFile(filepath.Join(*out, "pos.bin"))
		if err != nil {
			fail(err)
		}
		chunk, err := os.ReadFile(filepath.Join(*out, "chunk.bin"))
		if err != nil {
			fail(err)
		}
		report(pos, chunk, dev, "whosaid (embedded)", *baseline, syntax.ChunkBeam, syntax.ChunkBeamMerge)
		return
	}
	trainDocs, err := train.ReadCoNLL(filepath.Join(*data, "eng.train"))
	if err != nil {
		fail(err)
	}
	var mins []float64
	for _, f := range strings.Split(*sweep, ",") {
		if f == "" {
			continue
		}
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			fail(err)
		}
		mins = append(mins, v)
	}
	if *cv > 1 && *tagDicts != "" {
		compareTagDicts(trainDocs, *cv, opt, *tagDicts)
		return
	}
	if *cv > 1 && *variants != "" {
		compareChunkers(trainDocs, *cv, opt, *variants, mins)
		return
	}
	if *cv > 1 {
		if len(mins) == 0 {
			mins = []float64{opt.MinWeight}
		}
		scores, err := train.CrossValidate(trainDocs, *cv, opt, mins)
		if err != nil {
			fail(err)
		}
		for i, s := range scores {
			o := opt
			o.MinWeight = mins[i]
			fmt.Printf("| whosaid (%s) | eng.train %d-fold CV | %.4f | %.4f | | %.2fM |\n", describe(o), *cv, s.Accuracy(), s.F1(), s.TokensPerSecond()/1e6)
		}
	}
	posT, chunkT, err := train.TrainBoth(trainDocs, opt)
	if err != nil {
		fail(err)
	}
	if *sweep != "" {
		for _, f := range strings.Split(*sweep, ",") {
			v, _ := strconv.ParseFloat(f, 64)
			fmt.Fprintf(os.Stderr, "min weight %g: %d + %d bytes\n", v, len(posT.Encode(v)), len(chunkT.Encode(opt.ChunkMin(v))))
		}
	}
	pos, chunk := posT.Encode(opt.MinWeight), chunkT.Encode(opt.ChunkMin(opt.MinWeight))
	if *out != "" {
		for name, b := range map[string][]byte{"pos.bin": pos, "chunk.bin": chunk} {
			if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
				fail(err)
			}
		}
	}
	report(pos, chunk, dev, "whosaid ("+describe(opt)+")", *baseline, opt.ChunkBeam, opt.ChunkMerge)
}

// report prints the models' scores on dev, and prose's if asked.
func report(pos, chunk []byte, dev []train.Doc, name string, baseline bool, beam int, merge bool) {
	m, err := syntax.Decode(pos, chunk)
	if err != nil {
		fail(err)
	}
	m.SetChunkBeam(beam, merge)
	s := train.Evaluate(m, dev)
	fmt.Printf("| %s | eng.testa | %.4f | %.4f | %d + %d | %.2fM |\n",
		name, s.Accuracy(), s.F1(), len(pos), len(chunk), s.TokensPerSecond()/1e6)
	g := train.EvaluateChunksOnGoldTags(m, dev)
	fmt.Printf("| whosaid chunker alone, on gold POS | eng.testa | – | %.4f | | |\n", g.F1())
	if baseline {
		b := scoreProse(dev)
		fmt.Printf("| prose v2 tagger | eng.testa | %.4f | – | – | %.2fM |\n", b.Accuracy(), b.TokensPerSecond()/1e6)
	}
}

// compareChunkers prints the cross-validated score of each chunker variant.
func compareChunkers(docs []train.Doc, k int, opt train.Options, spec string, sweep []float64) {
	var vs []train.Options
	for _, v := range strings.Split(spec, ",") {
		parts := strings.Split(v, "/")
		if len(parts) < 4 || len(parts) > 6 {
			fail(fmt.Errorf("chunker variant %q is not labels/POS/epochs/min weight[/beam[/merge]]", v))
		}
		o := opt
		o.BIOES = parts[0] == "bioes"
		o.Jackknife = 0
		if parts[1] == "jk" {
			o.Jackknife = k
		}
		var err error
		if o.ChunkEpochs, err = strconv.Atoi(parts[2]); err != nil {
			fail(err)
		}
		if o.MinWeight, err = strconv.ParseFloat(parts[3], 64); err != nil {
			fail(err)
		}
		o.ChunkMerge = len(parts) == 6 && parts[5] == "merge"
		if len(parts) >= 5 {
			if o.ChunkBeam, err = strconv.Atoi(parts[4]); err != nil {
				fail(err)
			}
		}
		o.Sweep = sweep
		vs = append(vs, o)
	}
	scores, err := train.CompareChunkers(docs, k, opt, vs)
	if err != nil {
		fail(err)
	}
	for i, s := range scores {
		o := vs[i/(1+len(sweep))]
		if w := i % (1 + len(sweep)); w > 0 {
			o.MinWeight = sweep[w-1]
		}
		fmt.Printf("| whosaid (%s) | eng.train %d-fold CV | %.4f | %.4f | chunker %d (fold mean) | %.2fM |\n", describe(o), k, s.Accuracy(), s.F1(), s.Bytes/k, s.TokensPerSecond()/1e6)
	}
}

func describe(o train.Options) string {
	chunkOn := "gold POS"
	if o.Jackknife > 1 {
		chunkOn = fmt.Sprintf("%d-fold jackknifed POS", o.Jackknife)
	}
	labels := "BIO"
	if o.BIOES {
		labels = "BIOES"
	}
	beam := fmt.Sprintf("beam %d", max(1, o.ChunkBeam))
	if o.ChunkMerge {
		beam += " merging equal last labels"
	}
	return fmt.Sprintf("epochs %d/%d, min weight %g/%g, lexicon %d/%g, %s chunker on %s, %s", o.POSEpochs, o.ChunkEpochs, o.MinWeight, o.ChunkMin(o.MinWeight), o.LexiconMin, o.LexiconShare, labels, chunkOn, beam)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainsyntax:", err)
	os.Exit(1)
}
