//go:build wasm

package main

import (
	"sync"
	"syscall/js"
)

// engineClient is the page's side of the engine's worker (engine.go).
type engineClient struct {
	worker js.Value
	funcs  []js.Func // kept for the page's life

	mu       sync.Mutex
	latestID int    // the text asked last: only its document is read
	latest   string // (the wire form leaves out the words the page has)
}

// connectEngine returns the engine's worker that web/boot.js started as
// soon as app.wasm was compiled, or nil when there is none (no worker in
// this browser, or a loader without the hook): the page then runs the
// engine itself. onReply is called on a goroutine of its own.
func connectEngine(onReply func(engineReply)) *engineClient {
	w := js.Global().Get("whosaidEngine")
	if !w.Truthy() {
		return nil
	}
	c := &engineClient{worker: w}
	receive := func(d js.Value) {
		r := engineReply{
			ID:      intOf(d.Get("id")),
			Ready:   d.Get("ready").Truthy(),
			Empty:   d.Get("empty").Truthy(),
			Err:     stringOf(d.Get("error")),
			Ms:      floatOf(d.Get("ms")),
			LoadMs:  floatOf(d.Get("loadMs")),
			HeapMB:  floatOf(d.Get("heapMB")),
			LoadErr: stringOf(d.Get("loadError")),
			Failed:  stringOf(d.Get("failed")),
			Partial: d.Get("partial").Truthy(),
		}
		c.mu.Lock()
		if r.ID == c.latestID {
			r.Text = c.latest
		}
		c.mu.Unlock()
		if buf := d.Get("doc"); buf.Truthy() && r.Text != "" {
			r.Doc = make([]byte, buf.Length())
			js.CopyBytesToGo(r.Doc, buf)
		}
		go onReply(r) // a callback must not block: the page's dispatch may
	}
	onMessage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if d := args[0].Get("data"); d.Truthy() && !d.Get("mark").Truthy() {
			receive(d)
		}
		return nil
	})
	onError := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "the engine's thread stopped"
		if m := args[0].Get("message"); m.Type() == js.TypeString {
			msg = m.String()
		}
		go onReply(engineReply{Failed: msg})
		return nil
	})
	// what the worker said before now (web/boot.js kept it), then the rest
	win := js.Global()
	if inbox := win.Get("whosaidEngineInbox"); inbox.Truthy() {
		win.Set("whosaidEngineInbox", js.Null())
		for i := 0; i < inbox.Length(); i++ {
			receive(inbox.Index(i))
		}
	}
	c.funcs = append(c.funcs, onMessage, onError)
	w.Call("addEventListener", "message", onMessage)
	w.Call("addEventListener", "error", onError)
	return c
}

// annotate asks the engine for the document of text; the reply carries id.
func (c *engineClient) annotate(id int, text string) {
	c.mu.Lock()
	c.latestID, c.latest = id, text
	c.mu.Unlock()
	c.worker.Call("postMessage", map[string]any{"id": id, "text": text})
}

// warm asks the worker to make its code ready for the reader's first
// article while the page waits (engine_warm.go).
func (c *engineClient) warm() {
	c.worker.Call("postMessage", map[string]any{"warm": true})
}

func intOf(v js.Value) int {
	if v.Type() != js.TypeNumber {
		return 0
	}
	return v.Int()
}

func floatOf(v js.Value) float64 {
	if v.Type() != js.TypeNumber {
		return 0
	}
	return v.Float()
}

func stringOf(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}
