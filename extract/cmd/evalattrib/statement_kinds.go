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

// statementKinds prints, over train 5-fold CV (every model held out),
// the statements the engine makes by kind (quotation or reported), the
// cue's part of speech and whether the rules' lexicon takes it for a verb
// of speech, the content's shape (with or without a verb, its length) and
// whether a source is shown: how many match gold content, and how many of
// those have a right source. Where the statements matching no gold, and
// the right ones, come from.
func statementKinds(arts []polnear.Article, base extract.Options, out io.Writer) error {
	type tally struct{ n, content, source, sourceless int }
	rows := map[string]*tally{}
	err := eachHeldOut(arts, base, func(a *polnear.Article, opt extract.Options) error {
		doc, err := extract.AnnotateWith(a.Text, opt)
		if err != nil {
			return err
		}
		ex, err := extract.CueExample(a.Text, nil)
		if err != nil {
			return err
		}
		for kind, list := range [][]extract.Quote{doc.Quotes, doc.Reported} {
			for _, p := range list {
				key := statementKey(kind == 1, p, ex)
				t := rows[key]
				if t == nil {
					t = &tally{}
					rows[key] = t
				}
				t.n++
				content, source, sourced := false, false, false
				for _, r := range a.Relations {
					if !overlapsAny(p.Start, p.End, r.Content) {
						continue
					}
					content = true
					sourced = sourced || len(r.Source) > 0
					if p.Speaker != nil && overlapsAny(p.Speaker.Start, p.Speaker.End, r.Source) {
						source = true
					}
				}
				t.content += b2i(content)
				t.source += b2i(source)
				t.sourceless += b2i(content && !sourced)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return rows[keys[i]].n > rows[keys[j]].n })
	fmt.Fprintf(out, "| %-58s | %6s | %6s | %6s | %6s | %6s |\n", "statement: kind / cue POS / lexicon / content shape / source", "n", "no gold", "content", "+source", "gold no source")
	var tot tally
	for _, k := range keys {
		t := rows[k]
		tot.n, tot.content, tot.source, tot.sourceless = tot.n+t.n, tot.content+t.content, tot.source+t.source, tot.sourceless+t.sourceless
		fmt.Fprintf(out, "| %-58s | %6d | %6d | %6d | %6d | %6d |\n", k, t.n, t.n-t.content, t.content, t.source, t.sourceless)
	}
	fmt.Fprintf(out, "| %-58s | %6d | %6d | %6d | %6d | %6d |\n", "all", tot.n, tot.n-tot.content, tot.content, tot.source, tot.sourceless)
	return nil
}

// statementKey names a statement's kind, its cue's POS and lexicon
// verdict, its content's shape and whether it shows a source.
func statementKey(reported bool, p extract.Quote, ex cues.Example) string {
	var b strings.Builder
	b.WriteString(map[bool]string{false: "quote", true: "reported"}[reported])
	cue := "nocue"
	if p.Cue != nil {
		cue = "cue?"
		for i, s := range ex.Spans {
			if s[0] < p.Cue.End && p.Cue.Start < s[1] {
				t := ex.Tokens[i]
				switch {
				case strings.HasPrefix(t.POS, "NN"):
					cue = "noun"
				case strings.HasPrefix(t.POS, "VB"):
					cue = "verb"
				case strings.HasPrefix(t.POS, "JJ"):
					cue = "adj"
				default:
					cue = "other"
				}
				if t.Lexicon&(cues.LexCue|cues.LexParticle) != 0 {
					cue += "/speech"
				} else if t.Lexicon&cues.LexStance != 0 {
					cue += "/stance"
				} else {
					cue += "/-"
				}
				break
			}
		}
	}
	b.WriteString(" / " + cue)
	n, verb := 0, false
	for i, s := range ex.Spans {
		if s[0] < p.End && p.Start < s[1] {
			n++
			if pos := ex.Tokens[i].POS; strings.HasPrefix(pos, "VB") || pos == "MD" {
				verb = true
			}
		}
	}
	shape := "clause"
	if !verb {
		shape = "noverb"
	}
	switch {
	case n <= 4:
		shape += " 1-4"
	case n <= 10:
		shape += " 5-10"
	default:
		shape += " 11+"
	}
	b.WriteString(" / " + shape)
	b.WriteString(map[bool]string{false: " / nosrc", true: " / src"}[p.Speaker != nil])
	return b.String()
}
