//go:build wasm

package main

// serve is never reached in the browser: RunWhenOnBrowser does not return.
// The server code lives behind !wasm so it stays out of app.wasm.
func serve() {}
