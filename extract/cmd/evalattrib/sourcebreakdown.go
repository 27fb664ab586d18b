//go:build !js

package main

import (
	"fmt"
	"io"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/polnear"
)

// ovlAny tells whether span a overlaps any of bs.
func ovlAny(a polnear.Span, bs []polnear.Span) bool { return overlapsAny(a.Start, a.End, bs) }

// breakdown prints, for arts annotated with opt, why a gold relation whose
// content a prediction overlaps still misses its source (no gold source,
// the speaker is another overlapping relation's source, no speaker, a
// wrong one) and the same for predictions whose content overlaps gold:
// how much of the gap between content F1 and content+source F1 the source
// ranker can close.
func breakdown(arts []polnear.Article, opt extract.Options, out io.Writer) error {
	cnt := map[string]int{}
	for i := range arts {
		a := &arts[i]
		doc, err := extract.AnnotateWith(a.Text, opt)
		if err != nil {
			return err
		}
		p := polnear.PredictionOf(doc)
		pa := append(append([]polnear.Attribution{}, p.Quotes...), p.Reported...)
		for _, r := range a.Relations {
			cnt["gold"]++
			var hits []polnear.Attribution
			for _, x := range pa {
				if ovlAny(x.Span, r.Content) {
					hits = append(hits, x)
				}
			}
			if len(hits) == 0 {
				continue
			}
			cnt["gold content hit"]++
			ok := false
			for _, x := range hits {
				if x.Speaker != nil && ovlAny(*x.Speaker, r.Source) {
					ok = true
				}
			}
			if ok {
				cnt["gold source hit"]++
				continue
			}
			if len(r.Source) == 0 {
				cnt["miss: gold has no source"]++
				continue
			}
			nilSp, other := false, false
			for _, x := range hits {
				if x.Speaker == nil {
					nilSp = true
					continue
				}
				for _, r2 := range a.Relations {
					if ovlAny(x.Span, r2.Content) && ovlAny(*x.Speaker, r2.Source) {
						other = true
					}
				}
			}
			switch {
			case other:
				cnt["miss: speaker is another overlapping relation's source"]++
			case nilSp:
				cnt["miss: no speaker"]++
			default:
				cnt["miss: wrong speaker"]++
			}
		}
		for _, x := range pa {
			cnt["pred"]++
			hit, ok, nsrc := false, false, false
			for _, r := range a.Relations {
				if ovlAny(x.Span, r.Content) {
					hit = true
					if len(r.Source) > 0 {
						nsrc = true
					}
					if x.Speaker != nil && ovlAny(*x.Speaker, r.Source) {
						ok = true
					}
				}
			}
			if !hit {
				continue
			}
			cnt["pred content ok"]++
			switch {
			case ok:
				cnt["pred source ok"]++
			case !nsrc:
				cnt["pred wrong: gold rels have no source"]++
			case x.Speaker == nil:
				cnt["pred wrong: no speaker"]++
			default:
				cnt["pred wrong: wrong speaker"]++
			}
		}
	}
	for _, k := range []string{"gold", "gold content hit", "gold source hit", "miss: gold has no source", "miss: speaker is another overlapping relation's source", "miss: no speaker", "miss: wrong speaker", "pred", "pred content ok", "pred source ok", "pred wrong: gold rels have no source", "pred wrong: no speaker", "pred wrong: wrong speaker"} {
		fmt.Fprintf(out, "%-60s %d\n", k, cnt[k])
	}
	return nil
}
