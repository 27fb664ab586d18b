package extract

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/benchtext"
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
