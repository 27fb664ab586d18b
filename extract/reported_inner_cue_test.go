package extract

import "testing"

// A cue inside another statement's clause, surer than that statement's own
// cue and with its own speaker, takes the clause from the speaker on: the
// prosecutors declined, the charge is no statement of Tom Becker's.
func TestACueInsideAStatementNamesItsOwnSpeaker(t *testing.T) {
	text := "Tom Becker was charged with trespass, but prosecutors declined to pursue the case."
	_, r := oneStatement(t, text)
	if r.Speaker.Text != "prosecutors" || r.Text != "to pursue the case" {
		t.Errorf("%q: [%s] ⟦%s⟧, want [prosecutors] ⟦to pursue the case⟧", text, r.Speaker.Text, r.Text)
	}
}
