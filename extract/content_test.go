//go:build !js

package extract

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/attribution/cues"
)

// trainedOn trains a cue detector with its content tagger on sentences
// written for the test, each given with its cue and content.
func trainedOn(t *testing.T, rels [][3]string) *cues.Model {
	t.Helper()
	var exs []cues.Example
	for _, r := range rels {
		text, cue, content := r[0], r[1], r[2]
		c := strings.Index(text, cue)
		k := strings.Index(text, content)
		if c < 0 || k < 0 {
			t.Fatalf("%q: no %q or %q in it", text, cue, content)
		}
		ex, err := CueExample(text, [][2]int{{c, c + len(cue)}})
		if err != nil {
			t.Fatal(err)
		}
		ex.AddRelation([2]int{c, c + len(cue)}, [][2]int{{k, k + len(content)}})
		exs = append(exs, ex)
	}
	return cues.Train(exs, cues.Settings{Epochs: 10, MinCount: 1, Threshold: -1, Seed: 1, ContentEpochs: 10, ContentThreshold: -1})
}

// A cue the rules find no clause for (an adverb between the auxiliary and
// "opposed") still reports what was opposed, by the content tagger, with
// the noun phrase before the cue as its speaker.
func TestTheContentTaggerFindsAClauseTheRulesMiss(t *testing.T) {
	m := trainedOn(t, [][3]string{
		{"The fishermen's union opposed the plan to sell the harbour.", "opposed", "the plan to sell the harbour"},
		{"Councillor Tom Becker opposed the new ferry timetable.", "opposed", "the new ferry timetable"},
		{"The harbour board opposed a second pier at the marina.", "opposed", "a second pier at the marina"},
		{"Nora Pike opened the bridge on Monday.", "", "the bridge on Monday"},
	})
	doc, err := AnnotateWith("The teachers' council has long opposed the plan to close the village school.", Options{Cues: m})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Reported) != 1 {
		t.Fatalf("reported %d statements, want 1", len(doc.Reported))
	}
	r := doc.Reported[0]
	if !strings.Contains(r.Text, "close the village school") || strings.Contains(r.Text, "opposed") {
		t.Errorf("content %q, want what was opposed, without the cue", r.Text)
	}
	if r.Speaker == nil || !strings.Contains(r.Speaker.Text, "council") {
		t.Errorf("speaker %v, want the teachers' council", r.Speaker)
	}
	// without the content tagger the rules find nothing to report
	doc, err = AnnotateWith("The teachers' council has long opposed the plan to close the village school.", Options{Cues: m.WithoutContent()})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Reported) != 0 {
		t.Errorf("without the content tagger: %d statements, want none (else this test shows nothing)", len(doc.Reported))
	}
}
