package main

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// The speaker list offers people and organisations, once each whatever
// their spellings, and the two answers that name nobody; not places or
// dates.
func TestSpeakerChoicesArePeopleAndOrganisations(t *testing.T) {
	text := "Mayor Elena Vargas spoke in Harbour City on Monday. \"We will build it,\" Vargas said. \"It is late,\" the Ministry of Transport said."
	doc, err := extract.Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, c := range speakerChoices(doc) {
		labels = append(labels, c.label)
	}
	got := strings.Join(labels, "|")
	if want := "Elena Vargas (Mayor)|Ministry of Transport|An anonymous source|The text does not say"; got != want {
		t.Errorf("speaker choices %q, want %q", got, want)
	}
}
