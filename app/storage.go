package main

import (
	"encoding/json"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What the page keeps between visits, in local storage (on the device only).
const (
	storageKey  = "whosaid.article"  // the article being read
	libraryKey  = "whosaid.library"  // the articles kept in the library
	exerciseKey = "whosaid.exercise" // the student's marks, for one article
	// a teacher's corrections of the engine, for one article
	correctionsKey = "whosaid.corrections"
)

// savedCorrections are the corrections of the article being read.
type savedCorrections struct {
	TextID string       `json:"text_id"`
	List   []correction `json:"list"`
}

func loadCorrections(ctx app.Context) (c savedCorrections, err error) {
	err = storageGet(ctx, correctionsKey, &c)
	return c, err
}

func saveCorrections(ctx app.Context, c savedCorrections) error {
	return storageSet(ctx, correctionsKey, c)
}

// storageGet reads a kept value. go-app's storage panics when the browser
// refuses storage altogether (its localStorage getter throws, as in some
// private windows), so both helpers recover and report an error.
func storageGet(ctx app.Context, key string, v any) (err error) {
	return readStorage(key, v)
}

// readStorage reads a kept value as go-app's storage does (JSON in
// window.localStorage), without a context: the app's first drawing
// (firstArticle) reads before any component has one.
func readStorage(key string, v any) (err error) {
	defer storageRefused(&err)
	if app.IsServer {
		return nil
	}
	item := app.Window().Get("localStorage").Call("getItem", key)
	if item.IsNull() {
		return nil
	}
	return json.Unmarshal([]byte(item.String()), v)
}

// storageRefused turns the panic of a browser that refuses storage
// altogether into an error (deferred: it recovers).
func storageRefused(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("local storage is not available: %v", r)
	}
}

// storageSet keeps a value for the next visit.
func storageSet(ctx app.Context, key string, v any) (err error) {
	defer storageRefused(&err)
	return ctx.LocalStorage().Set(key, v)
}

func loadArticle(ctx app.Context) (text string, err error) {
	err = storageGet(ctx, storageKey, &text)
	return text, err
}

// saveArticle keeps the article as JSON, as storageSet would, but encoded
// by the browser: go-app's storage, Go's encoding/json in WebAssembly,
// took 16 ms of the page's thread for a 50,000-word article (make profile
// on a loaded machine).
func saveArticle(ctx app.Context, text string) (err error) {
	if app.IsServer {
		return storageSet(ctx, storageKey, text)
	}
	defer storageRefused(&err)
	win := app.Window()
	win.Get("localStorage").Call("setItem", storageKey, win.Get("JSON").Call("stringify", text))
	return nil
}

func loadLibrary(ctx app.Context) (items []libraryItem, err error) {
	err = storageGet(ctx, libraryKey, &items)
	return items, err
}

func saveLibrary(ctx app.Context, items []libraryItem) error {
	return storageSet(ctx, libraryKey, items)
}

func loadExercise(ctx app.Context) (st exerciseState, err error) {
	err = storageGet(ctx, exerciseKey, &st)
	return st, err
}

func saveExercise(ctx app.Context, st exerciseState) error {
	return storageSet(ctx, exerciseKey, st)
}
