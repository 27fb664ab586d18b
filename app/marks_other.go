//go:build !wasm

package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mark has no timeline to write to in the native build.
func mark(string) {}

// eventAge has no browser events to time in the native build.
func eventAge(app.Event) time.Duration { return 0 }
