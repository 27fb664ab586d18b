//go:build !wasm

package main

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// A pasted article is shown as text: markup in it never becomes markup.
func TestReadingViewRendersArticleAsText(t *testing.T) {
	text := `<script>alert(1)</script> "<img src=x onerror=alert(2)>," Elena Vargas said.`
	doc, err := extract.Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	html := app.HTMLString(&readingView{Reading: newReading(text, doc, nil)})
	for _, bad := range []string{"<script>", "<img"} {
		if strings.Contains(html, bad) {
			t.Errorf("rendered HTML contains %q:\n%s", bad, html)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;") {
		t.Errorf("the article's text is missing from the page:\n%s", html)
	}
	if !strings.Contains(html, `data-speaker="Elena Vargas"`) {
		t.Errorf("the quotation is not attributed:\n%s", html)
	}
}

// An unattributed quotation says so: data-speaker is there, and empty.
// The document is written by hand: this is about the page, whatever the
// engine decides for a given sentence.
func TestUnattributedQuotationHasEmptySpeaker(t *testing.T) {
	text := `The pier, known as "the old lady of the harbour and the bay" to locals, closed in 1998.`
	quoted := `"the old lady of the harbour and the bay"`
	start := strings.Index(text, quoted)
	doc := &extract.Document{Entities: []extract.Entity{}, Quotes: []extract.Quote{{
		Start: start, End: start + len(quoted), Text: quoted, Kind: extract.KindPartial,
	}}}
	html := app.HTMLString(&readingView{Reading: newReading(text, doc, nil)})
	if !strings.Contains(html, `data-quote="partial" data-speaker=""`) || !strings.Contains(html, ">unattributed<") {
		t.Errorf("unattributed quotation rendered as:\n%s", html)
	}
}

func TestParagraphsSkipBlankLines(t *testing.T) {
	text := "One.\n\n  \nTwo.\nThree."
	var got []string
	for _, p := range paragraphs(text) {
		got = append(got, text[p[0]:p[1]])
	}
	if strings.Join(got, "|") != "One.|Two.|Three." {
		t.Errorf("paragraphs = %q", got)
	}
}

// The article's own markup characters stay text in the reading view.
func TestEscapeToMatchesHTMLEscape(t *testing.T) {
	for _, s := range []string{"", "plain words", `<script>alert("x")</script> & 'so' on`, "a < b > c &amp;"} {
		var b strings.Builder
		escapeTo(&b, s)
		if got, want := b.String(), html.EscapeString(s); got != want {
			t.Errorf("escapeTo(%q) = %q, want %q", s, got, want)
		}
	}
}

// The reading view and the panels walk quotations and reported speech in
// the article's order, a quotation first where both start at once,
// whether or not the engine listed each kind in order.
func TestAttributedSpansInTextOrder(t *testing.T) {
	q := func(start int, kind string) extract.Quote {
		return extract.Quote{Start: start, End: start + 1, Kind: kind}
	}
	for _, tc := range []struct {
		quotes, reported []extract.Quote
	}{
		{[]extract.Quote{q(0, "direct"), q(10, "direct"), q(30, "direct")}, []extract.Quote{q(5, extract.KindReported), q(10, extract.KindReported), q(40, extract.KindReported)}},
		{[]extract.Quote{q(30, "direct"), q(0, "direct")}, []extract.Quote{q(5, extract.KindReported)}},
		{nil, []extract.Quote{q(5, extract.KindReported)}},
	} {
		got := attributedSpans(&extract.Document{Quotes: tc.quotes, Reported: tc.reported})
		var order []string
		for _, s := range got {
			order = append(order, fmt.Sprint(s.Start, s.Kind))
		}
		if len(got) != len(tc.quotes)+len(tc.reported) {
			t.Fatalf("%d spans from %d quotations and %d reported: %v", len(got), len(tc.quotes), len(tc.reported), order)
		}
		for i := 1; i < len(got); i++ {
			if got[i].Start < got[i-1].Start || got[i].Start == got[i-1].Start && got[i].Kind != extract.KindReported {
				t.Fatalf("not in text order, quotation first: %v", order)
			}
		}
	}
}
