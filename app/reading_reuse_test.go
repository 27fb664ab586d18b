//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// reuseText is written for this test: speakers quoted across paragraphs,
// so that an edit in one paragraph can change the speaker shown in
// another.
var reuseText = strings.Join([]string{
	`Marta Okafor, who runs the river school in Eastbrook, said on Monday that the new ferry timetable "leaves our pupils waiting in the rain".`,
	`"We asked for a later boat and got an earlier one," Okafor told the parents' meeting.`,
	`The ferry company said the timetable followed the tides. Jonas Weir, its planner, insisted that "nothing can be moved before spring".`,
	`Okafor said the school would write to the council again.`,
	`"A boat at eight would solve everything," Weir admitted later.`,
}, "\n\n")

// After an edit, every paragraph of the article shows what a reading of
// the new document drawn from scratch shows, whether its markup was
// written again or kept from the reading before (paragraphHTML).
func TestEditedArticleShowsTheNewHighlightsEverywhere(t *testing.T) {
	paras := strings.Split(reuseText, "\n\n")
	edits := []struct {
		name, old, new, selected string
	}{
		{"a word typed in the second paragraph", reuseText, strings.Replace(reuseText, "a later boat", "a much later boat", 1), ""},
		{"a paragraph added at the end", reuseText, reuseText + "\n\nThe council did not answer.", ""},
		{"the first paragraph cut", reuseText, strings.Join(paras[1:], "\n\n"), ""},
		{"a speaker's full name changed in the first paragraph", reuseText, strings.Replace(reuseText, "Marta Okafor", "Marta Okafor-Lind", 1), ""},
		{"a person chosen", reuseText, reuseText, "chosen"},
		{"the whole after its first part", strings.Join(paras[:2], "\n\n"), reuseText, ""},
		{"a quotation mark typed away", reuseText, strings.Replace(reuseText, `"We asked`, `We asked`, 1), ""},
		{"another article pasted over it", reuseText, "\"The bridge opens in May,\" said Ilse Brandt, the town's engineer.\n\nBrandt said the old ferry would keep running until then.", ""},
	}
	for _, e := range edits {
		oldDoc, err := extract.Annotate(e.old)
		if err != nil {
			t.Fatal(err)
		}
		newDoc, err := extract.Annotate(e.new)
		if err != nil {
			t.Fatal(err)
		}
		selected := e.selected
		if selected == "chosen" && len(newDoc.People) > 0 {
			selected = newDoc.People[0].ID
		}
		before := newReading(e.old, oldDoc, nil)
		for i := 0; i < before.paragraphCount(); i++ {
			before.paragraphHTML(i, "") // drawn, before the edit
		}
		after := newReading(e.new, newDoc, nil)
		after.reuseFrom(before)
		fresh := newReading(e.new, newDoc, nil)
		for i := 0; i < fresh.paragraphCount(); i++ {
			got, want := after.paragraphHTML(i, selected), fresh.paragraphHTML(i, selected)
			if got != want {
				t.Errorf("%s: paragraph %d shows\n%s\nwhere the new document draws\n%s", e.name, i+1, got, want)
			}
		}
	}
}

// Typing in one paragraph leaves the others' markup as it was: go-app
// then has nothing to compare or redraw there.
func TestTypingKeepsTheOtherParagraphsMarkup(t *testing.T) {
	edited := strings.Replace(reuseText, "a later boat", "a much later boat", 1)
	oldDoc, _ := extract.Annotate(reuseText)
	newDoc, _ := extract.Annotate(edited)
	before := newReading(reuseText, oldDoc, nil)
	for i := 0; i < before.paragraphCount(); i++ {
		before.paragraphHTML(i, "")
	}
	after := newReading(edited, newDoc, nil)
	after.reuseFrom(before)
	kept := 0
	for i := 0; i < after.paragraphCount(); i++ {
		if h := after.paragraphHTML(i, ""); i != 1 && h == before.html[i] {
			kept++
		}
	}
	if kept != after.paragraphCount()-1 {
		t.Errorf("%d of the %d paragraphs not typed in were kept", kept, after.paragraphCount()-1)
	}
}

// A long text's whole document, arriving after its first part's, is drawn
// from the chunks on screen on, and once the reading view has grown every
// paragraph shows the whole's highlights: none keeps the first part's.
func TestLongTextEndsWithTheWholesHighlightsInEveryParagraph(t *testing.T) {
	text := strings.TrimSpace(strings.Repeat(reuseText+"\n\n", 80))
	end := firstPart(text)
	if end == 0 {
		t.Fatal("the text is annotated whole at once: make it longer")
	}
	partDoc, err := extract.Annotate(text[:end])
	if err != nil {
		t.Fatal(err)
	}
	wholeDoc, err := extract.Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	part := newReading(text, partDoc, nil)
	part.upto = 1
	v := &readingView{Reading: part}
	v.start()
	app.HTMLString(v) // the first part drawn
	v.Reading = newReading(text, wholeDoc, nil)
	v.start()
	if v.shown != 1 {
		t.Errorf("the whole's first drawing has %d chunks, the first part's had 1", v.shown)
	}
	got := drawnParagraphs(grown(v))
	want := drawnParagraphs(grown(&readingView{Reading: newReading(text, wholeDoc, nil)}))
	if got != want {
		t.Error("the long text's reading differs from its whole document's drawn from scratch")
	}
	if n, quotes := strings.Count(got, "data-quote="), len(wholeDoc.Quotes); n != quotes || quotes < 100 {
		t.Errorf("%d quotations highlighted of the whole's %d", n, quotes)
	}
}

// drawnParagraphs is v's markup from its first chunk on: go-app writes the
// attributes of the article element around them in a map's order, which
// differs from one drawing to the next.
func drawnParagraphs(v *readingView) string {
	html := app.HTMLString(v)
	if i := strings.Index(html, `<div class="chunk">`); i >= 0 {
		return html[i:]
	}
	return html
}

// grown is v once it has drawn every chunk, as grow does a task at a time.
func grown(v *readingView) *readingView {
	v.start()
	for v.shown < v.Reading.drawable() {
		v.shown = v.Reading.upTo(v.shown, drawBytes)
	}
	return v
}
