package extract

import (
	"encoding/json"
	"strings"
	"testing"
)

// Quoted words that are not a quotation — a title, a term in narration,
// a word discussed, a nickname — are set apart as terms, not reported as
// quotations: a reader still sees them, a speaker is never given them.
func TestQuotedWordsAreTermsNotQuotations(t *testing.T) {
	cases := []struct{ text, term string }{
		{`She starred in the film "Salt and Sea" last year.`, `"Salt and Sea"`},
		{`Boats still use the so-called "old channel" at night.`, `"old channel"`},
		{`The word "resilience" appears twice in the report.`, `"resilience"`},
		{`Councillor Ann "Nan" Price opened the meeting.`, `"Nan"`},
	}
	for _, c := range cases {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 0 {
			t.Errorf("%s: quotations %+v, want none", c.text, doc.Quotes)
		}
		if len(doc.Terms) != 1 || doc.Terms[0].Text != c.term || c.text[doc.Terms[0].Start:doc.Terms[0].End] != c.term {
			t.Errorf("%s: terms %+v, want %s", c.text, doc.Terms, c.term)
		}
	}
}

func TestSpokenWordsStayQuotations(t *testing.T) {
	for _, text := range []string{
		`"We will rebuild the pier," the mayor said.`,
		`The pier is "closed for the winter," Mayor Elena Vargas said on Monday.`,
		`'It was a mistake,' the minister said.`,
	} {
		doc, err := Annotate(text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || len(doc.Terms) != 0 {
			t.Errorf("%s: quotations %+v, terms %+v; want one quotation with its speaker", text, doc.Quotes, doc.Terms)
		}
	}
}

// The JSON always holds "terms", an empty list when there are none.
func TestTermsInJSON(t *testing.T) {
	doc, err := Annotate(`"We will rebuild the pier," the mayor said.`)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"terms":[]`) {
		t.Errorf("JSON without an empty terms list: %s", b)
	}
}

// An article that quotes in double marks keeps single marks for its
// headline's words and nested quotations: the headline's quoted words are a
// term (the quotation itself is in the body, between double marks), while
// an article quoting in single marks (British style) has its quotations in
// them.
func TestSingleMarksBesideDoubleMarksAreTerms(t *testing.T) {
	doc, err := Annotate("Vargas vows pier 'will be rebuilt by spring'\n\"We will rebuild the pier by spring,\" Mayor Elena Vargas said on Monday.")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 || doc.Quotes[0].Text != `"We will rebuild the pier by spring,"` {
		t.Errorf("quotations %+v, want only the body's", doc.Quotes)
	}
	if len(doc.Terms) != 1 || doc.Terms[0].Text != "'will be rebuilt by spring'" {
		t.Errorf("terms %+v, want the headline's quoted words", doc.Terms)
	}
	doc, err = Annotate("Vargas vows pier 'will be rebuilt by spring'\n'We will rebuild the pier by spring,' Mayor Elena Vargas said on Monday.")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) == 0 || doc.Quotes[len(doc.Quotes)-1].Text != "'We will rebuild the pier by spring,'" {
		t.Errorf("British article: quotations %+v, want the body's single-marked one", doc.Quotes)
	}
}

// A few quoted words with nobody saying them in the sentence are a term;
// the same words after "the mayor said" are the mayor's quotation (the
// quotation model weighs where the cue stands with the stretch's length:
// before it read that, the first sentence gave a quotation).
func TestQuotedWordsWithoutACueAreATerm(t *testing.T) {
	doc, err := Annotate(`Work on the pier is "on schedule."`)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 0 || len(doc.Terms) != 1 || doc.Terms[0].Text != `"on schedule."` {
		t.Errorf("no cue: quotations %+v, terms %+v; want the quoted words as a term", doc.Quotes, doc.Terms)
	}
	doc, err = Annotate(`The mayor said work on the pier is "on schedule."`)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || len(doc.Terms) != 0 {
		t.Errorf("after a cue: quotations %+v, terms %+v; want one quotation with its speaker", doc.Quotes, doc.Terms)
	}
}
