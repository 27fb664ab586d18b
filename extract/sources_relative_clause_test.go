package extract

import "testing"

// A relative clause whose verbs run on to the cue ("The mayor, who runs the
// harbour board and has long argued that …") says who speaks however far
// the pronoun stands from the cue: the ranker takes relative pronouns
// anywhere before the cue in its sentence as candidates. Before, it looked
// only within six words and showed a word near the cue ("long",
// "council") as the speaker.
func TestARelativeClauseFarFromTheCueNamesTheSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The mayor, who runs the harbour board and has long argued that the pier is unsafe, will speak on Friday.", "The mayor, who"},
		{"There are many fishermen who have no love for the council but don't want the pier closed.", "many fishermen who"},
	} {
		_, r := oneStatement(t, tc.text)
		if got := r.Speaker.Text; got != tc.want {
			t.Errorf("%q: speaker %q, want %q", tc.text, got, tc.want)
		}
	}
}
