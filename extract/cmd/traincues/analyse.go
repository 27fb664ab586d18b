//go:build !js

package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/polnear"
)

// analyse prints, over the held-out folds (the first screen of k, each
// fold's detector and content tagger trained on the other folds; the other
// models embedded), where content F1 is lost: gold attributions no
// prediction overlaps, by why (cue never seen, scored below the threshold,
// detected but no statement, a statement of that cue beside the gold
// content), predictions overlapping no gold (a false cue or a true cue's
// content put elsewhere), and how far the found content's ends lie from
// the gold ones.
func analyse(arts []polnear.Article, exs []cues.Example, k, screen int, set cues.Settings, out, examples io.Writer) {
	fold := polnear.Fold(arts, k)
	var t analysis
	t.init()
	t.examples = examples
	for f := 0; f < screen; f++ {
		var train []cues.Example
		for i, ex := range exs {
			if fold[i] != f {
				train = append(train, ex)
			}
		}
		m := cues.Train(train, set)
		for i := range arts {
			if fold[i] == f {
				t.add(&arts[i], exs[i], m)
			}
		}
	}
	t.print(out)
}

type analysis struct {
	gold, hit, pred, predOK int
	missWhy                 map[string]int
	missPOS                 map[string]int
	unseenHeads             map[string]int
	belowHeads              map[string]int
	noStmtHeads             map[string]int
	falseWhy                map[string]int
	falseCues               map[string]int
	startDiff, endDiff      map[int]int
	startWords, endWords    map[string]int
	examples                io.Writer // nil: none written
}

func (t *analysis) init() {
	t.missWhy, t.missPOS = map[string]int{}, map[string]int{}
	t.unseenHeads, t.belowHeads, t.noStmtHeads = map[string]int{}, map[string]int{}, map[string]int{}
	t.falseWhy, t.falseCues = map[string]int{}, map[string]int{}
	t.startDiff, t.endDiff = map[int]int{}, map[int]int{}
	t.startWords, t.endWords = map[string]int{}, map[string]int{}
}

// tokenRange is the range of ex's tokens a byte span overlaps.
func tokenRange(ex cues.Example, from, to int) (int, int) {
	a := sort.Search(len(ex.Spans), func(i int) bool { return ex.Spans[i][1] > from })
	b := a
	for b < len(ex.Spans) && ex.Spans[b][0] < to {
		b++
	}
	return a, b
}

func (t *analysis) add(a *polnear.Article, ex cues.Example, m *cues.Model) {
	doc, err := extract.AnnotateWith(a.Text, extract.Options{Cues: m})
	if err != nil {
		panic(err)
	}
	margins := m.Margins(ex.Tokens, ex.Sents)
	// the rules' sources: no ranker, no speech classifier to drop a
	// statement
	ruled, err := extract.AnnotateWith(a.Text, extract.Options{Cues: m, RuleSources: true})
	if err != nil {
		panic(err)
	}
	ruledCue := map[int]bool{}
	for _, p := range append(append([]extract.Quote{}, ruled.Quotes...), ruled.Reported...) {
		if p.Cue != nil {
			f, e := tokenRange(ex, p.Cue.Start, p.Cue.End)
			ruledCue[cues.Head(ex.Tokens, f, e)] = true
		}
	}
	preds := append(append([]extract.Quote{}, doc.Quotes...), doc.Reported...)
	type pspan struct{ from, to, cue int }
	ps := make([]pspan, len(preds))
	for i, p := range preds {
		ps[i].from, ps[i].to = tokenRange(ex, p.Start, p.End)
		ps[i].cue = -1
		if p.Cue != nil {
			f, e := tokenRange(ex, p.Cue.Start, p.Cue.End)
			ps[i].cue = cues.Head(ex.Tokens, f, e)
		}
	}
	overlaps := func(from, to int, ss []polnear.Span) bool {
		for _, s := range ss {
			if from < s.End && s.Start < to {
				return true
			}
		}
		return false
	}
	sentOf := func(i int) int {
		return sort.Search(len(ex.Sents), func(k int) bool { return ex.Sents[k][1] > i })
	}
	goldHeads := map[int]bool{}
	for _, r := range a.Relations {
		if len(r.Cue) > 0 {
			f, e := tokenRange(ex, r.Cue[0].Start, r.Cue[0].End)
			goldHeads[cues.Head(ex.Tokens, f, e)] = true
		}
	}
	for _, r := range a.Relations {
		if len(r.Content) == 0 {
			continue
		}
		t.gold++
		hit := false
		for _, p := range preds {
			if overlaps(p.Start, p.End, r.Content) {
				hit = true
			}
		}
		h := -1
		if len(r.Cue) > 0 {
			f, e := tokenRange(ex, r.Cue[0].Start, r.Cue[0].End)
			h = cues.Head(ex.Tokens, f, e)
		}
		gf, ge := tokenRange(ex, r.Content[0].Start, r.Content[len(r.Content)-1].End)
		if hit {
			t.hit++
			// how far the found content's ends lie from the gold ones,
			// for the statement of the gold cue
			for k, p := range ps {
				if h >= 0 && p.cue == h && overlaps(preds[k].Start, preds[k].End, r.Content) {
					ds, de := p.from-gf, p.to-ge
					t.startDiff[clamp(ds)]++
					t.endDiff[clamp(de)]++
					if ds != 0 {
						t.startWords[fmt.Sprintf("%+d gold starts %q", clamp(ds), ex.Tokens[gf].Lower)]++
					}
					if de != 0 && ge > 0 {
						t.endWords[fmt.Sprintf("%+d gold ends %q", clamp(de), ex.Tokens[ge-1].Lower)]++
					}
				}
			}
			continue
		}
		why := ""
		pos := ""
		switch {
		case h < 0:
			why = "no cue"
		default:
			pos = ex.Tokens[h].POS
			w := ex.Tokens[h].Lower
			cross := sentOf(h) != sentOf(gf) || sentOf(h) != sentOf(max(ge-1, gf))
			stmt := -1
			for k, p := range ps {
				if p.cue == h {
					stmt = k
				}
			}
			switch {
			case margins[h] < -1e30:
				why = "head never a cue in training"
				t.unseenHeads[w]++
			case margins[h] <= m.Threshold:
				why = "head scored below threshold"
				t.belowHeads[w]++
				t.show("below", ex, h, gf, ge, margins[h], sentOf)
			case stmt < 0 && ruledCue[h]:
				why = "detected, statement dropped by the ranker or speech classifier"
			case stmt < 0:
				cw := t.contentWhy(ex, m, h, margins[h], sentOf)
				why = "detected, no statement" + cw
				t.noStmtHeads[w]++
				t.show("nostmt"+cw, ex, h, gf, ge, margins[h], sentOf)
			default:
				p := ps[stmt]
				switch {
				case p.to <= gf:
					why = "statement before gold content"
				case p.from >= ge:
					why = "statement after gold content"
				default:
					why = "statement overlaps (tokens)"
				}
			}
			if cross {
				why += ", content in another sentence"
			}
		}
		t.missWhy[why]++
		t.missPOS[why+" / "+posClass(pos)]++
	}
	for k, p := range preds {
		t.pred++
		ok := false
		for _, r := range a.Relations {
			if overlaps(p.Start, p.End, r.Content) {
				ok = true
			}
		}
		if ok {
			t.predOK++
			continue
		}
		why := "false cue"
		switch {
		case ps[k].cue < 0:
			why = "no cue (" + p.Kind + ")"
		case goldHeads[ps[k].cue]:
			why = "true cue, content elsewhere"
		}
		t.falseWhy[why]++
		if ps[k].cue >= 0 {
			t.falseCues[why+" / "+ex.Tokens[ps[k].cue].Lower]++
		}
	}
}

// show writes a missed attribution's sentence to the examples file (news
// text: outside the repository) after why it was missed (kind), the cue's
// POS and margin: the cue in [brackets], the gold content in {braces}.
func (t *analysis) show(kind string, ex cues.Example, h, gf, ge int, margin float32, sentOf func(int) int) {
	if t.examples == nil {
		return
	}
	s := ex.Sents[sentOf(h)]
	var b strings.Builder
	fmt.Fprintf(&b, "%s\t%s\t%.1f\t", kind, ex.Tokens[h].POS, margin)
	for i := s[0]; i < s[1]; i++ {
		if i == gf {
			b.WriteString("{")
		}
		w := ex.Tokens[i].Lower
		if i == h {
			w = "[" + w + "]"
		}
		b.WriteString(w)
		if i == ge-1 {
			b.WriteString("}")
		}
		b.WriteString(" ")
	}
	fmt.Fprintln(t.examples, b.String())
}

// contentWhy says why a detected cue with no statement has none, as far
// as the content tagger goes: its margin is below the tagger's threshold,
// the tagger labels no word in, or it finds a span the pipeline did not
// keep (the rules' clause, another statement's, or a later filter).
func (t *analysis) contentWhy(ex cues.Example, m *cues.Model, h int, margin float32, sentOf func(int) int) string {
	c := m.ContentTagger()
	if c == nil {
		return ""
	}
	if margin <= c.Threshold {
		return " (below the content threshold)"
	}
	s := ex.Sents[sentOf(h)]
	if _, _, ok := c.Content(ex.Tokens, s[0], s[1], h); !ok {
		return " (the tagger finds no content)"
	}
	return " (the tagger finds content, not kept)"
}

func posClass(p string) string {
	switch {
	case strings.HasPrefix(p, "NN"):
		return "noun"
	case strings.HasPrefix(p, "VB"):
		return "verb"
	}
	return p
}

func clamp(d int) int { return max(-6, min(6, d)) }

func (t *analysis) print(out io.Writer) {
	fmt.Fprintf(out, "gold %d hit %d (R %.3f); predictions %d matching %d (P %.3f); content F1 %.3f\n", t.gold, t.hit,
		polnear.Ratio(t.hit, t.gold), t.pred, t.predOK, polnear.Ratio(t.predOK, t.pred),
		polnear.F1(polnear.Ratio(t.predOK, t.pred), polnear.Ratio(t.hit, t.gold)))
	top := func(title string, m map[string]int, n int) {
		type row struct {
			k string
			n int
		}
		var rows []row
		for k, v := range m {
			rows = append(rows, row{k, v})
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n || rows[i].n == rows[j].n && rows[i].k < rows[j].k })
		fmt.Fprintf(out, "\n%s\n", title)
		for i, r := range rows {
			if i >= n {
				break
			}
			fmt.Fprintf(out, "  %6d  %s\n", r.n, r.k)
		}
	}
	top("missed gold, why", t.missWhy, 30)
	top("missed gold, why / cue POS", t.missPOS, 30)
	top("heads never a cue in training", t.unseenHeads, 40)
	top("heads below threshold", t.belowHeads, 30)
	top("heads detected, no statement", t.noStmtHeads, 30)
	top("predictions matching no gold", t.falseWhy, 10)
	top("predictions matching no gold, by cue", t.falseCues, 40)
	hist := func(title string, h map[int]int) {
		fmt.Fprintf(out, "\n%s:", title)
		for d := -6; d <= 6; d++ {
			fmt.Fprintf(out, " %+d:%d", d, h[d])
		}
		fmt.Fprintln(out)
	}
	hist("found content start - gold start (tokens, ±6 = beyond)", t.startDiff)
	hist("found content end - gold end", t.endDiff)
	top("start errors by gold's first word", t.startWords, 30)
	top("end errors by gold's last word", t.endWords, 30)
}
