package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"sort"
	"sync"

	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// The sampling profiler sees JavaScript and WebAssembly; the browser's own
// work (style, layout, paint, parsing the markup the page sets) is one
// "(program)" line there. A trace of the pastes says which of it the
// main thread did, and for how long.

var traced = flag.Bool("trace", false, "also trace the pastes and print the main thread's browser work by kind (layout, style, paint, HTML parsing)")

// The first visit's main thread is mostly "(program)" in the sampling
// profile: V8's own work, which its trace names (wasm compilation, GC).
var tracedVisits = flag.Bool("trace-visits", false, "also trace the first and second visits (with V8's events: wasm compilation, GC) and print the main thread's work by kind, in its CPU time")

type trace struct {
	cpu    bool // by kind in CPU time, not wall time
	mu     sync.Mutex
	events []traceEvent
	done   chan struct{}
}

type traceEvent struct {
	Name string  `json:"name"`
	Ph   string  `json:"ph"`
	Dur  float64 `json:"dur"`  // µs
	Tdur float64 `json:"tdur"` // µs of the thread's CPU time: what a busy, shared machine changes least
	Ts   float64 `json:"ts"`
	Pid  int     `json:"pid"`
	Tid  int     `json:"tid"`
	Args struct {
		Name string `json:"name"`
	} `json:"args"`
}

func startTrace(ctx context.Context, categories ...string) *trace {
	t := &trace{done: make(chan struct{})}
	var over bool // a later trace's events are not this one's
	chromedp.ListenTarget(ctx, func(ev any) {
		if over {
			return
		}
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			t.mu.Lock()
			for _, v := range e.Value {
				var te traceEvent
				if json.Unmarshal(v, &te) == nil {
					t.events = append(t.events, te)
				}
			}
			t.mu.Unlock()
		case *tracing.EventTracingComplete:
			over = true
			close(t.done)
		}
	})
	check(chromedp.Run(ctx, tracing.Start().WithTransferMode(tracing.TransferModeReportEvents).
		WithTraceConfig(&tracing.TraceConfig{IncludedCategories: append([]string{"devtools.timeline", "blink", "v8.execute", "toplevel"}, categories...)})))
	return t
}

// report stops the trace and prints, for the renderer's main thread, the
// total and the longest of each kind of work (complete events by name;
// nested ones are counted inside their parents as well).
func (t *trace) report(ctx context.Context, title string, top int) {
	check(chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error { return tracing.End().Do(ctx) })))
	<-t.done
	t.mu.Lock()
	defer t.mu.Unlock()
	main := map[[2]int]bool{}
	for _, e := range t.events {
		if e.Ph == "M" && e.Name == "thread_name" && e.Args.Name == "CrRendererMain" {
			main[[2]int{e.Pid, e.Tid}] = true
		}
	}
	total, longest := map[string]float64{}, map[string]float64{}
	for _, e := range t.events {
		if e.Ph != "X" || !main[[2]int{e.Pid, e.Tid}] {
			continue
		}
		d := e.Dur
		if t.cpu && e.Tdur > 0 {
			d = e.Tdur
		}
		total[e.Name] += d / 1000
		longest[e.Name] = max(longest[e.Name], d/1000)
	}
	// The main thread's tasks in its own CPU time, which load on the
	// machine changes far less than their wall time: how to compare two
	// builds on a shared machine.
	var tasks int
	var busy, longestCPU, longestWall float64
	for _, e := range t.events {
		if e.Ph == "X" && e.Name == "ThreadControllerImpl::RunTask" && main[[2]int{e.Pid, e.Tid}] {
			tasks++
			busy += e.Tdur / 1000
			longestCPU = max(longestCPU, e.Tdur/1000)
			longestWall = max(longestWall, e.Dur/1000)
		}
	}
	fmt.Printf("%s: the main thread's tasks: %d, %.1f ms of its CPU time in all, the longest %.1f ms of CPU time (%.1f ms of wall time)\n", title, tasks, busy, longestCPU, longestWall)
	var start float64 // the trace's beginning
	for _, e := range t.events {
		if e.Ts > 0 && (start == 0 || e.Ts < start) {
			start = e.Ts
		}
	}
	// up to the first highlights (highlightMark), when the trace has them
	var mark float64
	for _, e := range t.events {
		if e.Name == "whosaid-highlighted" && main[[2]int{e.Pid, e.Tid}] && (mark == 0 || e.Ts < mark) {
			mark = e.Ts
		}
	}
	if mark > 0 {
		var n int
		var cpu, from float64
		var kinds = map[string]float64{}
		for _, e := range t.events {
			if e.Ph != "X" || !main[[2]int{e.Pid, e.Tid}] || e.Ts >= mark {
				continue
			}
			if e.Name == "ThreadControllerImpl::RunTask" {
				n++
				cpu += e.Tdur / 1000
				if from == 0 || e.Ts < from {
					from = e.Ts
				}
			}
			kinds[e.Name] += e.Tdur / 1000
		}
		fmt.Printf("%s: to the first highlights (at %.0f ms in the trace): %d tasks, %.1f ms of the main thread's CPU time (%.0f ms of wall time from its first task); of it wasm.CompileLazy %.1f, v8.callFunction %.1f, Layout %.1f, ParseHTML %.1f ms\n",
			title, (mark-start)/1000, n, cpu, (mark-from)/1000, kinds["wasm.CompileLazy"], kinds["v8.callFunction"], kinds["Layout"], kinds["ParseHTML"])
		if *longTasks {
			var names []string
			for k := range kinds {
				names = append(names, k)
			}
			sort.Slice(names, func(i, j int) bool { return kinds[names[i]] > kinds[names[j]] })
			for i, k := range names {
				if i == 25 {
					break
				}
				fmt.Printf("    %7.1f ms CPU  %s\n", kinds[k], k)
			}
		}
	}
	if *longTasks {
		t.printLongTasks(main)
	}
	var names []string
	for n := range total {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return total[names[i]] > total[names[j]] })
	// when: the long pieces of work of a few kinds
	kinds := map[string]bool{"Layout": true, "UpdateLayoutTree": true, "Paint": true, "PrePaint": true, "ParseHTML": true,
		"FunctionCall": true, "HandlePostMessage": true, "EventDispatch": true, "TimerFire": true, "RunMicrotasks": true}
	fmt.Printf("%s: when (ms since the trace began): work of these kinds over 10 ms\n", title)
	var lines []traceEvent
	for _, e := range t.events {
		if main[[2]int{e.Pid, e.Tid}] && e.Ph == "X" && kinds[e.Name] && e.Dur > 10000 {
			lines = append(lines, e)
		}
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].Ts < lines[j].Ts })
	for _, e := range lines {
		fmt.Printf("  %8.1f  %s %.1f ms\n", (e.Ts-start)/1000, e.Name, e.Dur/1000)
	}
	fmt.Printf("%s: the main thread's work by kind (total, longest):\n", title)
	for i, n := range names {
		if i == top {
			break
		}
		fmt.Printf("  %7.1f ms  %6.1f ms  %s\n", total[n], longest[n], n)
	}
}

var longTasks = flag.Bool("long-tasks", false, "with -trace, also print what the main thread's three longest tasks (in CPU time) were made of")

// printLongTasks prints the main thread's three longest tasks in CPU time
// and the work over 3 ms inside each (the outermost of each kind).
func (t *trace) printLongTasks(main map[[2]int]bool) {
	var tasks []traceEvent
	for _, e := range t.events {
		if e.Ph == "X" && e.Name == "ThreadControllerImpl::RunTask" && main[[2]int{e.Pid, e.Tid}] {
			tasks = append(tasks, e)
		}
	}
	sort.Slice(tasks, func(i, j int) bool { return tasks[i].Tdur > tasks[j].Tdur })
	for _, task := range tasks[:min(3, len(tasks))] {
		fmt.Printf("  a task of %.1f ms CPU (%.1f ms wall):\n", task.Tdur/1000, task.Dur/1000)
		for _, e := range t.events {
			if e.Ph == "X" && e.Pid == task.Pid && e.Tid == task.Tid && e.Ts > task.Ts && e.Ts < task.Ts+task.Dur && e.Tdur > 3000 {
				fmt.Printf("    %+8.1f  %s %.1f ms CPU\n", (e.Ts-task.Ts)/1000, e.Name, e.Tdur/1000)
			}
		}
	}
}
