package extract

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/benchtext"
	"github.com/whosaid/whosaid/extract/text"
)

func benchArticle() string { return benchtext.Article() }

func BenchmarkAnnotate900Words(b *testing.B) {
	text := benchArticle()
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Annotate(text); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(strings.Fields(text))), "words")
}

func BenchmarkLoadModel(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := loadNERModel(nerModelData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagTokens measures the entity tagger alone, in tokens a second.
func BenchmarkTagTokens(b *testing.B) {
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	toks := text.Tokenize(benchArticle())
	var sents [][]string
	for _, s := range text.Sentences(toks) {
		var w []string
		for i := s.From; i < s.To; i++ {
			w = append(w, toks[i].Text)
		}
		sents = append(sents, w)
	}
	tg := newTagger(loaded)
	var labels []int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, w := range sents {
			labels = tg.tag(w, labels[:0])
		}
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAnnotate50kWords is the long-document case.
func BenchmarkAnnotate50kWords(b *testing.B) {
	text := benchtext.Long(50000)
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Annotate(text); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(strings.Fields(text))), "words")
}
