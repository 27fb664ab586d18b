package main

import (
	"strings"

	"github.com/whosaid/whosaid/extract"
)

// A WebAssembly function is compiled when it is first called, by V8's
// quick compiler, and recompiled by its optimising one only once it has
// run a while (V8's tiering): the first article the engine's worker
// annotated took 0.5–0.7 s in the page where a warm engine takes 15–20
// ms, and the next few 20–50 ms. So the worker, once its models are
// loaded and while the page asks nothing, annotates the example a few
// times (warmUp): the reader's first paste finds the engine's code
// compiled and optimised. The engine's output does not depend on it (it
// keeps no state between texts that changes a document).

// warmText is the example four times over, about as long as a news
// article: every stage runs on it, and V8's tiering counts work, not calls.
var warmText = strings.TrimSpace(strings.Repeat(exampleArticle+"\n\n", 4))

// warmRuns is how many times: Chromium's V8 optimises a function once it
// has run about 13 MB of its code (--wasm-tiering-budget; Node's V8, 1.8
// MB, is why the engine under Node was faster than in the page's worker).
const warmRuns = 12

// warmUp annotates warmText warmRuns times; stale says that a text is
// waiting, which ends it (a run already started finishes: the compiled
// code it leaves is what that text would have waited for anyway).
func warmUp(stale func() bool) (runs int) {
	for runs < warmRuns && !stale() {
		_, _ = extract.Annotate(warmText)
		runs++
	}
	return runs
}
