//go:build wasm

package main

import (
	"syscall/js"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mark names a moment of the page's start or of an annotation in the
// browser's performance timeline (User Timing), where make bench's
// timeline reads it beside the main thread's long tasks.
func mark(name string) {
	if perf := js.Global().Get("performance"); perf.Truthy() && perf.Get("mark").Truthy() {
		perf.Call("mark", name)
	}
}

// eventAge is how long ago the browser saw e (its timeStamp, in the same
// clock as performance.now), 0 when it does not say.
func eventAge(e app.Event) time.Duration {
	ts, perf := e.Get("timeStamp"), js.Global().Get("performance")
	if ts.Type() != app.TypeNumber || !perf.Truthy() {
		return 0
	}
	age := perf.Call("now").Float() - ts.Float()
	if age < 0 || age > 1000 { // another clock, or not this keystroke's
		return 0
	}
	return time.Duration(age * float64(time.Millisecond))
}
