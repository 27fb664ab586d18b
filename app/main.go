// Command app is the whosaid progressive web app. The same program is built
// twice: for GOOS=js GOARCH=wasm it is the page (the annotator and the
// engine, running in the browser), natively it is the static file server
// and the static-site generator (server.go). No article ever reaches it.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func main() {
	app.Route("/", func() app.Composer { return &page{} })
	// In the browser this starts the page and never returns.
	app.RunWhenOnBrowser()
	serve()
}
