//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// Quoted words that are not a quotation are marked as such, apart from
// the quotation beside them, with no speaker; one inside reported speech
// is left to it. The document is written by hand: this is about the page.
func TestTermsAreMarkedApartFromQuotations(t *testing.T) {
	text := `The so-called "old channel" is shallow. "We will dredge it," the mayor said. Officials said the "reset" failed.`
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	ts, te := at(`"old channel"`)
	qs, qe := at(`"We will dredge it,"`)
	rs, re := at(`the "reset" failed`)
	ns, ne := at(`"reset"`)
	mayor, mayorEnd := at("the mayor")
	doc := &extract.Document{
		Entities: []extract.Entity{},
		Quotes:   []extract.Quote{{Start: qs, End: qe, Text: text[qs:qe], Kind: extract.KindDirect, Speaker: &extract.Span{Start: mayor, End: mayorEnd, Text: "the mayor"}}},
		Reported: []extract.Quote{{Start: rs, End: re, Text: text[rs:re], Kind: extract.KindReported}},
		Terms:    []extract.Span{{Start: ts, End: te, Text: text[ts:te]}, {Start: ns, End: ne, Text: text[ns:ne]}},
	}
	html := app.HTMLString(&readingView{Reading: newReading(text, doc, nil)})
	if !strings.Contains(html, `<span class="term" data-term="term" title="Quoted words, not a quotation">&#34;old channel&#34;</span>`) {
		t.Errorf("the term is not marked as one:\n%s", html)
	}
	if strings.Count(html, `class="term"`) != 1 {
		t.Errorf("want one term drawn (the other is inside reported speech):\n%s", html)
	}
	if strings.Count(html, `data-quote=`) != 1 || !strings.Contains(html, `data-speaker="the mayor"`) {
		t.Errorf("the quotation beside the term changed:\n%s", html)
	}
}
