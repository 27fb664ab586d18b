package main

import (
	"testing"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/benchtext"
)

// What the page does with a long document when it arrives from the
// engine's worker, step by step (natively; WebAssembly is about 3× slower):
// decoding it, preparing the reading view, and rendering each component
// that shows it.
func BenchmarkArrival50k(b *testing.B) {
	text := benchtext.Long(50000)
	doc, err := extract.Annotate(text)
	if err != nil {
		b.Fatal(err)
	}
	raw := encodeDocument(doc, text)
	b.Logf("%d sources quoted, %d mentioned, %d quotes, %d reported, %d entities, %d people", len(doc.Sources.Quoted), len(doc.Sources.Mentioned), len(doc.Quotes), len(doc.Reported), len(doc.Entities), len(doc.People))
	a := articleState{Text: text}
	a.present(doc, nil, 1, 1)
	steps := []struct {
		name string
		f    func()
	}{
		{"decode", func() { _, _ = decodeDocument(raw, text, nil) }},
		{"present", func() { a := articleState{Text: text}; a.present(doc, nil, 1, 1) }},
		{"worksheet", func() { w := &worksheet{article: a}; w.Render() }},
		{"sources", func() { p := &sourcesPanel{article: a}; p.Render() }},
		{"verbs", func() { p := &verbsPanel{article: a}; p.Render() }},
		{"table", func() { sourcesTable(a.Doc) }},
		{"chunk", func() { a.View.html = nil; c := &readingChunk{Reading: a.View}; c.Render() }},                           // written anew
		{"chunk-kept", func() { r := *a.View; r.html, r.prev = nil, a.View; c := &readingChunk{Reading: &r}; c.Render() }}, // from the reading before
		{"chunk-again", func() { c := &readingChunk{Reading: a.View}; c.Render() }},                                        // written already
		{"corrections", func() { p := &correctionsPanel{article: a}; p.Render() }},
		{"toolbar", func() { p := &toolbar{article: a}; p.Render() }},
		{"library", func() { p := &libraryView{article: a}; p.Render() }},
	}
	for _, s := range steps {
		b.Run(s.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s.f()
			}
		})
	}
}
