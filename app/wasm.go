//go:build wasm

package main

import (
	"runtime/debug"
	"syscall/js"
)

// serve is never reached in the browser: RunWhenOnBrowser does not return.
// The server code lives behind !wasm so it stays out of app.wasm.
func serve() {}

// Go's collector in WebAssembly stops everything while it marks, and on a
// 50,000-word article that is a 100–300 ms freeze of the page. Collecting
// by heap size instead of after every doubling makes it rare: a 900-word
// article allocates about 0.3 MB, so hundreds of annotations pass between
// two collections, and the heap (4 MB after start) stays under the limit.
func init() {
	// when Go's runtime and every package's init are done (make bench)
	js.Global().Set("whosaidGoAt", js.Global().Get("performance").Call("now"))
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(96 << 20)
}
