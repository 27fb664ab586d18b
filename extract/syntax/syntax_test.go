package syntax_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/benchtext"
	"github.com/whosaid/whosaid/extract/syntax"
	"github.com/whosaid/whosaid/extract/text"
)

func parse(t testing.TB, sentence string) ([]string, syntax.Result) {
	t.Helper()
	words := strings.Fields(sentence)
	r, err := syntax.Parse(words)
	if err != nil {
		t.Fatal(err)
	}
	return words, r
}

func BenchmarkParse(b *testing.B) {
	m, err := syntax.Load()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields(benchText)
	p := syntax.NewParser(m)
	var r syntax.Result
	b.ReportAllocs()
	for b.Loop() {
		p.Parse(words, &r)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAnalyze900Words tags and chunks the benchmark article (the
// pipeline's share of Annotate900Words).
func BenchmarkAnalyze900Words(b *testing.B) {
	if _, err := syntax.Load(); err != nil {
		b.Fatal(err)
	}
	td := text.Analyze(benchtext.Article(), nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := syntax.Analyze(td, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(td.Tokens))/b.Elapsed().Seconds(), "tokens/s")
}

const benchText = `The minister said on Tuesday that the new bridge over the river would open in May , two months later than the council had promised . " We are not going to cut corners , " she told reporters outside the town hall .`

func TestSaidIsAVerb(t *testing.T) {
	for _, s := range []string{
		"the minister said",
		"The minister said on Tuesday that the bridge would open in May .",
		"\" We will not cut corners , \" the mayor said .",
	} {
		words, r := parse(t, s)
		for i, w := range words {
			if w == "said" && r.Tags[i] != "VBD" {
				t.Errorf("%q: said is %s, not a past-tense verb (tags %v)", s, r.Tags[i], r.Tags)
			}
		}
	}
}

func TestTagsOfASimpleSentence(t *testing.T) {
	_, r := parse(t, "The minister said on Tuesday that the new bridge would open in May .")
	want := "DT NN VBD IN NNP IN DT JJ NN MD VB IN NNP ."
	if got := strings.Join(r.Tags, " "); got != want {
		t.Errorf("tags\n got %s\nwant %s", got, want)
	}
}

func chunkString(words []string, r syntax.Result) string {
	var out []string
	for _, c := range r.Chunks {
		out = append(out, "["+c.Kind+" "+strings.Join(words[c.From:c.To], " ")+"]")
	}
	return strings.Join(out, " ")
}

func TestChunksOfASimpleSentence(t *testing.T) {
	words, r := parse(t, "The minister said on Tuesday that the new bridge would open in May .")
	want := "[NP The minister] [VP said] [PP on] [NP Tuesday] [SBAR that] [NP the new bridge] [VP would open] [PP in] [NP May]"
	if got := chunkString(words, r); got != want {
		t.Errorf("chunks\n got %s\nwant %s", got, want)
	}
	if len(r.Labels) != len(words) || r.Labels[0] != "B-NP" || r.Labels[1] != "I-NP" || r.Labels[len(words)-1] != "O" {
		t.Errorf("labels %v", r.Labels)
	}
}

// The engine's tokens keep curly quotes and apostrophes; the models read
// them as CoNLL writes them.
func TestCurlyMarksReadLikeStraightOnes(t *testing.T) {
	straight, rs := parse(t, "\" It was a mistake , \" the minister 's spokeswoman said .")
	curly, rc := parse(t, "“ It was a mistake , ” the minister ’s spokeswoman said .")
	if strings.Join(rs.Tags, " ") != strings.Join(rc.Tags, " ") {
		t.Errorf("straight %v\n   curly %v", rs.Tags, rc.Tags)
	}
	if chunkString(straight, rs) != strings.ReplaceAll(chunkString(curly, rc), "’", "'") {
		t.Errorf("straight %s\n   curly %s", chunkString(straight, rs), chunkString(curly, rc))
	}
	if rc.Tags[9] != "POS" {
		t.Errorf("’s is %s, not a possessive", rc.Tags[9])
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"“": `"`, "”": `"`, "``": `"`, "''": `"`, "’s": "'s", "n’t": "n't",
		"—": "--", "–": "--", "…": "...", "said": "said", "O’Neill": "O'Neill", "café": "café",
	} {
		if got := syntax.Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEmptySentence(t *testing.T) {
	r, err := syntax.Parse(nil)
	if err != nil || len(r.Tags) != 0 || len(r.Chunks) != 0 {
		t.Errorf("%+v %v", r, err)
	}
}

// Quotation marks stand outside every phrase: the chunker leaves them O
// without scoring them (the model's outside tags), and reads the phrases
// between them as a reader does.
func TestQuotationMarksStandOutsidePhrases(t *testing.T) {
	m, err := syntax.Load()
	if err != nil {
		t.Fatal(err)
	}
	p := syntax.NewParser(m)
	words := strings.Fields(`" We will not cut corners , " the mayor said .`)
	var r syntax.Result
	p.Parse(words, &r)
	want := "[NP We] [VP will not cut] [NP corners] [NP the mayor] [VP said]"
	if got := chunkString(words, r); got != want {
		t.Errorf("chunks\n got %s\nwant %s", got, want)
	}
	if r.Labels[0] != "O" || r.Labels[6] != "O" {
		t.Errorf("labels %v", r.Labels)
	}
	if _, unscored := p.Unscored(); unscored != 2 {
		t.Errorf("%d chunk labels given unscored, want the 2 quotation marks", unscored)
	}
}
