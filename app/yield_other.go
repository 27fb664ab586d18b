//go:build !wasm

package main

// yieldToBrowser has no browser to yield to in the native build (which only
// serves files and never annotates).
func yieldToBrowser() {}

// afterPaint calls f at once: the native build draws nothing.
func afterPaint(f func()) { f() }
