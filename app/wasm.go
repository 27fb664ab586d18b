//go:build wasm

package main

import (
	"runtime/debug"
	"syscall/js"
)

// serve is never reached in the browser: RunWhenOnBrowser does not return.
// The server code lives behind !wasm so it stays out of app.wasm.
func serve() {}

// Go's collector in WebAssembly stops everything while it marks, so it
// should run rarely: only once the heap has grown to five times what was
// live after the last collection (GOGC=400; a 900-word article allocates
// about 0.3 MB, so many annotations pass between two collections). It used
// to be off until a 96 MB limit, but a 50,000-word document now keeps
// nearly that much live, and at the limit the collector runs back to back:
// the page froze for 60–95 s (CPU profile: Go's mark and sweep), 13 s with
// this setting (the rest is drawing, see the speed notes in the README).
// The limit stays as a cap far above a normal article's heap.
func init() {
	// when Go's runtime and every package's init are done (make bench)
	js.Global().Set("whosaidGoAt", js.Global().Get("performance").Call("now"))
	mark("go-init")
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(1 << 30)
}
