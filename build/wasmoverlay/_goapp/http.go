// Package app holds what the browser build of go-app v10.1.11 gets in place
// of five of its files (build/wasmoverlay swaps them in with go build
// -overlay; the server is built with go-app untouched). go-app's http.go is
// its server, whose net/http and crypto/tls are a sixth of app.wasm's code
// and whose package inits run on the page's thread and on the engine
// worker's; resource.go's LocalDir wraps net/http's file server; engine.go
// is go-app's with its event loop drawing without waiting for a tick.
package app

// Handler is go-app's server, which only the native build has. Its name
// stays because the browser side's GenerateStaticWebsite (go-app's wasm.go,
// a stub that panics) takes one.
type Handler struct{}
