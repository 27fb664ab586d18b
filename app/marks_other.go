//go:build !wasm

package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mark has no timeline to write to in the native build.
func mark(string) {}

// eventTime and since have no browser clock in the native build.
func eventTime(app.Event) float64 { return 0 }

func since(float64) time.Duration { return 0 }
