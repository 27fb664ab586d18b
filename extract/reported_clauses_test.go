package extract

import "testing"

// A statement whose clause runs into another source's statement after a
// comma ("…, but a harbour survey found that …") ends at the comma: each
// source keeps its own words, and neither statement overlaps the other.
func TestReportedClauseEndsWhereAnotherSourceSpeaks(t *testing.T) {
	type stmt struct{ content, speaker, cue string }
	for _, c := range []struct {
		text string
		want []stmt
	}{
		{"Vargas said the pier was late, but a harbour survey found that most riders wanted a new ferry.",
			[]stmt{{"the pier was late", "Vargas", "said"}, {"most riders wanted a new ferry", "a harbour survey", "found"}}},
		{"Becker said the ferry was slow, and the latest poll shows that riders want a faster boat.",
			[]stmt{{"the ferry was slow", "Becker", "said"}, {"riders want a faster boat", "the latest poll", "shows"}}},
		{"Vargas said the pier was late, but critics believe the ferry had never run on time.",
			[]stmt{{"the pier was late", "Vargas", "said"}, {"the ferry had never run on time", "critics", "believe"}}},
	} {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Reported) != len(c.want) {
			t.Errorf("%s\n  %d statements, want %d: %+v", c.text, len(doc.Reported), len(c.want), doc.Reported)
			continue
		}
		for i, w := range c.want {
			r := doc.Reported[i]
			if r.Text != w.content || r.Speaker == nil || r.Speaker.Text != w.speaker || r.Cue == nil || r.Cue.Text != w.cue {
				t.Errorf("%s\n  statement %d: %q by %+v (cue %+v), want %q by %q (cue %q)", c.text, i, r.Text, r.Speaker, r.Cue, w.content, w.speaker, w.cue)
			}
		}
	}
}

// A statement can be one word after a speech or stance verb ("said yes",
// "endorsed Vargas"); a word or two after a verb the rules do not list is
// an action, not speech ("opened the meeting").
func TestShortStatements(t *testing.T) {
	for _, c := range []struct{ text, content, speaker string }{
		{"Asked if the pier would open in June, 75 percent of riders said yes.", "yes", "75 percent of riders"},
		{"The harbour union endorsed Vargas.", "Vargas", "The harbour union"},
		{"Tom Becker opened the meeting.", "", ""},
		{"Tom Becker watched the boats.", "", ""},
	} {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if c.content == "" {
			if len(doc.Reported) != 0 {
				t.Errorf("%s\n  reported %+v, want nothing", c.text, doc.Reported)
			}
			continue
		}
		if len(doc.Reported) != 1 || doc.Reported[0].Text != c.content || doc.Reported[0].Speaker == nil || doc.Reported[0].Speaker.Text != c.speaker {
			t.Errorf("%s\n  reported %+v, want %q by %q", c.text, doc.Reported, c.content, c.speaker)
		}
	}
}

// The phrase that says who speaks holds no statement of its own: "who
// asked not to be named" describes the quotation's anonymous source, it is
// not something that source (or "who") said.
func TestTheSpeakersDescriptionIsNotAStatement(t *testing.T) {
	for _, text := range []string{
		`"The ferry will not run this winter," said a harbour official who asked not to be named.`,
		`"Nobody has seen the accounts," said a council clerk who asked not to be identified.`,
	} {
		doc, err := Annotate(text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil {
			t.Fatalf("%s\n  quotations %+v, want one with its speaker", text, doc.Quotes)
		}
		for _, r := range doc.Reported {
			if r.Start >= doc.Quotes[0].Speaker.Start && r.End <= doc.Quotes[0].Speaker.End {
				t.Errorf("%s\n  %q is a statement by %+v, inside the speaker %q", text, r.Text, r.Speaker, doc.Quotes[0].Speaker.Text)
			}
		}
	}
}
