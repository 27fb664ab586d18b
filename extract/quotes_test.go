package extract

import "testing"

func quoteTexts(text string) []string {
	var out []string
	for _, q := range scanQuotes(text) {
		out = append(out, text[q.Start:q.End])
	}
	return out
}

func TestScanQuotes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"straight", `"We are ready," she said.`, []string{`"We are ready,"`}},
		{"curly with nested single", `“He told me ‘never again’ twice,” she said.`, []string{`“He told me ‘never again’ twice,”`}},
		{"apostrophes are not marks", `Scholz’s aides won't say it's over in the ’90s style.`, nil},
		{"partial", `He wanted to "make things right" with them.`, []string{`"make things right"`}},
		{"never closed", `She said: "This is not over`, []string{`"This is not over`}},
		{"two in a sentence", `"One," he said, "two."`, []string{`"One,"`, `"two."`}},
	}
	for _, c := range cases {
		got := quoteTexts(c.text)
		if len(got) != len(c.want) {
			t.Errorf("%s: quotes %q, want %q", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: quote %d = %q, want %q", c.name, i, got[i], c.want[i])
			}
		}
	}
}

func TestScanQuotesAcrossParagraphs(t *testing.T) {
	text := "“We will rebuild the pier,” the mayor said. “It will take time.\n\n“But it will be done.”"
	qs := scanQuotes(text)
	if len(qs) != 3 {
		t.Fatalf("got %d quotes %q, want 3", len(qs), quoteTexts(text))
	}
	if !qs[1].Continued || qs[0].Continued {
		t.Errorf("only the quote left open at the paragraph end continues: %+v", qs)
	}
	if got := text[qs[1].Start:qs[1].End]; got != "“It will take time." {
		t.Errorf("the open quote ends at its paragraph: %q", got)
	}
}

// Markup attributes and programme titles are not quotations.
func TestMarkupAndTitlesAreNotQuotations(t *testing.T) {
	for _, text := range []string{
		"Read the thread.\n\n<tweet tweet-id=\"7834991160\"><tweet/>.\n\n<tweet tweet-id=\"7834916305\"><tweet/>.",
		"On this weekend's broadcast of “Harbour Live Tonight,” the mayor spoke about the pier.",
		"The 30-second spot, titled “Arrogant,” ends with footage of the councillor.",
	} {
		doc, err := Annotate(text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 0 {
			t.Errorf("%q: quotations %+v, want none", text, doc.Quotes)
		}
	}
	doc, err := Annotate(`In his speech, Mayor Elena Vargas proclaimed a goal of "Pier Before Palace."`)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 {
		t.Errorf("a slogan the mayor proclaimed is speech: %+v", doc.Quotes)
	}
}

func TestNicknameInsideANameIsNotAQuotation(t *testing.T) {
	doc, err := Annotate(`The crowd cheered when state Del. Marcia "Cia" Price took the stage.`)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 0 {
		t.Errorf("quotations %+v, want none", doc.Quotes)
	}
}
