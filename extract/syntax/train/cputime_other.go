//go:build !linux

package train

// CPUSeconds is wall-clock time where a thread's CPU time cannot be read.
func CPUSeconds(f func()) float64 { return wallClock(f) }
