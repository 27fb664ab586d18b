//go:build !linux

package train

// threadCPU is wall-clock time where a thread's CPU time cannot be read.
func threadCPU(f func()) float64 { return wallClock(f) }
