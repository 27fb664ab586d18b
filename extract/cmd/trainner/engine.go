//go:build !js

package main

import (
	"fmt"
	"io"
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
		g, p, _, err := engineChunks(d)
		if err != nil {
			return nil, err
		}
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

// engineChunks runs the engine (the model UseModel set) over one document
// written out as the shared scorer writes it, and gives the gold and
// predicted entities as its chunks over the document's words (a line break
// between sentences counts as a word), with those words.
func engineChunks(d entities.TrainDoc) (gold, pred map[iobChunk]bool, words []string, err error) {
	var b strings.Builder
	type tok struct{ start, end int }
	var toks []tok
	var goldTags []string // IOB1 tags as in the file, "O" between sentences
	for k, s := range d {
		if k > 0 {
			b.WriteByte('\n')
			toks = append(toks, tok{-1, -1})
			goldTags = append(goldTags, "O")
			words = append(words, "\n")
		}
		for i, w := range s.Words {
			if i > 0 {
				b.WriteByte(' ')
			}
			toks = append(toks, tok{b.Len(), b.Len() + len(w)})
			b.WriteString(w)
			words = append(words, w)
			switch {
			case s.Types[i] == "":
				goldTags = append(goldTags, "O")
			case s.Begin[i]:
				goldTags = append(goldTags, "B-"+s.Types[i])
			default:
				goldTags = append(goldTags, "I-"+s.Types[i])
			}
		}
	}
	doc, err := extract.Annotate(b.String())
	if err != nil {
		return nil, nil, nil, err
	}
	predTags := make([]string, len(toks))
	for i := range predTags {
		predTags[i] = "O"
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
					predTags[i] = "B-" + t
				} else {
					predTags[i] = "I-" + t
				}
				first = false
			}
		}
	}
	return iobChunks(goldTags), iobChunks(predTags), words, nil
}

// ruleFirings writes, for each article-level rule, the entities the engine
// gives with the rule and not without it (+) and without it and not with it
// (-), each marked right or wrong against gold, with the gold entity over
// the same words and the sentence: what each rule changes on held-out
// articles, to tell its right firings from its wrong ones.
func ruleFirings(model []byte, docs []entities.TrainDoc, w io.Writer) error {
	if err := entities.UseModel(model); err != nil {
		return err
	}
	for _, d := range docs {
		gold, with, words, err := engineChunks(d)
		if err != nil {
			return err
		}
		// "tagger": the engine without any rule beside the tagger alone on
		// the same words (what else the engine changes: its sentences,
		// tokens, dates).
		tagged, err := entities.TaggerEntities(model, d)
		if err != nil {
			return err
		}
		taggerChunks := map[iobChunk]bool{}
		offset := 0
		for k, s := range d {
			for _, e := range tagged[k] {
				taggerChunks[iobChunk{offset + e.From, offset + e.To, e.Type}] = true
			}
			offset += len(s.Words) + 1
		}
		entities.DisableRules(entities.Rules...)
		_, noRules, _, err := engineChunks(d)
		entities.DisableRules()
		if err != nil {
			return err
		}
		for _, r := range append([]string{"tagger"}, entities.Rules...) {
			entities.DisableRules(r)
			_, without, _, err := engineChunks(d)
			entities.DisableRules()
			if err != nil {
				return err
			}
			have := with
			if r == "tagger" {
				have, without = noRules, taggerChunks
			}
			for _, side := range []struct {
				sign      string
				have, not map[iobChunk]bool
			}{{"+", have, without}, {"-", without, have}} {
				for c := range side.have {
					if side.not[c] {
						continue
					}
					mark := "wrong"
					if gold[c] {
						mark = "right"
					}
					g := "-"
					for gc := range gold {
						if gc.from < c.to && c.from < gc.to {
							g = gc.typ + ":" + strings.Join(words[gc.from:gc.to], " ")
							break
						}
					}
					from, to := c.from, c.to
					for from > 0 && words[from-1] != "\n" {
						from--
					}
					for to < len(words) && words[to] != "\n" {
						to++
					}
					fmt.Fprintf(w, "%s\t%s\t%s\t%s:%s\t%s\t%s\n", r, side.sign, mark, c.typ, strings.Join(words[c.from:c.to], " "), g, strings.Join(words[from:to], " "))
				}
			}
		}
	}
	return nil
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
