//go:build wasm

package main

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// yieldToBrowser hands the main thread back to the browser for a moment:
// it posts a message to itself and waits for it, so input and drawing
// queued meanwhile run first. A message, not a timer: time.Sleep becomes a
// setTimeout, which browsers hold back 4 ms or more once timers nest, and a
// long document pauses dozens of times.
func yieldToBrowser() {
	yieldOnce.Do(func() {
		channel := app.Window().Get("MessageChannel").New()
		yieldPort = channel.Get("port2")
		channel.Get("port1").Set("onmessage", app.FuncOf(func(app.Value, []app.Value) any {
			yieldBack <- struct{}{}
			return nil
		}))
	})
	yieldPort.Call("postMessage", nil)
	<-yieldBack
}

var (
	yieldOnce sync.Once
	yieldPort app.Value
	yieldBack = make(chan struct{}, 1)
)
