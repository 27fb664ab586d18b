package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storageKey is where the article is kept between visits (local storage,
// on the device only).
const storageKey = "whosaid.article"

// loadArticle reads the kept article. go-app's storage panics when the
// browser refuses storage altogether (its localStorage getter throws, as in
// some private windows), so both helpers recover and report an error.
func loadArticle(ctx app.Context) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("local storage is not available: %v", r)
		}
	}()
	err = ctx.LocalStorage().Get(storageKey, &text)
	return text, err
}

// saveArticle keeps the article for the next visit.
func saveArticle(ctx app.Context, text string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("local storage is not available: %v", r)
		}
	}()
	return ctx.LocalStorage().Set(storageKey, text)
}
