package extract

import "testing"

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
