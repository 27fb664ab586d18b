//go:build wasm

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"syscall/js"
	"time"

	"github.com/whosaid/whosaid/extract"
)

// This file is the engine's side of the Web Worker (web/engine.js starts the
// same app.wasm there): no document, no go-app, only the engine answering
// the page's messages. The page's side is engine_client_wasm.go.

// inEngineWorker tells whether this program runs in the engine's worker.
func inEngineWorker() bool {
	return !js.Global().Get("document").Truthy() && js.Global().Get("whosaidQueue").Truthy()
}

// serveEngine loads the models, then annotates every text the page posts,
// the latest first: a text replaced meanwhile is not annotated, the page
// would drop its document anyway. It never returns.
func serveEngine() {
	self := js.Global()
	start := time.Now()
	workerMark("engine-load")
	loadErr := extract.Load()
	loadMs := msSince(start)
	workerMark("engine-loaded")
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	heapMB := float64(mem.HeapAlloc) / (1 << 20)

	ready := map[string]any{"ready": true, "loadMs": loadMs, "heapMB": heapMB}
	if loadErr != nil {
		ready["loadError"] = loadErr.Error()
	}
	self.Call("postMessage", ready) // the page may have nothing to ask yet

	// texts go to requests; the page's call for the warm-up
	// (engine_warm.go) to warm, apart: a text waiting is what makes the
	// engine stop what it does for an older one, and a warm-up asked must
	// not (a long text's whole was left unannotated)
	requests := make(chan js.Value, 1024)
	warm := make(chan struct{}, 1)
	take := func(d js.Value) {
		if d.Get("warm").Truthy() {
			select {
			case warm <- struct{}{}:
			default:
			}
			return
		}
		requests <- d
	}
	self.Set("onmessage", js.FuncOf(func(_ js.Value, args []js.Value) any {
		take(args[0].Get("data"))
		return nil
	}))
	q := self.Get("whosaidQueue")
	for i := 0; i < q.Length(); i++ {
		take(q.Index(i))
	}
	stale := func() bool {
		yieldToBrowser() // a text posted meanwhile reaches requests
		return len(requests) > 0
	}
	warmAsked := false
	for {
		select {
		case req := <-requests:
			for len(requests) > 0 {
				req = <-requests
			}
			annotateRequest(req, loadMs, heapMB, loadErr, stale)
		case <-warm:
			warmAsked = true
		}
		if warmAsked && loadErr == nil && len(requests) == 0 {
			warmAsked = false
			start := time.Now()
			workerMark("warm-up")
			collectingAfter(func() {
				runs := warmUp(stale)
				workerMark(fmt.Sprintf("warmed: %d runs in %.0f ms", runs, msSince(start)))
			})
		}
	}
}

// annotateRequest annotates the text of one of the page's requests and
// posts its documents.
func annotateRequest(req js.Value, loadMs, heapMB float64, loadErr error, stale func() bool) {
	reply := map[string]any{"id": req.Get("id").Int(), "loadMs": loadMs, "heapMB": heapMB}
	if loadErr != nil {
		reply["loadError"] = loadErr.Error()
		js.Global().Call("postMessage", reply)
		return
	}
	text := req.Get("text").String()
	workerMark("annotate")
	collectingAfter(func() {
		annotateInSteps(text, func(step engineStep) {
			workerMark("annotated")
			postStep(reply, step, text)
		}, stale)
	})
}

// collectingAfter runs annotate with Go's collector off, then collects if
// the heap has passed its goal, once the documents are posted and the
// reader has them. A collection that starts inside an annotation marks
// the document being built, with the write barrier on for every pointer
// stored meanwhile, and in WebAssembly all of it on the one thread the
// reader waits for: in a 50,000-word document under Node's profiler, 10.5%
// of the annotation's samples were the collector's and allocation's (5.8%
// with it off: allocation alone); after it, only the models are left to
// mark. The memory limit (wasm.go) still collects inside an annotation too
// large to hold.
func collectingAfter(annotate func()) {
	old := debug.SetGCPercent(-1)
	annotate()
	debug.SetGCPercent(old)
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	if mem.HeapAlloc >= mem.NextGC {
		runtime.GC()
	}
}

// postStep posts one document of text (or why there is none) to the page,
// its bytes handed over, not copied.
func postStep(base map[string]any, step engineStep, text string) {
	reply := map[string]any{"ms": step.Ms}
	for k, v := range base {
		reply[k] = v
	}
	var transfer []any
	switch {
	case step.Err == extract.ErrEmpty:
		reply["empty"] = true
	case step.Err != nil:
		reply["error"] = step.Err.Error()
	default:
		b := encodeDocument(step.Doc, text)
		workerMark("encoded")
		buf := js.Global().Get("Uint8Array").New(len(b))
		js.CopyBytesToJS(buf, b)
		reply["doc"] = buf
		reply["partial"] = step.Partial
		transfer = append(transfer, buf.Get("buffer"))
	}
	js.Global().Call("postMessage", reply, transfer)
}

// workerMark tells the page a moment of the engine's work, in the page's
// clock (make bench's timeline shows them).
func workerMark(name string) {
	perf := js.Global().Get("performance")
	at := perf.Get("timeOrigin").Float() + perf.Call("now").Float()
	js.Global().Call("postMessage", map[string]any{"mark": name, "at": at})
}
