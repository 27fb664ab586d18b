package extract

import (
	"reflect"
	"testing"

	"github.com/whosaid/whosaid/extract/benchtext"
)

// With nothing corrected, counting again gives the engine's own summary:
// the panels do not change just because the page counted.
func TestResummarizeAgreesWithTheEngine(t *testing.T) {
	doc, err := Annotate(benchtext.Article())
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sources.Quoted) < 3 {
		t.Fatalf("the article should have several speakers, got %+v", doc.Sources.Quoted)
	}
	if got := Resummarize(doc, doc.Sources); !reflect.DeepEqual(got, doc.Sources) {
		t.Errorf("counted again:\n%+v\nthe engine's:\n%+v", got, doc.Sources)
	}
}

// A quotation given to someone who was only mentioned moves them among
// the quoted, with its words.
func TestResummarizeFollowsAChangedSpeaker(t *testing.T) {
	doc, err := Annotate(`Mayor Elena Vargas opened the pier on Monday, with the fisherman Tom Becker beside her. "It is a good day for the harbour," Vargas said.`)
	if err != nil {
		t.Fatal(err)
	}
	var becker string
	for _, s := range doc.Sources.Mentioned {
		if s.Name == "Tom Becker" {
			becker = s.ID
		}
	}
	if becker == "" || len(doc.Quotes) != 1 {
		t.Fatalf("want Tom Becker mentioned and one quotation, got %+v and %d quotations", doc.Sources.Mentioned, len(doc.Quotes))
	}
	doc.Quotes[0].SpeakerID = becker
	got := Resummarize(doc, doc.Sources)
	if len(got.Quoted) == 0 || got.Quoted[0].Name != "Tom Becker" || got.Quoted[0].QuotedWords != 8 {
		t.Errorf("after the correction the quoted are %+v, want Tom Becker with 8 words", got.Quoted)
	}
	for _, s := range got.Mentioned {
		if s.Name == "Tom Becker" {
			t.Errorf("Tom Becker is still listed as only mentioned")
		}
	}
}
