package polnear

import (
	"os"
	"path/filepath"
	"testing"
)

// An article the project wrote: curly marks and an accented name put code
// points and bytes apart; the second content is discontinuous and its
// annotated text holds a line break.
const testText = "José Ruiz said “We will build the bridge.” The mayor added that\nthe vote was close, and ''Nobody expected it,'' he said.\n"

// Offsets in code points: "José Ruiz" 0–9, "said" 10–14, the quotation
// 15–42, "The mayor" 43–52, "the vote was close" 64–82 and ”Nobody
// expected it,” 88–111 (one content in two pieces), "he" 112–114.
const testAnn = "T1\tSource 0 9\tJosé Ruiz\n" +
	"T2\tCue 10 14\tsaid\n" +
	"T3\tContent 15 42\t“We will build the bridge.”\n" +
	"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
	"T5\tSource 43 52\tThe mayor\n" +
	"T6\tContent 64 82;88 111\tthe vote was close\n" +
	"''Nobody expected it,''\n" +
	"E2\tAttribution:T7 Content:T6 Source:T5\n"

func testArticle(t *testing.T) *Article {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"text", "attributions"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("text/a.txt", testText)
	write("attributions/a_0b.ann", testAnn)
	write("attributions/a_1c.ann", "T1\tSource 0 4\tJosé\n") // a second annotator: not read
	arts, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("loaded %d articles, want 1", len(arts))
	}
	return &arts[0]
}

func TestLoadGivesByteOffsets(t *testing.T) {
	a := testArticle(t)
	if len(a.Relations) != 2 {
		t.Fatalf("%d relations, want 2 (the first annotator's)", len(a.Relations))
	}
	src := a.Relations[0].Source[0]
	if got := a.Text[src.Start:src.End]; got != "José Ruiz" {
		t.Errorf("source text %q, want José Ruiz", got)
	}
	c := a.Relations[1].Content
	if len(c) != 2 || a.Text[c[0].Start:c[0].End] != "the vote was close" || a.Text[c[1].Start:c[1].End] != "''Nobody expected it,''" {
		t.Errorf("discontinuous content read as %v", c)
	}
	qs := a.Quotes()
	if len(qs) != 2 {
		t.Fatalf("%d gold quotations, want 2 (curly marks and two apostrophes)", len(qs))
	}
	if got := a.Text[qs[0].Start:qs[0].End]; got != "“We will build the bridge.”" {
		t.Errorf("first quotation %q", got)
	}
	if got := a.Text[qs[1].Source[0].Start:qs[1].Source[0].End]; got != "The mayor" {
		t.Errorf("second quotation's source %q, want The mayor", got)
	}
}

func TestScoresFollowTheScorer(t *testing.T) {
	a := testArticle(t)
	qs := a.Quotes()
	span := func(s string) *Span {
		for i := 0; i+len(s) <= len(a.Text); i++ {
			if a.Text[i:i+len(s)] == s {
				return &Span{i, i + len(s)}
			}
		}
		t.Fatalf("%q not in the text", s)
		return nil
	}
	// Both quotations found; the first speaker right, the second one ("he")
	// not overlapping "The mayor"; a spurious quotation; the reported clause
	// found with its source.
	p := Prediction{
		Quotes: []Attribution{
			{Span: qs[0].Span, Speaker: span("José Ruiz")},
			{Span: Span{qs[1].Start + 2, qs[1].End}, Speaker: span("he")},
			{Span: *span("bridge"), Speaker: nil},
		},
		Reported: []Attribution{{Span: *span("the vote was close"), Speaker: span("The mayor")}},
	}
	var s Scores
	if err := s.Add(a, p); err != nil {
		t.Fatal(err)
	}
	if s.TP != 2 || s.FP != 1 || s.FN != 0 {
		t.Errorf("TP %d FP %d FN %d, want 2 1 0", s.TP, s.FP, s.FN)
	}
	if s.SpeakerOK != 1 || s.SpeakerN != 2 {
		t.Errorf("speakers %d/%d, want 1/2", s.SpeakerOK, s.SpeakerN)
	}
	// Four predictions, all overlapping gold content; two with the source
	// right (José Ruiz, The mayor); both gold relations found with source.
	if s.ContentPredOK != 4 || s.SourcePredOK != 2 || s.SourceGoldHit != 2 {
		t.Errorf("attribution counts %#v", s)
	}
	bad := Prediction{Quotes: []Attribution{{Span: Span{1, 4}}}} // byte 4 is inside "é"
	if err := s.Add(a, bad); err == nil {
		t.Error("a span inside a character was accepted")
	}
}

func TestFoldsAreBalancedAndStable(t *testing.T) {
	var arts []Article
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"} {
		arts = append(arts, Article{Name: n})
	}
	f1 := Fold(arts, Folds)
	count := make([]int, Folds)
	for _, f := range f1 {
		count[f]++
	}
	for f, n := range count {
		if n < 2 || n > 3 {
			t.Errorf("fold %d has %d of 11 articles", f, n)
		}
	}
	rev := make([]Article, len(arts))
	for i := range arts {
		rev[len(arts)-1-i] = arts[i]
	}
	f2 := Fold(rev, Folds)
	for i := range arts {
		if f1[i] != f2[len(arts)-1-i] {
			t.Errorf("article %s changes fold with the input order", arts[i].Name)
		}
	}
	train, test := Split(arts, Folds, 0)
	if len(train)+len(test) != len(arts) || len(test) != count[0] {
		t.Errorf("split 0: %d train + %d test", len(train), len(test))
	}
}
