//go:build !wasm

package main

import "regexp"

// dataAttribute is one of the data attributes writeParagraph writes (the
// article's own words are escaped: no quotation mark of theirs matches).
var dataAttribute = regexp.MustCompile(` data-[a-z-]+="[^"]*"`)

// withoutDataAttributes makes a paragraph of the server's preview. Only the
// server draws previews: app.wasm leaves regexp's compiler out (preview_wasm.go).
func withoutDataAttributes(html string) string {
	return dataAttribute.ReplaceAllString(html, "")
}
