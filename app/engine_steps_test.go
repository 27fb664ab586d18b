package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/benchtext"
)

// A long document comes in two steps, its first screen first; the page
// ends with exactly the document of the whole text.
func TestLongTextFirstPartThenWhole(t *testing.T) {
	text := benchtext.Long(8000)
	var steps []engineStep
	annotateInSteps(text, func(s engineStep) { steps = append(steps, s) }, func() bool { return false })
	if len(steps) != 2 || !steps[0].Partial || steps[1].Partial {
		t.Fatalf("steps %+v, want a first part then the whole", steps)
	}
	end := firstPart(text)
	first := steps[0].Doc
	if len(first.Quotes) == 0 {
		t.Error("the first part has no quotations")
	}
	for _, q := range first.Quotes {
		if q.End > end {
			t.Errorf("the first part's quotation %q ends at %d, past its end %d", q.Text, q.End, end)
		}
	}
	if paras := paragraphs(text[:end]); len(paras) != chunkParagraphs {
		t.Errorf("the first part holds %d paragraphs, want the reading view's first chunk, %d", len(paras), chunkParagraphs)
	}
	whole, err := extract.Annotate(text)
	if err != nil || steps[1].Err != nil {
		t.Fatal(err, steps[1].Err)
	}
	if !reflect.DeepEqual(steps[1].Doc, whole) {
		t.Error("the last document is not the whole text's annotation")
	}
}

// A newer text waiting: the whole of the older one is not annotated.
func TestStaleLongTextStopsAfterItsFirstPart(t *testing.T) {
	var steps []engineStep
	annotateInSteps(benchtext.Long(8000), func(s engineStep) { steps = append(steps, s) }, func() bool { return true })
	if len(steps) != 1 || !steps[0].Partial {
		t.Errorf("steps %+v, want the first part only", steps)
	}
}

// An article is annotated whole, at once.
func TestArticleInOneStep(t *testing.T) {
	for _, text := range []string{benchtext.Article(), strings.Repeat("One long paragraph without a break. ", 2000)} {
		var steps []engineStep
		annotateInSteps(text, func(s engineStep) { steps = append(steps, s) }, func() bool { return false })
		if len(steps) != 1 || steps[0].Partial || steps[0].Err != nil {
			t.Errorf("%d bytes: steps %+v, want one, the whole", len(text), steps)
		}
	}
}
