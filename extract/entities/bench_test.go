package entities

import (
	"testing"

	"github.com/whosaid/whosaid/extract/benchtext"
	"github.com/whosaid/whosaid/extract/text"
)

func BenchmarkLoadModel(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := loadNERModel(nerModelData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagTokens measures the entity tagger alone, in tokens a second:
// both passes over the article when the model reads it twice.
func BenchmarkTagTokens(b *testing.B) {
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	toks := text.Tokenize(benchtext.Article())
	var sents [][]string
	for _, s := range text.Sentences(toks) {
		var w []string
		for i := s.From; i < s.To; i++ {
			w = append(w, toks[i].Text)
		}
		sents = append(sents, w)
	}
	tg := newTagger(loaded)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.tagDocument(sents, nil)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
