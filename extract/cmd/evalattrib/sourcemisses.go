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
	// by the statement's origin (quotation, reported after a verb of the
	// rules' lexicon, after a learned cue, after a noun, no cue): how many
	// match gold content, how many of those have no gold source, the
	// ranker's right picks, and its misses with no right candidate, with
	// the rules' phrase kept, with another pick
	type tally struct{ content, sourceless, right, unreachable, ruleKept, other int }
	byOrigin := map[string]*tally{}
	defer func() {
		fmt.Fprintf(out, "\n| %-8s | %7s | %10s | %6s | %11s | %9s | %6s |\n", "origin", "content", "gold no source", "right", "no right cand", "rule kept", "other")
		for _, o := range []string{"quote", "nocue", "lexicon", "learned", "noun"} {
			if t := byOrigin[o]; t != nil {
				fmt.Fprintf(out, "| %-8s | %7d | %14d | %6d | %13d | %9d | %6d |\n", o, t.content, t.sourceless, t.right, t.unreachable, t.ruleKept, t.other)
			}
		}
	}()
	for f := 0; f < polnear.Folds; f++ {
		trainEx, testEx := polnear.SplitBy(ex, fold, f)
		testArts := make([]*polnear.Article, 0, len(testEx))
		for i := range arts {
			if fold[i] == f {
				testArts = append(testArts, &arts[i])
			}
		}
		m := attr.TrainSources(trainEx, sourceTraining)
		for _, e := range testEx {
			for k := range e.Input.Statements {
				if e.Gold[k] == nil {
					continue
				}
				o := e.Input.StatementOrigin(k)
				if byOrigin[o] == nil {
					byOrigin[o] = &tally{}
				}
				byOrigin[o].content++
				if len(e.Gold[k]) == 0 {
					byOrigin[o].sourceless++
				}
			}
			for k, pick := range m.ChooseSources(e.Input) {
				if len(e.Gold[k]) > 0 && attr.RightSource(e.Input, pick, e.Gold[k]) {
					byOrigin[e.Input.StatementOrigin(k)].right++
				}
			}
			for _, miss := range m.SourceMisses(e) {
				t := byOrigin[e.Input.StatementOrigin(miss.Index)]
				switch {
				case !miss.Reachable:
					t.unreachable++
				case miss.Pick == miss.Rule:
					t.ruleKept++
				default:
					t.other++
				}
			}
		}
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
				kind := e.Input.StatementOrigin(miss.Index)
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
