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

// eventTime is when the browser saw e (its timeStamp, in performance.now's
// clock), 0 when it does not say.
func eventTime(e app.Event) float64 {
	if ts := e.Get("timeStamp"); ts.Type() == app.TypeNumber {
		return ts.Float()
	}
	return 0
}

// since is how long ago the moment at was, in performance.now's clock; 0
// for none, or for one that is not of the last second (another clock).
func since(at float64) time.Duration {
	perf := js.Global().Get("performance")
	if at <= 0 || !perf.Truthy() {
		return 0
	}
	ms := perf.Call("now").Float() - at
	if ms < 0 || ms > 1000 {
		return 0
	}
	return time.Duration(ms * float64(time.Millisecond))
}
