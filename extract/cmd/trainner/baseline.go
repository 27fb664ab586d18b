//go:build !js

package main

import (
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/whosaid/whosaid/extract/entities"
)

// proseTypes maps prose's entity labels to CoNLL's.
var proseTypes = map[string]string{"PERSON": "PER", "GPE": "LOC", "ORG": "ORG", "LOCATION": "LOC", "ORGANIZATION": "ORG"}

// scoreProse measures prose v2's own entity model on the same sentences, the
// baseline this project's model replaces. prose gives entities as text with
// no offsets, so each is matched to the sentence's gold entities by its words.
func scoreProse(docs []entities.TrainDoc) map[string]entities.NERScore {
	model := prose.ModelFromData("default") // loaded once, not per sentence
	scores := map[string]entities.NERScore{}
	for _, d := range docs {
		for _, s := range d {
			gold := map[string]int{}
			for _, g := range goldEntities(s) {
				gold[g]++
				sc := scores[strings.SplitN(g, "|", 2)[0]]
				sc.Gold++
				scores[strings.SplitN(g, "|", 2)[0]] = sc
			}
			doc, err := prose.NewDocument(strings.Join(s.Words, " "),
				prose.UsingModel(model), prose.WithSegmentation(false))
			if err != nil {
				continue
			}
			for _, e := range doc.Entities() {
				typ := proseTypes[e.Label]
				if typ == "" {
					continue
				}
				key := typ + "|" + e.Text
				sc := scores[typ]
				sc.Predicted++
				if gold[key] > 0 {
					gold[key]--
					sc.Correct++
				}
				scores[typ] = sc
			}
		}
	}
	return scores
}

// goldEntities lists a sentence's entities as "TYPE|words".
func goldEntities(s entities.TrainSentence) []string {
	var out []string
	for i := 0; i < len(s.Words); {
		if s.Types[i] == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(s.Words) && s.Types[j] == s.Types[i] && !s.Begin[j] {
			j++
		}
		out = append(out, s.Types[i]+"|"+strings.Join(s.Words[i:j], " "))
		i = j
	}
	return out
}
