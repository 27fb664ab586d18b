package main

import (
	"errors"

	"github.com/whosaid/whosaid/extract"
)

// The engine runs in a Web Worker where the browser has one (web/engine.js,
// engine_worker_wasm.go), so the page's thread never waits for it: this is
// what the two sides say to each other. The page posts {id, text}; the
// worker answers with an engineReply.

// engineReply is the engine's answer to the page's text number ID.
type engineReply struct {
	ID      int
	Ready   bool   // the models are loaded (or could not be): no document
	Doc     []byte // the document in the wire form (wire.go)
	Text    string // the text it is of, as the page posted it ("" when not the latest)
	Empty   bool   // the text was empty
	Err     string // why the text could not be annotated
	Ms      float64
	LoadMs  float64 // how long the models took to load, in the worker
	HeapMB  float64
	LoadErr string // the models could not be loaded
	Failed  string // the worker could not start: the page runs the engine itself
	Partial bool   // Doc is of the text's first part only; the whole's follows (engine_steps.go)

	// the document read from Doc, before the reply reaches go-app's loop
	decoded   *extract.Document
	decodeErr error
	view      *reading // decoded prepared for the reading view
}

// document is the reply as Annotate would have returned it; a long one is
// read with pauses (decodeDocument).
func (r engineReply) document(pause func()) (*extract.Document, error) {
	switch {
	case r.Empty:
		return nil, extract.ErrEmpty
	case r.Err != "":
		return nil, errors.New(r.Err)
	}
	return decodeDocument(r.Doc, r.Text, pause)
}
