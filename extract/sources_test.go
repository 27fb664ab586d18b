package extract

import (
	"math"
	"strings"
	"testing"
)

// The sources summary a class reads: who speaks (named, organisation,
// anonymous), how much, with which verbs, and who is only talked about.
func TestSourcesSortNamedOrganisationAndAnonymousVoices(t *testing.T) {
	text := `Mayor Elena Vargas walked along the pier on Monday. "This pier will carry our children," Vargas said.

"It is a done deal," said a council official who asked not to be named.

The Ministry of Transport said it would pay a third of the cost.

"The budget has doubled," Councillor Tom Becker claimed. The plan was first drawn up by architect Nadia Fernsby.
`
	doc, err := Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Source{}
	for _, s := range doc.Sources.Quoted {
		got[s.Name] = s
	}
	want := []struct {
		name, kind              string
		quotes, reported, words int
	}{
		{"Elena Vargas", SourcePerson, 1, 0, 6},
		{"a council official who asked not to be named", SourceAnonymous, 1, 0, 5},
		{"Ministry of Transport", SourceOrganisation, 0, 1, 0},
		{"Tom Becker", SourcePerson, 1, 0, 4},
	}
	for _, w := range want {
		s, ok := got[w.name]
		if !ok {
			t.Errorf("%q is not among the quoted sources: %+v", w.name, doc.Sources.Quoted)
			continue
		}
		if s.Kind != w.kind || s.Quotes != w.quotes || s.Reported != w.reported || s.QuotedWords != w.words {
			t.Errorf("%s = %s, %d quotes, %d reported, %d words; want %s, %d, %d, %d", w.name, s.Kind, s.Quotes, s.Reported, s.QuotedWords, w.kind, w.quotes, w.reported, w.words)
		}
	}
	if doc.Sources.QuotedWords != 15 {
		t.Errorf("quoted words = %d, want 15", doc.Sources.QuotedWords)
	}
	if s := got["Elena Vargas"]; math.Abs(s.Share-6.0/15) > 1e-9 || len(s.Roles) != 1 || s.Roles[0] != "Mayor" {
		t.Errorf("Elena Vargas: share %.3f roles %v, want 6/15 and [Mayor]", s.Share, s.Roles)
	}
	if doc.Sources.Quoted[0].Name != "Elena Vargas" {
		t.Errorf("most quoted words first: the list opens with %q", doc.Sources.Quoted[0].Name)
	}
	mentioned := false
	for _, s := range doc.Sources.Mentioned {
		if s.Name == "Nadia Fernsby" && s.Kind == SourcePerson {
			mentioned = true
		}
		if s.Name == "Elena Vargas" || s.Name == "Tom Becker" {
			t.Errorf("%s is quoted, yet listed as only mentioned", s.Name)
		}
	}
	if !mentioned {
		t.Errorf("Nadia Fernsby is named but never quoted; mentioned = %+v", doc.Sources.Mentioned)
	}
	for _, q := range doc.Quotes {
		want := "neutral"
		if q.Cue != nil && q.Cue.Text == "claimed" {
			want = "loaded"
		}
		if q.CueType != want {
			t.Errorf("%s: cue %+v type %q, want %q", q.Text, q.Cue, q.CueType, want)
		}
	}
}

func TestWordCount(t *testing.T) {
	for s, n := range map[string]int{`"We don't know,"`: 3, `“a well-known fact”`: 3, `""`: 0, `"2027 is late"`: 3} {
		if got := WordCount(s); got != n {
			t.Errorf("WordCount(%s) = %d, want %d", s, got, n)
		}
	}
}

func TestCueNoteExplainsLoadedVerbsOnly(t *testing.T) {
	for cue, want := range map[string]string{
		"claimed":         "disputed",
		"admitted":        "owned up",
		"insisted":        "holding on",
		"denied":          "accusation",
		"falsely claimed": "writer's own verdict",
		"said":            "",
		"told":            "",
		"According to":    "",
	} {
		got := CueNote(cue)
		if want == "" && got != "" || !strings.Contains(got, want) {
			t.Errorf("CueNote(%q) = %q, want it to mention %q", cue, got, want)
		}
	}
}

func TestJudgingAdverbIsPartOfTheCue(t *testing.T) {
	doc, err := Annotate(`"The count was rigged," Senator Jo Smith falsely claimed on Sunday.`)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 || doc.Quotes[0].Cue == nil {
		t.Fatalf("want one quotation with a cue, got %+v", doc.Quotes)
	}
	if q := doc.Quotes[0]; q.Cue.Text != "falsely claimed" || q.CueType != "loaded" {
		t.Errorf("cue %q (%s), want \"falsely claimed\" (loaded)", q.Cue.Text, q.CueType)
	}
}
