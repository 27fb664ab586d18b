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

// afterPaint calls f on a goroutine of its own once the browser has painted
// what the page has drawn so far: from the next animation frame, a message
// (which runs after that frame's painting). A page that is not shown gets
// no animation frames: then a timer calls f. The two callbacks are kept
// (not released): the one that loses may still be called.
func afterPaint(f func()) {
	var once sync.Once
	call := func() { once.Do(func() { go f() }) }
	frame := js.FuncOf(func(js.Value, []js.Value) any {
		go func() {
			yieldToBrowser()
			call()
		}()
		return nil
	})
	timer := js.FuncOf(func(js.Value, []js.Value) any {
		call()
		return nil
	})
	js.Global().Call("requestAnimationFrame", frame)
	js.Global().Call("setTimeout", timer, 200)
}
