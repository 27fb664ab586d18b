//go:build !js

package main

import (
	"fmt"
	"io"
	"sort"

	attr "github.com/whosaid/whosaid/extract/attribution"
)

// tallyDropped counts, by cue word, the reported statements the speech
// classifier drops at speechThreshold: [0] those whose content overlaps
// no gold relation (rightly dropped), [1] those overlapping one (content
// lost), [2] of those, the ones whose shown source was right (lost with
// it: the classifier's errors), [3] those whose gold relation has no
// source.
func tallyDropped(drops map[string]*[4]int, ex attr.SourceExample, picks []attr.TokenSpan, scores []float32) {
	in := ex.Input
	for k, st := range in.Statements {
		if st.Span.Empty() || !st.Reported || scores[k] >= speechThreshold {
			continue
		}
		cue := "nocue"
		if !st.Cue.Empty() {
			cue = in.Tokens[st.Cue.From].Lower
		}
		if drops[cue] == nil {
			drops[cue] = &[4]int{}
		}
		g := ex.Gold[k]
		drops[cue][b2i(g != nil)]++
		if g != nil && len(g) == 0 {
			drops[cue][3]++
		}
		if s := attr.ShownSource(in, k, picks[k]); !s.Empty() {
			a, b := in.Tokens[s.From].Start, in.Tokens[s.To-1].End
			for _, x := range g {
				if a < x.End && x.Start < b {
					drops[cue][2]++
					break
				}
			}
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// printDropped lists the cues whose dropped statements overlap gold most.
func printDropped(drops map[string]*[4]int, out io.Writer) {
	cues := make([]string, 0, len(drops))
	var tot [4]int
	for c, n := range drops {
		cues = append(cues, c)
		for i := range tot {
			tot[i] += n[i]
		}
	}
	sort.Slice(cues, func(i, j int) bool {
		if a, b := drops[cues[i]][1], drops[cues[j]][1]; a != b {
			return a > b
		}
		return cues[i] < cues[j]
	})
	fmt.Fprintf(out, "\ndropped at %g: %d overlapping gold (%d with the right source shown, %d whose gold has none), %d overlapping none\n", float32(speechThreshold), tot[1], tot[2], tot[3], tot[0])
	fmt.Fprintf(out, "  %-14s %5s %5s %5s %5s\n", "cue", "gold", "right", "nosrc", "none")
	for i, c := range cues {
		if i == 30 {
			break
		}
		fmt.Fprintf(out, "  %-14s %5d %5d %5d %5d\n", c, drops[c][1], drops[c][2], drops[c][3], drops[c][0])
	}
}
