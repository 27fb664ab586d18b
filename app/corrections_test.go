package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// fixAt is a correction of the first occurrence of words in the example.
func fixAt(t *testing.T, op, words, speaker string) correction {
	t.Helper()
	i := strings.Index(exampleArticle, words)
	if i < 0 {
		t.Fatalf("%q is not in the example", words)
	}
	return correction{Op: op, Start: i, End: i + len(words), Text: words, Speaker: speaker}
}

func sourceByName(s extract.Sources, name string) (extract.Source, bool) {
	for _, list := range [][]extract.Source{s.Quoted, s.Mentioned} {
		for _, src := range list {
			if src.Name == name {
				return src, true
			}
		}
	}
	return extract.Source{}, false
}

func TestCorrectionsChangeTheDocument(t *testing.T) {
	doc, err := extract.Annotate(exampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	becker := ""
	for _, p := range doc.People {
		if p.Name == "Tom Becker" {
			becker = p.ID
		}
	}
	before, _ := sourceByName(doc.Sources, "Tom Becker")
	fixes := []correction{
		fixAt(t, fixSpeaker, `"Nobody asked the fishermen,"`, becker),
		fixAt(t, fixRemove, `"It is a done deal,"`, ""),
		fixAt(t, fixAdd, "whose firm also built the city library", ""),
		{Op: fixRemove, Start: 0, End: 5, Text: "words that are not in the article"},
	}
	out, marks, kept := corrected(exampleArticle, doc, fixes)
	if len(kept) != 3 {
		t.Errorf("kept %d corrections, want the 3 that fit the text", len(kept))
	}
	if len(out.Quotes) != len(doc.Quotes) {
		t.Errorf("one removed and one added: %d quotations, the engine had %d", len(out.Quotes), len(doc.Quotes))
	}
	after, _ := sourceByName(out.Sources, "Tom Becker")
	if after.Quotes != before.Quotes+1 {
		t.Errorf("Tom Becker quoted %d times after the correction, %d before", after.Quotes, before.Quotes)
	}
	if _, ok := sourceByName(out.Sources, "a council official who asked not to be named"); ok {
		t.Error("the removed quotation's anonymous source is still listed")
	}
	if out.Sources.Unattributed != doc.Sources.Unattributed+1 {
		t.Errorf("the added quotation without a speaker: %d unattributed, was %d", out.Sources.Unattributed, doc.Sources.Unattributed)
	}
	if len(marks) != 2 {
		t.Errorf("quotations shown as corrected: %v", marks)
	}
	// An edit before the quotation moves the correction with its words.
	edited := "Breaking: " + exampleArticle
	doc2, err := extract.Annotate(edited)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, kept := corrected(edited, doc2, fixes[:1]); len(kept) != 1 || kept[0].Start != fixes[0].Start+len("Breaking: ") {
		t.Errorf("after an edit the correction is %+v", kept)
	}
}

// A share link carries the corrections after the article; the article
// alone still opens from it, and a damaged corrections part only loses
// the corrections.
func TestShareLinkCarriesCorrections(t *testing.T) {
	fixes := []correction{{Op: fixRemove, Start: 3, End: 9, Text: "a pier"}}
	link, err := shareLinkWith("http://127.0.0.1:8000/", "On a pier.", fixes)
	if err != nil {
		t.Fatal(err)
	}
	frag := link[strings.IndexByte(link, '#')+1:]
	text, ok, err := sharedArticle(frag)
	if err != nil || !ok || text != "On a pier." {
		t.Fatalf("the article from a link with corrections: %q, %v, %v", text, ok, err)
	}
	if got := sharedCorrections(frag); !reflect.DeepEqual(got, fixes) {
		t.Errorf("corrections from the link: %+v", got)
	}
	if got := sharedCorrections(frag[:len(frag)-4]); got != nil {
		t.Errorf("a cut link gives corrections %+v", got)
	}
}
