//go:build !js

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/whosaid/whosaid/extract"
	attr "github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/polnear"
)

// sourceMisses prints, over train 5-fold CV of the source ranker, each
// statement whose chosen source overlaps no gold source: the sentence, the
// rules' phrase, the pick and the gold source (an analysis aid).
func sourceMisses(arts []polnear.Article, base extract.Options, out io.Writer) error {
	ex, err := sourceExamples(arts, base)
	if err != nil {
		return err
	}
	fold := polnear.Fold(arts, polnear.Folds)
	for f := 0; f < polnear.Folds; f++ {
		trainEx, testEx := polnear.SplitBy(ex, fold, f)
		testArts := make([]*polnear.Article, 0, len(testEx))
		for i := range arts {
			if fold[i] == f {
				testArts = append(testArts, &arts[i])
			}
		}
		m := attr.TrainSources(trainEx, sourceTraining)
		for i, e := range testEx {
			text := testArts[i].Text
			toks := e.Input.Tokens
			show := func(s attr.TokenSpan) string {
				if s.Empty() {
					return "-"
				}
				return text[toks[s.From].Start:toks[s.To-1].End]
			}
			for _, miss := range m.SourceMisses(e) {
				from, to := toks[miss.Statement.From].Start, toks[miss.Statement.To-1].End
				var gold, shapes []string
				for _, r := range testArts[i].Relations {
					if overlapsAny(from, to, r.Content) {
						for _, s := range r.Source {
							gold = append(gold, text[s.Start:s.End])
						}
						shapes = append(shapes, goldShape(from, to, miss.Cue, toks, r))
					}
				}
				a, b := max(0, from-150), min(len(text), to+60)
				for a > 0 && text[a]&0xC0 == 0x80 {
					a--
				}
				for b < len(text) && text[b]&0xC0 == 0x80 {
					b++
				}
				kind := "quote"
				if miss.Reported {
					kind = "reported"
				}
				fmt.Fprintf(out, "%s reachable=%v cue=%q rule=%q pick=%q gold=%q shapes=%q\n    %s\n", kind, miss.Reachable, show(miss.Cue), show(miss.Rule), show(miss.Pick), gold, shapes,
					strings.Join(strings.Fields(text[a:from]+"⟦"+text[from:to]+"⟧"+text[to:b]), " "))
			}
		}
	}
	return nil
}

// goldShape says where a gold relation overlapping the statement [from, to)
// lies against it: its source inside the statement or not, its cue the
// statement's, inside it or outside, and its content starting or ending
// within the statement.
func goldShape(from, to int, cue attr.TokenSpan, toks []attr.SourceToken, r polnear.Relation) string {
	in := func(sp []polnear.Span) string {
		if len(sp) == 0 {
			return "none"
		}
		s := sp[0]
		switch {
		case s.Start >= from && s.End <= to:
			return "in"
		case s.End <= from:
			return "before"
		case s.Start >= to:
			return "after"
		}
		return "across"
	}
	cueShape := in(r.Cue)
	if !cue.Empty() && len(r.Cue) > 0 && r.Cue[0].Start < toks[cue.To-1].End && r.Cue[0].End > toks[cue.From].Start {
		cueShape = "same"
	}
	c := r.Content[0]
	cEnd := r.Content[len(r.Content)-1].End
	start, end := "=", "="
	if c.Start > from+1 {
		start = "later"
	} else if c.Start < from-1 {
		start = "earlier"
	}
	if cEnd < to-1 {
		end = "earlier"
	} else if cEnd > to+1 {
		end = "later"
	}
	return "src:" + in(r.Source) + " cue:" + cueShape + " cstart:" + start + " cend:" + end
}
