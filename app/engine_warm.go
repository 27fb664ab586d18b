package main

import (
	"strings"

	"github.com/whosaid/whosaid/extract"
)

// A WebAssembly function is compiled by V8's quick compiler when it is
// first called, and by its optimising one only once it has run a while
// (dynamic tiering: Chromium's budget is 13 MB of a function's code run,
// Node 20's 1.8 MB). The engine's worker annotated the reader's first
// article in 0.4–0.7 s where a warm engine takes 15–25 ms, and the next
// ones in 20–50 ms: Node's benchmark, which annotates the article hundreds
// of times, never sees that. So once the page has drawn its first screen
// (page.warmEngine), the worker annotates the example a dozen times while
// no text waits (warmUp). The engine keeps nothing from one text to the
// next that changes a document: the documents are the same.

// warmText is the example four times over, about as long as a news
// article: every stage runs on it, and V8's tiering counts work, not calls.
var warmText = strings.TrimSpace(strings.Repeat(exampleArticle+"\n\n", 4))

// warmRuns is how many times: under Node with Chromium's budget
// (--wasm-tiering-budget=13000000, CPU time), 12 runs brought the
// article's next annotations from 50–90 ms to about 20, and 40 runs no
// further.
const warmRuns = 12

// warmUp annotates warmText warmRuns times; stale says that a text is
// waiting, which ends it (a run already started finishes: the compiled
// code it leaves is what that text would have waited for anyway).
//
// Each run's document is encoded too, as a reply's is (wire.go): the
// encoder's code was compiled at the reader's first article, on its way to
// the page (9 ms of one first paste between the engine's end and the
// document posted, against 0.1 ms after).
func warmUp(stale func() bool) (runs int) {
	for runs < warmRuns && !stale() {
		if doc, err := extract.Annotate(warmText); err == nil {
			_ = encodeDocument(doc, warmText)
		}
		runs++
	}
	return runs
}
