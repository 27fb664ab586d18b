package main

import (
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// The status line under the article reads as a sentence: one entity, not
// "1 entities", and a long wait in seconds, not "1040.0 ms".
func TestStatusLineReadsAsASentence(t *testing.T) {
	text := `"We will reopen the pier," said Ana Lindqvist.`
	doc, err := extract.Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Entities) != 1 || len(doc.Quotes) != 1 {
		t.Fatalf("the engine found %d entities and %d quotations in %q; the test needs one of each", len(doc.Entities), len(doc.Quotes), text)
	}
	a := articleState{Text: text}
	for ms, want := range map[float64]string{
		4.25:  "1 entity, 1 quotation, annotated in 4.2 ms.",
		240.4: "1 entity, 1 quotation, annotated in 240 ms.",
		1040:  "1 entity, 1 quotation, annotated in 1.04 s.",
	} {
		a.present(doc, nil, ms, 1)
		if a.Status != want {
			t.Errorf("status %q, want %q", a.Status, want)
		}
	}
}
