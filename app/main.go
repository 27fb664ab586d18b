// Command app is the whosaid progressive web app. The same program is built
// twice: for GOOS=js GOARCH=wasm it is the page (the annotator and the
// engine, running in the browser), natively it is the static file server
// and the static-site generator (server.go). No article ever reaches it.
// In the browser it runs twice too: the page on the main thread, and the
// engine alone in a Web Worker (engine.go).
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func main() {
	if inEngineWorker() {
		serveEngine() // never returns
		return
	}
	app.Route("/", func() app.Composer { return &page{} })
	// In the browser this starts the page and never returns.
	app.RunWhenOnBrowser()
	serve()
}
