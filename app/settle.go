package main

import "time"

// The page waits for typing to settle before it asks the engine
// (annotateDelay), and the wait is part of what a reader waits for: it
// should end when it says, not some milliseconds after.

// typed is actionEdit's value: the box's text, and how long ago the
// browser saw the keystroke (its input event's timeStamp) when the page
// was told, so the wait counts from the keystroke, not from go-app's
// handling of it (about a millisecond later).
type typed struct {
	Text string
	Age  time.Duration
}

// preciseWait is the longest timer a browser runs on time. Chromium lets a
// delayed task of more than 64 ms run late by up to its leeway, so the
// operating system can batch wake-ups (base's kMaxPreciseDelay): the
// 250 ms wait ended 2–6 ms late in `build/bench -timeline`, and a shorter
// one is run when due.
const preciseWait = 40 * time.Millisecond

// sleepUntil waits until t: a long wait sleeps to shortly before t, where
// a late wake-up costs nothing, then the rest with a short, precise timer.
func sleepUntil(t time.Time) {
	if d := time.Until(t) - preciseWait; d > 0 {
		time.Sleep(d)
	}
	time.Sleep(time.Until(t))
}
