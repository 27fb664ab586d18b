package extract

import "testing"

// A time phrase between a speaker's description and the verb ("Tom Becker,
// the town's oldest pilot, last month warned …") is not who speaks: the
// rules take it as the speaker phrase, and the ranker picks the name, as
// it learned to since it learns from wrong picks only, not also against
// right ones that fit the gold span worse (the ranker trained that way
// showed "last month" and counted the warning as no one's).
func TestATimePhraseBeforeTheVerbIsNotTheSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Tom Becker, the town's oldest pilot, last month warned that the channel was silting up.", "Tom Becker"},
		{"Ada Brennan, the harbour board's chairwoman, last week warned that the pier was unsafe.", "Ada Brennan"},
	} {
		doc, r := oneStatement(t, tc.text)
		if r.Speaker.Text != tc.want {
			t.Errorf("%q: speaker %q, want %s", tc.text, r.Speaker.Text, tc.want)
		}
		if len(doc.People) == 0 || r.SpeakerID != doc.People[0].ID {
			t.Errorf("%q: the warning is not counted as %s's (speaker id %q, people %+v)", tc.text, tc.want, r.SpeakerID, doc.People)
		}
	}
}
