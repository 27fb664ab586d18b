package extract

import (
	"testing"

	"github.com/whosaid/whosaid/extract/attribution/cues"
)

// Known misses of the learned cue detector: sentences the project wrote
// that the hand rules read right and the detector trained on PolNeAR does
// not ("gone" taken for a cue, "show" not taken for one, "Asked about it"
// made a statement of its own). They stay as tests of the rules' reading,
// the baseline the detector is measured against, until a cross-validated
// change makes the detector read them too.
func TestRuleCuesReadWhatTheLearnedDetectorMisses(t *testing.T) {
	rules := Options{Cues: cues.Rules()}
	for _, c := range []struct{ text, content, speaker, cue string }{
		{`Asked about it, Elena Vargas said "I know nothing about the emails," she said.`, `"I know nothing about the emails,"`, "Elena Vargas", "said"},
		{"And it has not gone unnoticed: according to recent polls, Vargas holds only 14 percent of the vote.", "Vargas holds only 14 percent of the vote", "recent polls", "according to"},
		{"Harbour records from the 2008 season show he backed both candidates.", "he backed both candidates", "Harbour records from the 2008 season", "show"},
	} {
		doc, err := AnnotateWith(c.text, rules)
		if err != nil {
			t.Fatal(err)
		}
		found := append(append([]Quote(nil), doc.Quotes...), doc.Reported...)
		if len(found) != 1 {
			t.Errorf("%s\n  %d statements, want 1: %+v", c.text, len(found), found)
			continue
		}
		q := found[0]
		if q.Text != c.content || q.Speaker == nil || q.Speaker.Text != c.speaker || q.Cue == nil || q.Cue.Text != c.cue {
			t.Errorf("%s\n  got %q by %+v (cue %+v), want %q by %q (cue %q)", c.text, q.Text, q.Speaker, q.Cue, c.content, c.speaker, c.cue)
		}
	}
}

// A known miss of the learned quotation decision: a quotation introduced by
// a noun and a colon, with no verb of saying (`is trying a simpler message:
// "Trust the harbour."`). The model trained on PolNeAR scores it just under
// its threshold (-0.25 against -0.2; a feature for a speech noun before the
// colon lowered it and left CV F1 at 0.960). The rules read it, with the
// speaker across a long opening phrase; it stays a test of their reading.
func TestRuleQuotationsReadWhatTheLearnedModelMisses(t *testing.T) {
	text := `With the vote only days away and the old pier closed to all boats for the winter, Mayor Elena Vargas is trying a simpler message: "Trust the harbour."`
	doc, err := AnnotateWith(text, Options{RuleSaid: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 {
		t.Fatalf("found %d quotes, want 1", len(doc.Quotes))
	}
	q := doc.Quotes[0]
	if q.Text != `"Trust the harbour."` || q.Speaker == nil || q.Speaker.Text != "Mayor Elena Vargas" || nameOf(doc, q.SpeakerID) != "Elena Vargas" {
		t.Errorf("got %q by %+v (%q), want the quotation by Mayor Elena Vargas", q.Text, q.Speaker, nameOf(doc, q.SpeakerID))
	}
}
