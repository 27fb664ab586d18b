package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// A document depends only on its text and on the engine, so the page shows
// one it already has instead of waiting for the engine to start: the
// example's, which the server writes into the page (exampleDocID), and the
// last one the engine made, kept in local storage with the app's version
// (a new version may annotate differently). The engine still starts, for
// the next edit.

const (
	documentKey = "whosaid.document" // the engine's last document
	// documentOfKey says which text and version it is of, apart: most
	// annotations are of another text, and need not read the document.
	documentOfKey = "whosaid.document-of"
	exampleDocID  = "whosaid-example-document" // the example's, in the page's head
	// rememberMax is the largest document kept (as base64): local storage
	// holds about 5 MB in all, shared with the library.
	rememberMax = 200 << 10
)

// rememberedDocument returns the engine's document of text when the page
// already has it, else nil. Both are in the wire form (wire.go): reading
// them is quick and calls no reflection, on the first visit's way to the
// first highlights.
func rememberedDocument(text string) *extract.Document {
	var raw []byte
	if text == exampleArticle {
		if el := app.Window().GetElementByID(exampleDocID); el.Truthy() {
			raw, _ = base64.StdEncoding.DecodeString(el.Get("textContent").String())
		}
	} else if raw = kept.document(text); raw == nil {
		return nil
	}
	doc, err := decodeDocument(raw, text, nil)
	if err != nil {
		return nil
	}
	return doc
}

// rememberDocument keeps the engine's document of text (in the wire form)
// for the next visit; a document too large to keep is not.
func rememberDocument(ctx app.Context, text string, doc []byte) {
	if len(doc)*4/3 > rememberMax || text == exampleArticle {
		return
	}
	kept.forget()
	if storageSet(ctx, documentOfKey, "") == nil && storageSet(ctx, documentKey, doc) == nil { // base64 in storage
		of := documentOf(text)
		if storageSet(ctx, documentOfKey, of) == nil {
			kept = keptDocument{asked: true, of: of, text: text, raw: doc}
		}
	}
}

// keptDocument is what the page knows of the document in local storage, so
// that it reads storage once a visit, not at every annotation: reading the
// name of the kept document (JSON, by reflection) and naming the text (a
// hash of all of it) took half a millisecond of every 900-word paste's way
// to the engine, which almost never finds its text kept. Another tab may
// keep another document meanwhile: this page then only misses it.
type keptDocument struct {
	asked bool   // storage was read (or written) this visit
	of    string // documentOf the kept document, "" for none
	text  string // its text and bytes, when this page kept it
	raw   []byte
}

var kept keptDocument

// document returns the kept document of text in the wire form, or nil.
func (k *keptDocument) document(text string) []byte {
	if !k.asked {
		k.asked = true
		if readStorage(documentOfKey, &k.of) != nil {
			k.of = ""
		}
	}
	if k.of == "" || !strings.HasSuffix(k.of, "/"+strconv.Itoa(len(text))) {
		return nil // documentOf ends with the text's length
	}
	if k.raw != nil {
		if text != k.text {
			return nil
		}
		return k.raw
	}
	var raw []byte
	if k.of != documentOf(text) || readStorage(documentKey, &raw) != nil {
		return nil
	}
	return raw
}

// forget: storage holds no document now (or one this page cannot tell).
func (k *keptDocument) forget() { *k = keptDocument{asked: true} }

// documentOf names a text as annotated by this version of the app (go-app's
// version changes with app.wasm).
func documentOf(text string) string {
	return fmt.Sprintf("%s/%s/%d", app.Getenv("GOAPP_VERSION"), textID(text), len(text))
}

// forgetDocument drops the kept document, to make room for the article; it
// reports whether there was one.
func forgetDocument(ctx app.Context) (had bool) {
	var raw json.RawMessage
	if storageGet(ctx, documentKey, &raw) != nil || len(raw) == 0 {
		return false
	}
	defer func() {
		if recover() != nil { // storage refused altogether
			had = false
		}
	}()
	kept.forget()
	ctx.LocalStorage().Del(documentOfKey)
	ctx.LocalStorage().Del(documentKey)
	return true
}
