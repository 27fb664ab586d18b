package main

import "testing"

func TestLargelyReplaced(t *testing.T) {
	old := "The council voted on Monday to rebuild the pier, ending a long dispute."
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"typing a word", "The council voted on Monday to rebuild the old pier, ending a long dispute.", false},
		{"deleting a sentence's end", "The council voted on Monday to rebuild the pier.", false},
		{"select all and delete", "", true},
		{"pasting another article", "Ferry fares rise in spring, the operator said.", true},
		{"pasting over most of it", "The council met. Nothing else.", true},
	} {
		if got := largelyReplaced(old, c.text); got != c.want {
			t.Errorf("%s: largelyReplaced = %v, want %v", c.name, got, c.want)
		}
	}
	if largelyReplaced("Hello there", "") {
		t.Error("a few words typed and deleted count as an article replaced")
	}
}
