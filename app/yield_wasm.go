//go:build wasm

package main

import (
	"sync"
	"syscall/js"
)

// yieldToBrowser hands the main thread (or the engine's worker) back to
// the browser for a moment: it posts a message to itself and waits for it,
// so input, drawing and messages queued meanwhile run first. A message, not a timer: time.Sleep becomes a
// setTimeout, which browsers hold back 4 ms or more once timers nest, and a
// long document pauses dozens of times.
func yieldToBrowser() {
	yieldOnce.Do(func() {
		channel := js.Global().Get("MessageChannel").New()
		yieldPort = channel.Get("port2")
		channel.Get("port1").Set("onmessage", js.FuncOf(func(js.Value, []js.Value) any {
			yieldBack <- struct{}{}
			return nil
		}))
	})
	yieldPort.Call("postMessage", nil)
	<-yieldBack
}

var (
	yieldOnce sync.Once
	yieldPort js.Value
	yieldBack = make(chan struct{}, 1)
)
