//go:build !js

package main

import (
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/entities"
)

// conllTypes maps the engine's entity types to CoNLL's, as the shared
// scorer (tools/score_ner.py) does; other types are not scored.
var conllTypes = map[string]string{"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "NORP": "MISC", "MISC": "MISC"}

// scoreEngine runs the whole engine with model over documents written out
// as the shared scorer writes them (words joined by a space, sentences by a
// line break) and scores exact entity matches as it does: the figures
// score_ner.py gives, so that cross-validation can judge the article-level
// rules too.
func scoreEngine(model []byte, docs []entities.TrainDoc) (map[string]entities.NERScore, error) {
	if err := entities.UseModel(model); err != nil {
		return nil, err
	}
	scores := map[string]entities.NERScore{}
	for _, d := range docs {
		var b strings.Builder
		type tok struct{ start, end int }
		var toks []tok
		var gold []string // IOB1 tags as in the file, "O" between sentences
		for k, s := range d {
			if k > 0 {
				b.WriteByte('\n')
				toks = append(toks, tok{-1, -1})
				gold = append(gold, "O")
			}
			for i, w := range s.Words {
				if i > 0 {
					b.WriteByte(' ')
				}
				toks = append(toks, tok{b.Len(), b.Len() + len(w)})
				b.WriteString(w)
				switch {
				case s.Types[i] == "":
					gold = append(gold, "O")
				case s.Begin[i]:
					gold = append(gold, "B-"+s.Types[i])
				default:
					gold = append(gold, "I-"+s.Types[i])
				}
			}
		}
		doc, err := extract.Annotate(b.String())
		if err != nil {
			return nil, err
		}
		pred := make([]string, len(toks))
		for i := range pred {
			pred[i] = "O"
		}
		for _, e := range doc.Entities {
			t := conllTypes[e.Type]
			if t == "" {
				continue
			}
			first := true
			for i, o := range toks {
				if o.start >= 0 && o.start >= e.Start && o.end <= e.End {
					if first {
						pred[i] = "B-" + t
					} else {
						pred[i] = "I-" + t
					}
					first = false
				}
			}
		}
		g, p := iobChunks(gold), iobChunks(pred)
		for c := range p {
			sc := scores[c.typ]
			sc.Predicted++
			if g[c] {
				sc.Correct++
			}
			scores[c.typ] = sc
		}
		for c := range g {
			sc := scores[c.typ]
			sc.Gold++
			scores[c.typ] = sc
		}
	}
	return scores, nil
}

type iobChunk struct {
	from, to int
	typ      string
}

// iobChunks reads IOB1 (and IOB2) tags as the shared scorer's chunks_iob.
func iobChunks(labels []string) map[iobChunk]bool {
	out := map[iobChunk]bool{}
	start, typ := -1, ""
	for i := 0; i <= len(labels); i++ {
		l := "O"
		if i < len(labels) {
			l = labels[i]
		}
		if l == "O" || strings.HasPrefix(l, "B-") || (typ != "" && l[2:] != typ) {
			if typ != "" {
				out[iobChunk{start, i, typ}] = true
			}
			start, typ = -1, ""
			if l != "O" {
				start, typ = i, l[2:]
			}
		} else if typ == "" {
			start, typ = i, l[2:]
		}
	}
	return out
}
