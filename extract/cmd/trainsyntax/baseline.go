package main

import (
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/whosaid/whosaid/extract/syntax/train"
)

// scoreProse measures prose v2's part-of-speech tagger on the gold tokens.
// prose cannot be handed tokens (its tagger always runs its own tokenizer),
// so each sentence is given as its tokens joined by spaces and prose's
// tokens are matched back by where they start; a gold token prose split
// takes the tag of its first piece, one prose merged counts as wrong.
func scoreProse(docs []train.Doc) train.Score {
	model := prose.ModelFromData("default") // loaded once
	var s train.Score
	for _, d := range docs {
		for _, sent := range d {
			text := strings.Join(sent.Words, " ")
			var doc *prose.Document
			var err error
			s.Seconds += train.CPUSeconds(func() {
				doc, err = prose.NewDocument(text, prose.UsingModel(model),
					prose.WithSegmentation(false), prose.WithExtraction(false))
			})
			s.Tokens += len(sent.Words)
			if err != nil {
				continue
			}
			// Gold token starts in text.
			starts := map[int]int{}
			at := 0
			for i, w := range sent.Words {
				starts[at] = i
				at += len(w) + 1
			}
			pos := 0
			for _, t := range doc.Tokens() {
				k := strings.Index(text[pos:], t.Text)
				if k < 0 {
					continue
				}
				pos += k
				if i, ok := starts[pos]; ok {
					delete(starts, pos)
					if t.Tag == sent.Tags[i] {
						s.TagsRight++
					}
				}
				pos += len(t.Text)
			}
		}
	}
	return s
}
