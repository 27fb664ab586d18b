package train

import (
	"runtime"
	"syscall"
	"time"
)

// CPUSeconds runs f on one locked OS thread and returns the CPU time that
// thread spent: on a machine shared with other jobs, wall-clock time
// measures the others' load, not this code.
func CPUSeconds(f func()) float64 {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	const rusageThread = 1 // RUSAGE_THREAD
	var before, after syscall.Rusage
	if syscall.Getrusage(rusageThread, &before) != nil {
		return wallClock(f)
	}
	f()
	if syscall.Getrusage(rusageThread, &after) != nil {
		return 0
	}
	used := func(r syscall.Rusage) time.Duration {
		return time.Duration(r.Utime.Nano() + r.Stime.Nano())
	}
	return (used(after) - used(before)).Seconds()
}
