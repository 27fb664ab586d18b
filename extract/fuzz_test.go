package extract

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/internal/fuzzseed"
)

func FuzzAnnotate(f *testing.F) {
	for _, s := range fuzzseed.Texts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := Annotate(text)
		if errors.Is(err, ErrFault) {
			t.Fatal(err)
		}
		if err != nil {
			return // bad input gets an error, never a panic
		}
		check := func(what string, start, end int, got string) {
			if start < 0 || end > len(text) || start >= end {
				t.Fatalf("%s span %d:%d outside the text (%d bytes)", what, start, end, len(text))
			}
			if !utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end]) {
				t.Fatalf("%s span %d:%d cuts a character", what, start, end)
			}
			if text[start:end] != got {
				t.Fatalf("%s span %d:%d says %q, the text has %q", what, start, end, got, text[start:end])
			}
		}
		last := 0
		for _, e := range doc.Entities {
			check("entity", e.Start, e.End, e.Text)
			if e.Start < last {
				t.Fatalf("entity %q overlaps or precedes the one before", e.Text)
			}
			last = e.End
		}
		for _, list := range [][]Quote{doc.Quotes, doc.Reported} {
			last = 0
			for _, q := range list {
				check("quote", q.Start, q.End, q.Text)
				if q.Start < last {
					t.Fatalf("quote %q overlaps or precedes the one before", q.Text)
				}
				last = q.End
				if q.Speaker != nil {
					check("speaker", q.Speaker.Start, q.Speaker.End, q.Speaker.Text)
				}
				if q.Cue != nil {
					check("cue", q.Cue.Start, q.Cue.End, q.Cue.Text)
				}
			}
		}
	})
}
