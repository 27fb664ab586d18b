package extract

import (
	"fmt"
	"strings"
	"testing"
)

// benchArticle builds a news article of about 900 words from paragraphs
// written for this benchmark, with a different cast in each section.
func benchArticle() string {
	casts := [][3]string{
		{"Elena Vargas", "Harbour City", "Ministry of Transport"},
		{"Tom Becker", "Porto", "European Commission"},
		{"Amaka Obi", "Lagos", "Central Bank of Nigeria"},
		{"Lena Fischer", "Oslo", "Nordic Council"},
		{"Marco Bellini", "Turin", "Lakeside Robotics"},
		{"Ana Lindqvist", "Malmo", "Baltic Energy Agency"},
	}
	var b strings.Builder
	for _, c := range casts {
		last := c[0][strings.LastIndex(c[0], " ")+1:]
		fmt.Fprintf(&b, "%s, the chief negotiator for %s, said on Tuesday that talks in %s had reached a turning point after months of delay and mutual suspicion between the parties.\n\n", c[0], c[2], c[1])
		fmt.Fprintf(&b, "\"We have never been closer to an agreement that works for everyone, and I believe we can sign it before the end of the month,\" %s told reporters outside the conference centre.\n\n", last)
		fmt.Fprintf(&b, "Critics in %s were less certain. A senior official who asked not to be named said the plan was \"a promise without a budget\" and warned that the numbers did not add up.\n\n", c[1])
		fmt.Fprintf(&b, "The %s has repeatedly claimed that the costs would fall over time. \"The first year is expensive. After that, the savings are real,\" a spokeswoman said in a statement on Wednesday.\n\n", c[2])
		fmt.Fprintf(&b, "%s insisted the timetable was realistic. \"Nobody is asking for miracles,\" she said. \"We are asking for a vote.\"\n\n", last)
	}
	return b.String()
}

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
	toks := Tokenize(benchArticle())
	var sents [][]string
	for _, s := range Sentences(toks) {
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
