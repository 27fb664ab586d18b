//go:build !wasm

package main

// mark has no timeline to write to in the native build.
func mark(string) {}
