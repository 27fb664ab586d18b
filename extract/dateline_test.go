package extract

import "testing"

// A dateline is not who speaks: the source of the article's first
// statement is the name after it. A clause the rules' phrase runs over
// ("on Monday gave his backing to") is not the source either: the name in
// it is.
func TestSourceIsTheNameNotTheDatelineOrClause(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{"HARBOUR CITY, 6 March 2025 — The mayor said the repairs would take a year.", "The mayor"},
		{"LISBON, 6 March 2025 Portugal said on Monday it would rebuild the pier.", "Portugal"},
	} {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Reported) != 1 || doc.Reported[0].Speaker == nil || doc.Reported[0].Speaker.Text != c.speaker {
			t.Errorf("%q: reported %+v, want one statement by %q", c.text, doc.Reported, c.speaker)
		}
	}
}
