package entities

import "testing"

// The filter before the lookup must let every date word through, or a
// date goes untagged.
func TestDateWordOfKnowsEveryDateWord(t *testing.T) {
	for w, c := range dateWords {
		if got := dateWordOf(w); got != c {
			t.Errorf("dateWordOf(%q) = %v, want %v", w, got, c)
		}
	}
	for _, w := range []string{"", "quillbrook", "said", "the", "mondays", "a fewer"} {
		if got := dateWordOf(w); got != dateWords[w] {
			t.Errorf("dateWordOf(%q) = %v, want %v", w, got, dateWords[w])
		}
	}
}
