package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract/polnear"
	"github.com/whosaid/whosaid/extract/quotes"
)

// writeErrors lists the held-out stretches the models decide wrongly
// against the scorer's gold, most confident first (an analysis aid).
func writeErrors(path string, arts []polnear.Article, cands [][]polnear.SaidCandidate, fold []int, models []*quotes.Said, t float32) error {
	type e struct {
		score float32
		line  string
	}
	var fps, fns []e
	for i, cs := range cands {
		for _, c := range cs {
			s := models[fold[i]].Score(c.Features)
			ctx := contextOf(arts[i].Text, c.Start, c.End)
			switch {
			case s >= t && !c.Gold:
				note := ""
				if c.InContent {
					note = " [in content]"
				}
				fps = append(fps, e{s, fmt.Sprintf("%6.2f%s %s", s, note, ctx)})
			case s < t && c.Gold:
				fns = append(fns, e{s, fmt.Sprintf("%6.2f %s", s, ctx)})
			}
		}
	}
	sort.Slice(fps, func(i, j int) bool { return fps[i].score > fps[j].score })
	sort.Slice(fns, func(i, j int) bool { return fns[i].score < fns[j].score })
	var b strings.Builder
	fmt.Fprintf(&b, "false positives %d\n", len(fps))
	for _, x := range fps {
		b.WriteString(x.line + "\n")
	}
	fmt.Fprintf(&b, "misses %d\n", len(fns))
	for _, x := range fns {
		b.WriteString(x.line + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func contextOf(text string, from, to int) string {
	a := max(0, from-70)
	for a > 0 && text[a]&0xC0 == 0x80 {
		a--
	}
	b := min(len(text), to+40)
	for b < len(text) && text[b]&0xC0 == 0x80 {
		b++
	}
	return strings.Join(strings.Fields(text[a:from]+"⟦"+text[from:to]+"⟧"+text[to:b]), " ")
}
