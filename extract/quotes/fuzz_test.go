package quotes

import (
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/internal/fuzzseed"
)

func FuzzScanQuotes(f *testing.F) {
	for _, s := range fuzzseed.Texts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // Annotate refuses such text before scanning it
		}
		last := 0
		for _, q := range Scan(text) {
			if q.Start < last || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("quote %d:%d out of order or outside the text", q.Start, q.End)
			}
			if !utf8.RuneStart(text[q.Start]) || q.End < len(text) && !utf8.RuneStart(text[q.End]) {
				t.Fatalf("quote %d:%d cuts a character", q.Start, q.End)
			}
			last = q.End
		}
	})
}
