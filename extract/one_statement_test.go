package extract

import "testing"

// oneStatement annotates a sentence the project wrote to hold one reported
// statement with a speaker and returns the document and that statement;
// the sources tests read who the page would show as its speaker.
func oneStatement(t *testing.T, text string) (*Document, Quote) {
	t.Helper()
	doc, err := Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Reported) != 1 || doc.Reported[0].Speaker == nil {
		t.Fatalf("%q: reported %+v, want one statement with a speaker", text, doc.Reported)
	}
	return doc, doc.Reported[0]
}
