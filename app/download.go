package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// lastDownload is the object URL of the previous download, released when
// the next one starts (the browser reads it after the click returns).
var lastDownload app.Value

// download hands data to the browser as a file to save: a Blob behind an
// object URL, and a click on a link that names the file. Nothing is sent
// anywhere; the browser writes the bytes it already holds.
func download(name, mime string, data []byte) {
	win := app.Window()
	bytes := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(bytes, data)
	blob := win.Get("Blob").New([]any{bytes}, map[string]any{"type": mime})
	urls := win.Get("URL")
	if lastDownload != nil {
		urls.Call("revokeObjectURL", lastDownload)
	}
	lastDownload = urls.Call("createObjectURL", blob)
	doc := win.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", lastDownload)
	a.Set("download", name)
	a.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
}
