package main

import (
	"encoding/json"

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
	documentKey  = "whosaid.document"         // the engine's last document
	exampleDocID = "whosaid-example-document" // the example's, in the page's head
	// rememberMax is the largest document kept (as JSON): local storage
	// holds about 5 MB in all, shared with the library.
	rememberMax = 200 << 10
)

// keptDocument is the engine's last document, in local storage.
type keptDocument struct {
	Version string          `json:"version"`
	TextID  string          `json:"text_id"`
	Length  int             `json:"length"`
	Doc     json.RawMessage `json:"doc"`
}

// rememberedDocument returns the engine's document of text when the page
// already has it, else nil.
func rememberedDocument(ctx app.Context, text string) *extract.Document {
	var raw []byte
	if text == exampleArticle {
		if el := app.Window().GetElementByID(exampleDocID); el.Truthy() {
			raw = []byte(el.Get("textContent").String())
		}
	} else {
		var kept keptDocument
		if storageGet(ctx, documentKey, &kept) != nil || kept.Version != appVersion() ||
			kept.TextID != textID(text) || kept.Length != len(text) {
			return nil
		}
		raw = kept.Doc
	}
	var doc extract.Document
	if len(raw) == 0 || json.Unmarshal(raw, &doc) != nil {
		return nil
	}
	return &doc
}

// rememberDocument keeps the engine's document of text (JSON) for the next
// visit; a document too large to keep is not.
func rememberDocument(ctx app.Context, text string, doc []byte) {
	if len(doc) > rememberMax || text == exampleArticle {
		return
	}
	_ = storageSet(ctx, documentKey, keptDocument{Version: appVersion(), TextID: textID(text), Length: len(text), Doc: doc})
}

// appVersion is go-app's version of the app (it changes with app.wasm).
func appVersion() string { return app.Getenv("GOAPP_VERSION") }

// forgetDocument drops the kept document, to make room for the article; it
// reports whether there was one.
func forgetDocument(ctx app.Context) bool {
	var kept keptDocument
	if storageGet(ctx, documentKey, &kept) != nil || kept.TextID == "" {
		return false
	}
	defer func() { _ = recover() }() // storage refused altogether
	ctx.LocalStorage().Del(documentKey)
	return true
}
