package quotes

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
	"'British,' she said. ‘Curly’s,’ and ''archive,''' marks 'n' the students' '90s",
}

func FuzzScanQuotes(f *testing.F) {
	for _, s := range fuzzSeeds {
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
