package main

import (
	"fmt"
	"html"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract"
)

// termKind is the Kind of quoted words that are not a quotation (the
// engine's Document.Terms: scare quotes, terms, titles, nicknames) among
// the reading's spans.
const termKind = "term"

// termLabel is what a term's highlight says it is.
const termLabel = "quoted words, not a quotation"

// withTerms adds the document's terms to its quotations and reported
// speech, in text order. A term inside reported speech is left to it (the
// spans a paragraph draws never overlap).
func withTerms(spans []extract.Quote, terms []extract.Span) []extract.Quote {
	if len(terms) == 0 {
		return spans
	}
	out := make([]extract.Quote, 0, len(spans)+len(terms))
	out = append(out, spans...)
	for _, t := range terms {
		i := sort.Search(len(spans), func(i int) bool { return spans[i].End > t.Start })
		if i < len(spans) && spans[i].Start < t.End {
			continue
		}
		out = append(out, extract.Quote{Start: t.Start, End: t.End, Text: t.Text, Kind: termKind})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// writeTerm writes quoted words that are not a quotation: lightly marked,
// with no speaker.
func writeTerm(b *strings.Builder, text string, from, to int, marks []extract.Entity, selected string) {
	fmt.Fprintf(b, `<span class="sr-only">%s: </span><span class="term" data-term="term" title="%s">`, termLabel, html.EscapeString(strings.ToUpper(termLabel[:1])+termLabel[1:]))
	writeEntityHTML(b, text, from, to, marks, selected)
	b.WriteString(`</span>`)
}
