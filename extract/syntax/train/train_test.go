package train

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/syntax"
)

// Sentences written for the project, in CoNLL-2003's columns (IOB1 chunks).
const sample = `-DOCSTART- -X- -X- O

The DT I-NP O
minister NN I-NP O
said VBD I-VP O
the DT I-NP O
bridge NN I-NP O
would MD I-VP O
open VB I-VP O
. . O O

A DT I-NP O
spokeswoman NN I-NP O
told VBD I-VP O
reporters NNS I-NP O
the DT B-NP O
council NN I-NP O
had VBD I-VP O
agreed VBN I-VP O
. . O O

-DOCSTART- -X- -X- O

The DT I-NP O
mayor NN I-NP O
said VBD I-VP O
on IN I-PP O
Tuesday NNP I-NP O
that IN I-SBAR O
the DT I-NP O
road NN I-NP O
was VBD I-VP O
closed VBN I-VP O
. . O O
`

func sampleDocs(t *testing.T) []Doc {
	t.Helper()
	docs, err := readCoNLL(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestReadCoNLLConvertsIOB1ToBIO(t *testing.T) {
	docs := sampleDocs(t)
	if len(docs) != 2 || len(docs[0]) != 2 || len(docs[1]) != 1 {
		t.Fatalf("read %d articles", len(docs))
	}
	// "reporters the council": two noun phrases side by side, B- only on
	// the second in IOB1, on both in BIO.
	want := []string{"B-NP", "I-NP", "B-VP", "B-NP", "B-NP", "I-NP", "B-VP", "I-VP", "O"}
	if got := docs[0][1].Chunks; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	chunks := ChunksOf(docs[0][1].Chunks)
	if len(chunks) != 5 || chunks[3] != (syntax.Chunk{Kind: "NP", From: 4, To: 6}) {
		t.Errorf("chunks %v", chunks)
	}
}

func TestTrainingIsReproducible(t *testing.T) {
	docs := sampleDocs(t)
	opt := Options{POSEpochs: 3, ChunkEpochs: 3, Seed: 4, MinWeight: 0.01, Jackknife: 2}
	pos1, chunk1, err := Train(docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	pos2, chunk2, err := Train(docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(pos1, pos2) || !bytes.Equal(chunk1, chunk2) {
		t.Error("the same data and seed gave different models")
	}
	m, err := syntax.Decode(pos1, chunk1)
	if err != nil {
		t.Fatal(err)
	}
	// Trained and scored on the same three sentences, the models learn them.
	if s := Evaluate(m, docs); s.Accuracy() < 0.9 || s.F1() < 0.8 {
		t.Errorf("on its own training data: POS %.3f, chunk F1 %.3f", s.Accuracy(), s.F1())
	}
}

func TestBIOToBIOES(t *testing.T) {
	// "reporters the council had agreed ."
	in := []string{"B-NP", "B-NP", "I-NP", "B-VP", "I-VP", "O"}
	want := []string{"S-NP", "B-NP", "E-NP", "B-VP", "E-VP", "O"}
	if got := BIOToBIOES(in); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got, want := ChunksOf(BIOToBIOES(in)), ChunksOf(in); !reflect.DeepEqual(got, want) {
		t.Errorf("BIOES chunks %v, BIO chunks %v", got, want)
	}
}

// A chunker trained on BIOES labels still gives the pipeline BIO labels,
// as the later stages' features read them.
func TestBIOESChunkerGivesBIOLabels(t *testing.T) {
	docs := sampleDocs(t)
	opt := Options{POSEpochs: 3, ChunkEpochs: 3, Seed: 4, MinWeight: 0.01, BIOES: true}
	pos, chunk, err := Train(docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	m, err := syntax.Decode(pos, chunk)
	if err != nil {
		t.Fatal(err)
	}
	var r syntax.Result
	syntax.NewParser(m).Parse(docs[0][1].Words, &r)
	if want := docs[0][1].Chunks; !reflect.DeepEqual(r.Labels, want) {
		t.Errorf("labels %v, want %v", r.Labels, want)
	}
}

// Comparing chunkers a second time with the fold taggers kept in a folder
// gives the same scores without training them again, and a sweep scores
// the same chunkers pruned harder (smaller).
func TestCompareChunkersReusesFoldTaggers(t *testing.T) {
	docs := sampleDocs(t)
	opt := Options{POSEpochs: 3, ChunkEpochs: 3, Seed: 4, MinWeight: 0.01, FoldCache: t.TempDir()}
	v := opt
	v.Sweep = []float64{1e9}
	first, err := CompareChunkers(docs, 2, opt, []Options{v})
	if err != nil {
		t.Fatal(err)
	}
	kept, _ := os.ReadDir(opt.FoldCache)
	if len(kept) != 2 {
		t.Fatalf("%d files kept, want the 2 fold taggers", len(kept))
	}
	second, err := CompareChunkers(docs, 2, opt, []Options{v})
	if err != nil {
		t.Fatal(err)
	}
	for i := range first {
		first[i].Seconds, second[i].Seconds = 0, 0
	}
	if !reflect.DeepEqual(first, second) {
		t.Errorf("with kept taggers %+v, trained %+v", second, first)
	}
	if len(first) != 2 || first[1].Bytes >= first[0].Bytes || first[1].ChunksPredicted != 0 {
		t.Errorf("scores %+v: want the chunker at min weight 0.01, then pruned empty", first)
	}
}
