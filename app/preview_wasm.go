//go:build wasm

package main

// withoutDataAttributes is never called in the browser, which draws no
// preview (firstArticle); the server's version (preview_other.go) uses
// regexp, whose compiler and init would otherwise be in app.wasm, run on
// both of the page's threads.
func withoutDataAttributes(html string) string { return html }
