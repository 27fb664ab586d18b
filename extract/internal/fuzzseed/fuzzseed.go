// Package fuzzseed holds the texts every fuzz test of the engine starts from,
// so that the pipeline's and each stage's fuzzers begin with the same shapes.
package fuzzseed

// Texts are shapes of text people paste: quotes of every kind, markup,
// right-to-left and CJK scripts, emoji, broken marks, apostrophes.
var Texts = []string{
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
