//go:build wasm

package main

import "syscall/js"

// mark names a moment of the page's start or of an annotation in the
// browser's performance timeline (User Timing), where make bench's
// timeline reads it beside the main thread's long tasks.
func mark(name string) {
	if perf := js.Global().Get("performance"); perf.Truthy() && perf.Get("mark").Truthy() {
		perf.Call("mark", name)
	}
}
