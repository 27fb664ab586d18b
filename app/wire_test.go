package main

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
)

const wireText = `"We are ready," Mayor Elena Vargas said on Monday in Harbour City. Councillor Tom Becker claimed the plan was too costly, according to officials.` + "\n\n" +
	`Vargas told reporters that the so-called "harbour fund" would pay for it. "It will not," Becker said.` + "\n"

// The page reads from the worker the document the engine made: every
// entity, quotation, speaker and source, with the words of the article.
func TestWireCarriesTheDocument(t *testing.T) {
	doc, err := extract.Annotate(wireText)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Entities) == 0 || len(doc.Quotes) == 0 || len(doc.Sources.Quoted) == 0 {
		t.Fatalf("the test text gives too little to check: %+v", doc)
	}
	got, err := decodeDocument(encodeDocument(doc, wireText), wireText, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, doc) {
		t.Errorf("the page reads\n%+v\nthe engine made\n%+v", got, doc)
	}
	// a span whose text is not the article's own words keeps its text
	odd := &extract.Document{Terms: []extract.Span{{Start: 1, End: 3, Text: "other"}}, Entities: []extract.Entity{}}
	if got, err := decodeDocument(encodeDocument(odd, wireText), wireText, nil); err != nil || !reflect.DeepEqual(got, odd) {
		t.Errorf("read %+v (%v), want %+v", got, err, odd)
	}
}

// A field added to the document must travel to the page too: this lists
// what wire.go carries.
func TestWireCarriesEveryField(t *testing.T) {
	carried := map[reflect.Type]string{
		reflect.TypeOf(extract.Document{}): "Entities Quotes Reported People Sources Terms",
		reflect.TypeOf(extract.Entity{}):   "Start End Text Type EntityID",
		reflect.TypeOf(extract.Quote{}):    "Start End Text Kind Speaker Cue CueType SpeakerID",
		reflect.TypeOf(extract.Span{}):     "Start End Text",
		reflect.TypeOf(extract.Referent{}): "ID Name Type Aliases Roles Mentions Quotes",
		reflect.TypeOf(extract.Sources{}):  "Quoted Mentioned QuotedWords Unattributed",
		reflect.TypeOf(extract.Source{}):   "ID Name Kind Roles Quotes Reported QuotedWords Share Mentions Cues",
	}
	for typ, fields := range carried {
		var names []string
		for i := 0; i < typ.NumField(); i++ {
			names = append(names, typ.Field(i).Name)
		}
		if got := strings.Join(names, " "); got != fields {
			t.Errorf("%s has fields %q; wire.go carries %q: add the new ones to encodeDocument and decodeDocument", typ, got, fields)
		}
	}
}

// A long document is read with pauses, so the page keeps answering, and
// is still the engine's document.
func TestWireLongDocumentReadWithPauses(t *testing.T) {
	text := strings.Repeat(wireText, 300)
	doc, err := extract.Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	defer func(was time.Duration) { pieceTime = was }(pieceTime)
	pieceTime = 0
	pauses := 0
	got, err := decodeDocument(encodeDocument(doc, text), text, func() { pauses++ })
	if err != nil {
		t.Fatal(err)
	}
	if pauses == 0 {
		t.Error("no pause while reading a long document")
	}
	if !reflect.DeepEqual(got, doc) {
		t.Error("the document read with pauses differs from the engine's")
	}
}

// A cut-off or garbled answer is an error, never a panic or a wrong
// document; so is a document of another, shorter text.
func TestWireBadInput(t *testing.T) {
	doc, err := extract.Annotate(wireText)
	if err != nil {
		t.Fatal(err)
	}
	data := encodeDocument(doc, wireText)
	for n := 0; n < len(data); n++ {
		if _, err := decodeDocument(data[:n], wireText, nil); err == nil {
			t.Fatalf("the first %d of %d bytes read as a document", n, len(data))
		}
	}
	for i := range data {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0xff
		_, _ = decodeDocument(bad, wireText, nil) // must not panic
	}
	if _, err := decodeDocument(data, wireText[:20], nil); err == nil {
		t.Error("a document read against a shorter text")
	}
}

func BenchmarkWireDecode(b *testing.B) {
	text := strings.Repeat(wireText, 30)
	doc, err := extract.Annotate(text)
	if err != nil {
		b.Fatal(err)
	}
	data := encodeDocument(doc, text)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := decodeDocument(data, text, nil); err != nil {
			b.Fatal(err)
		}
	}
}
