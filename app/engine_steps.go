package main

import (
	"time"

	"github.com/whosaid/whosaid/extract"
)

// A long document takes the engine a second or more, but the reader looks
// at its first screen first: the engine's worker annotates that first (the
// first chunk of paragraphs the reading view draws), posts it as a first
// part, then annotates the whole text and posts that. The whole text's
// document replaces the first part's: what the page ends with is exactly
// the whole-text annotation (a mention may be linked to a name the first
// part does not hold, so the first part's highlights are provisional).

// firstPart returns where the first part of a long text ends (the end of
// the reading view's first chunk), or 0 when the text is annotated whole at
// once: it is short, or its first chunk is most of it.
func firstPart(text string) int {
	if len(text) < longText {
		return 0
	}
	paras := paragraphs(text)
	if len(paras) <= chunkParagraphs {
		return 0
	}
	end := paras[chunkParagraphs-1][1]
	if end > len(text)/4 {
		return 0
	}
	return end
}

// engineStep is one document the worker posts: a first part (Partial,
// annotated from text[:End]) or the whole text's.
type engineStep struct {
	Doc     *extract.Document
	Err     error
	Ms      float64
	Partial bool
}

// annotateInSteps annotates text for the page, the first part of a long
// text first (firstPart); post gets each document. stale says whether a
// newer text is waiting: the whole of this one is then not annotated, the
// page would drop it.
func annotateInSteps(text string, post func(engineStep), stale func() bool) {
	if end := firstPart(text); end > 0 {
		start := time.Now()
		doc, err := extract.Annotate(text[:end])
		if err == nil { // else the whole text says why
			post(engineStep{Doc: doc, Ms: msSince(start), Partial: true})
		}
		if stale() {
			return
		}
	}
	start := time.Now()
	doc, err := extract.Annotate(text)
	post(engineStep{Doc: doc, Err: err, Ms: msSince(start)})
}
