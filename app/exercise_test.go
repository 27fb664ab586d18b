package main

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

const exerciseText = `"We will open the pier in June," Mayor Elena Vargas said. The council met on Monday.

"Nobody asked the fishermen," a harbour official insisted. "Nobody asked the cafes either."

"It is late," someone wrote on the wall.`

// markOf marks the first occurrence of words in exerciseText.
func markOf(t *testing.T, words, speaker string) studentMark {
	t.Helper()
	i := strings.Index(exerciseText, words)
	if i < 0 {
		t.Fatalf("%q is not in the text", words)
	}
	return studentMark{Start: i, End: i + len(words), Speaker: speaker}
}

func TestExerciseCheckFindsMissesAndExtras(t *testing.T) {
	doc, err := extract.Annotate(exerciseText)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 4 {
		t.Fatalf("the engine finds %d quotations in the exercise text, the test expects 4: %+v", len(doc.Quotes), doc.Quotes)
	}
	vargas := doc.Quotes[0].SpeakerID
	marks := []studentMark{
		// without its quotation marks and comma: still found
		markOf(t, "We will open the pier in June", vargas),
		// the official's two sentences selected at once find both
		markOf(t, `"Nobody asked the fishermen," a harbour official insisted. "Nobody asked the cafes either."`, answerAnonymous),
		// not a quotation
		markOf(t, "The council met on Monday.", answerUnknown),
	}
	r := checkExercise(exerciseText, doc.Quotes, marks)
	if len(r.Found) != 3 || len(r.Missed) != 1 || len(r.Extra) != 1 {
		t.Fatalf("found %d, missed %d, extra %d; want 3, 1, 1: %+v", len(r.Found), len(r.Missed), len(r.Extra), r)
	}
	if !strings.Contains(r.Missed[0].Text, "It is late") {
		t.Errorf("missed %q, want the quotation on the wall", r.Missed[0].Text)
	}
	if r.Extra[0] != 2 {
		t.Errorf("extra mark %d, want the sentence about the council (2)", r.Extra[0])
	}
	if r.SpeakersRight != 3 {
		t.Errorf("%d speakers right, want 3 (Vargas, and the anonymous official twice): %+v", r.SpeakersRight, r.Found)
	}
	// F1 of 3 found, 1 missed, 1 extra: 6/8.
	if r.Score != 75 {
		t.Errorf("score %d, want 75", r.Score)
	}
}

func TestExerciseNeedsHalfTheWordsAndTheRightSpeaker(t *testing.T) {
	doc, err := extract.Annotate(exerciseText)
	if err != nil {
		t.Fatal(err)
	}
	marks := []studentMark{
		markOf(t, "We will", "e999"),    // too little of the quotation
		markOf(t, "It is late", "e999"), // found, wrong speaker
	}
	r := checkExercise(exerciseText, doc.Quotes, marks)
	if len(r.Found) != 1 || r.Found[0].SpeakerRight || !strings.Contains(r.Found[0].Quote.Text, "It is late") {
		t.Errorf("found %+v, want only the quotation on the wall, with the wrong speaker", r.Found)
	}
	if len(r.Extra) != 1 || r.Extra[0] != 0 {
		t.Errorf("extra %v, want the two-word mark", r.Extra)
	}
	if r := checkExercise(exerciseText, doc.Quotes, nil); r.Score != 0 || len(r.Missed) != 4 {
		t.Errorf("no marks: score %d, missed %d; want 0 and all 4", r.Score, len(r.Missed))
	}
}

// A textarea counts its selection in UTF-16 code units.
func TestByteOffsetFromUTF16(t *testing.T) {
	text := "é😀 “a”"
	for units, want := range map[int]int{0: 0, 1: 2, 3: 6, 4: 7, 5: 10, 99: len(text)} {
		if got := byteOffset(text, units); got != want {
			t.Errorf("byteOffset(%d) = %d, want %d", units, got, want)
		}
	}
}
