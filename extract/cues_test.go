package extract

import (
	"strings"
	"testing"
)

// reportedOf lists a text's reported statements as "content / speaker /
// cue".
func reportedOf(t *testing.T, text string) []string {
	t.Helper()
	doc, err := Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range doc.Reported {
		sp, cue := "", ""
		if r.Speaker != nil {
			sp = r.Speaker.Text
		}
		if r.Cue != nil {
			cue = r.Cue.Text
		}
		out = append(out, r.Text+" / "+sp+" / "+cue)
	}
	return out
}

// The learned detector finds the cues a reader sees, the lexicon's and
// others it learned from PolNeAR ("signaled").
func TestLearnedCuesIntroduceReportedSpeech(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Maria Lopez pointed out that the bridge had been closed for a month.", "the bridge had been closed for a month / Maria Lopez / pointed out"},
		{"According to the council, the library will reopen in May.", "the library will reopen in May / the council / According to"},
		{"The harbour board signaled that the ferry would run again in spring.", "the ferry would run again in spring / The harbour board / signaled"},
		{"The library will reopen in May, the council said on Friday.", "The library will reopen in May / the council / said"},
		// an adverb between the auxiliary and the verb: the verb is the cue
		{"The harbour master has since said the pier will reopen.", "the pier will reopen / The harbour master / said"},
	} {
		got := reportedOf(t, c.text)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s\n  reported %q, want [%q]", c.text, got, c.want)
		}
	}
}

// A cue inside a quotation is the quoted person's words, not the writer's
// attribution: it reports nothing of its own.
func TestACueInsideAQuotationReportsNothing(t *testing.T) {
	text := `"The board said the pier was safe," Nora Pike told the Gazette.`
	if got := reportedOf(t, text); len(got) != 0 {
		t.Errorf("%s\n  reported %q, want nothing (the quotation is Nora Pike's)", text, got)
	}
}

// Two verbs joined by "and": the second cue's clause is its own, and the
// first verb's clause stops before it.
func TestACoordinatedCueHasItsOwnClause(t *testing.T) {
	text := "Councillor Amos Reed thanked the volunteers and said the beach was clean again."
	got := reportedOf(t, text)
	found := false
	for _, r := range got {
		if strings.Contains(r, "and said") {
			t.Errorf("%s\n  a clause runs over the second cue: %q", text, r)
		}
		found = found || r == "the beach was clean again / Councillor Amos Reed / said"
	}
	if !found {
		t.Errorf("%s\n  reported %q, want the beach was clean again / Councillor Amos Reed / said", text, got)
	}
}

// Verbs of action report nothing.
func TestActionsAreNotReportedSpeech(t *testing.T) {
	for _, text := range []string{
		"Nora Pike walked along the pier on Monday.",
		"The ferry left the harbour at noon and reached the island an hour later.",
	} {
		if got := reportedOf(t, text); len(got) != 0 {
			t.Errorf("%s\n  reported %q, want nothing", text, got)
		}
	}
}
