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

type trace struct {
	mu     sync.Mutex
	events []traceEvent
	done   chan struct{}
}

type traceEvent struct {
	Name string  `json:"name"`
	Ph   string  `json:"ph"`
	Dur  float64 `json:"dur"` // µs
	Ts   float64 `json:"ts"`
	Pid  int     `json:"pid"`
	Tid  int     `json:"tid"`
	Args struct {
		Name string `json:"name"`
	} `json:"args"`
}

func startTrace(ctx context.Context) *trace {
	t := &trace{done: make(chan struct{})}
	chromedp.ListenTarget(ctx, func(ev any) {
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
			close(t.done)
		}
	})
	check(chromedp.Run(ctx, tracing.Start().WithTransferMode(tracing.TransferModeReportEvents).
		WithTraceConfig(&tracing.TraceConfig{IncludedCategories: []string{"devtools.timeline", "blink", "v8.execute"}})))
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
		total[e.Name] += e.Dur / 1000
		longest[e.Name] = max(longest[e.Name], e.Dur/1000)
	}
	var names []string
	for n := range total {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return total[names[i]] > total[names[j]] })
	// when: the long pieces of work of a few kinds
	var start float64
	for _, e := range t.events {
		if e.Ts > 0 && (start == 0 || e.Ts < start) {
			start = e.Ts
		}
	}
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
