package extract

import (
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are shapes of text people paste: quotes of every kind, markup,
// right-to-left and CJK scripts, emoji, broken marks.
var fuzzSeeds = []string{
	`"We are ready," Elena Vargas said. "Are you?"`,
	"“Nested ‘single’ quote,” she said.\n\n“Next paragraph",
	`<script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>`,
	"قال الرئيس \"نحن مستعدون\" يوم الاثنين",
	"「東京」で会議が開かれた。\"引用\" 🙂🙂 👩‍👩‍👧",
	`""""""""""`,
	"O'Sullivan can't, won't. ’90s \"",
	"\u202e\u200b\ufeff\"x\"\u2029\"y",
	"Mr. U.S. -- ... — “ ” „ « » ―",
}

func FuzzAnnotate(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := Annotate(text)
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
