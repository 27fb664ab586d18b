package main

import (
	"io"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/polnear"
)

// candidateStats counts the quotation-marked stretches the scanner finds
// by what the annotators say of them, and the gold quotations no stretch
// matches (the scanner's own misses).
func candidateStats(arts []polnear.Article, list bool, out io.Writer) error {
	cands, err := polnear.SaidCandidates(arts, extract.Options{})
	if err != nil {
		return err
	}
	t := tally{}
	unmatched := tally{}
	for i, cs := range cands {
		a := &arts[i]
		for _, c := range cs {
			switch {
			case c.Gold:
				t.add("gold (the scorer counts it)", context(a.Text, c.Start, c.End))
			case c.InContent:
				t.add("inside annotated content, no gold stretch", context(a.Text, c.Start, c.End))
			default:
				t.add("outside annotated content", context(a.Text, c.Start, c.End))
			}
		}
		for _, g := range a.Quotes() {
			hit := false
			for _, c := range cs {
				if matches(g.Start, g.End, c.Start, c.End) {
					hit = true
					break
				}
			}
			if !hit {
				unmatched.add("gold quotation no stretch matches", context(a.Text, g.Start, g.End))
			}
		}
	}
	t.print(out, "quotation-marked stretches", list)
	unmatched.print(out, "scanner misses", list)
	return nil
}
