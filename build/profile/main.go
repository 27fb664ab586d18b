// Command profile records where the page's main thread spends its time
// (Chrome DevTools Protocol's sampling profiler) on a first visit, and on
// pastes of the 900-word article, and prints the functions with the most
// self time, Go's (from a wasm built with its symbol names) and the
// browser's. Used to decide what to make faster (issue 16); `make profile`.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/whosaid/whosaid/build/chromium"
	"github.com/whosaid/whosaid/extract/benchtext"
)

func main() {
	chrome := flag.String("chrome", "/usr/bin/chromium", "Chromium to drive")
	rate := flag.Float64("rate", 1, "CPU slowdown")
	top := flag.Int("top", 30, "functions to print")
	words := flag.Int("words", 0, "paste a document of this many words instead of the 900-word article")
	flag.Parse()

	url, stop, err := chromium.ServeApp("bin/whosaid")
	check(err)
	defer stop()

	profile, _ := os.MkdirTemp("", "whosaid-profile-")
	defer os.RemoveAll(profile)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), chromium.Options(*chrome, profile)...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 4*time.Minute)
	defer cancel()

	visitTrace := func() *trace {
		if !*tracedVisits {
			return nil
		}
		t := startTrace(ctx, "v8", "v8.wasm", "disabled-by-default-v8.compile", "blink.user_timing")
		t.cpu = true
		return t
	}
	if *tracedVisits {
		// the moment the app's first annotation is on the page, in the
		// trace (user timing): the main thread's CPU time up to it
		check(chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(highlightMark).Do(ctx)
			return err
		})))
	}
	vt := visitTrace()
	check(chromedp.Run(ctx, profiler.Enable(), profiler.SetSamplingInterval(200), emulation.SetCPUThrottlingRate(*rate), profiler.Start(),
		chromedp.Navigate(url+"/"), wait(`document.querySelector('[data-quote]') !== null`), chromedp.Sleep(500*time.Millisecond)))
	if *words == 0 {
		report(ctx, "first visit, to the example highlighted", *top)
	}
	if vt != nil {
		vt.report(ctx, "first visit", *top)
	}
	// the second visit, through the service worker
	check(chromedp.Run(ctx, chromedp.Sleep(3*time.Second)))
	vt = visitTrace()
	check(chromedp.Run(ctx, profiler.Start(), chromedp.Reload(),
		wait(`document.querySelector('[data-quote]') !== null`), chromedp.Sleep(300*time.Millisecond)))
	if *words == 0 {
		report(ctx, "second visit, to the example highlighted", *top)
	}
	if vt != nil {
		vt.report(ctx, "second visit", *top)
	}

	text := benchtext.Article()
	if *words > 0 {
		text = benchtext.Long(*words)
	}
	js, _ := json.Marshal(text)
	if *words > 0 {
		// as in make bench, the 900-word article first: the long
		// document's profile is of warm code, not of V8 compiling it
		_ = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error { _, err := profiler.Stop().Do(ctx); return err }))
		warm, _ := json.Marshal(benchtext.Article())
		for i := 0; i < 2; i++ {
			var run int
			check(chromedp.Run(ctx,
				chromedp.Evaluate(`+document.querySelector('.status').dataset.shownRun`, &run),
				chromedp.Evaluate(`(() => { const t = document.querySelector('textarea#article'); t.value = `+string(warm)+` + "\n\nWarm `+fmt.Sprint(i)+`.";
					t.dispatchEvent(new Event('input', {bubbles: true})); })()`, nil),
				wait(fmt.Sprintf(`+document.querySelector('.status').dataset.shownRun > %d`, run)),
				chromedp.Sleep(500*time.Millisecond)))
		}
	}
	check(chromedp.Run(ctx, profiler.Start()))
	var tr *trace
	if *traced {
		tr = startTrace(ctx)
	}
	pastes := *pasteCount
	if *words > 0 {
		pastes = 1
	}
	for i := 0; i < pastes; i++ {
		var run int
		check(chromedp.Run(ctx,
			chromedp.Evaluate(`+document.querySelector('.status').dataset.shownRun`, &run),
			chromedp.Evaluate(`(() => { const t = document.querySelector('textarea#article'); t.value = `+string(js)+` + "\n\nRun `+fmt.Sprint(i)+`.";
				t.dispatchEvent(new Event('input', {bubbles: true})); })()`, nil),
			wait(fmt.Sprintf(`+document.querySelector('.status').dataset.shownRun > %d`, run)),
			chromedp.Sleep(time.Second)))
	}
	report(ctx, fmt.Sprint(pastes, " pastes"), *top)
	if tr != nil {
		tr.report(ctx, fmt.Sprint(pastes, " pastes"), *top)
	}
}

// report stops the profiler and prints the functions with the most self time.
func report(ctx context.Context, title string, top int) {
	var p *profiler.Profile
	check(chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		p, err = profiler.Stop().Do(ctx)
		return err
	})))
	self := map[string]float64{}
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
	}
	counts := map[int64]int{}
	for _, s := range p.Samples {
		counts[s]++
	}
	dt := float64(p.EndTime-p.StartTime) / 1000 / float64(max(1, len(p.Samples)))
	total := 0.0
	for id, c := range counts {
		n := byID[id]
		name := n.CallFrame.FunctionName
		if name == "" {
			name = "(anonymous " + n.CallFrame.URL + ")"
		}
		if name == "(idle)" {
			continue
		}
		self[name] += float64(c) * dt
		total += float64(c) * dt
	}
	type kv struct {
		k string
		v float64
	}
	if *buckets > 0 {
		// what the thread did when: the top functions of each slice of time
		per := map[int]map[string]float64{}
		t := int64(p.StartTime)
		for i, id := range p.Samples {
			t += p.TimeDeltas[i]
			b := int(float64(t-int64(p.StartTime)) / 1000 / *buckets)
			if per[b] == nil {
				per[b] = map[string]float64{}
			}
			per[b][byID[id].CallFrame.FunctionName] += float64(p.TimeDeltas[i]) / 1000
		}
		var keys []int
		for k := range per {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		for _, k := range keys {
			var names []kv
			for n, v := range per[k] {
				if n == "(idle)" {
					continue
				}
				names = append(names, kv{n, v})
			}
			sort.Slice(names, func(i, j int) bool { return names[i].v > names[j].v })
			var parts []string
			for i, e := range names {
				if i == 4 {
					break
				}
				parts = append(parts, fmt.Sprintf("%s %.0f", e.k, e.v))
			}
			fmt.Printf("  @%5.0f ms: %s\n", float64(k)**buckets, strings.Join(parts, ", "))
		}
	}
	printTop(fmt.Sprintf("%s: %.0f ms busy on the main thread; self time:", title, total), self, top)
	if *inclusive == "" {
		return
	}
	// total time: each sample counts once for every function on its
	// stack, which says what a whole step of the page's (a component's
	// Render, the decoding) costs
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	incl := map[string]float64{}
	for id, c := range counts {
		seen := map[string]bool{}
		for n := id; n != 0; n = parent[n] {
			name := byID[n].CallFrame.FunctionName
			if !seen[name] && strings.Contains(name, *inclusive) {
				seen[name] = true
				incl[name] += float64(c) * dt
			}
		}
	}
	printTop(fmt.Sprintf("%s: total time of the functions named with %q:", title, *inclusive), incl, top)
	if !*callers {
		return
	}
	// who calls them: the two frames above the outermost one named so
	from := map[string]float64{}
	for id, c := range counts {
		var outer int64
		for n := id; n != 0; n = parent[n] {
			if strings.Contains(byID[n].CallFrame.FunctionName, *inclusive) {
				outer = n
			}
		}
		if outer == 0 {
			continue
		}
		p1, p2 := byID[parent[outer]], byID[parent[parent[outer]]]
		key := byID[outer].CallFrame.FunctionName
		if p1 != nil {
			key += " <- " + p1.CallFrame.FunctionName
		}
		if p2 != nil {
			key += " <- " + p2.CallFrame.FunctionName
		}
		from[key] += float64(c) * dt
	}
	printTop(fmt.Sprintf("%s: what calls them:", title), from, top)
}

var pasteCount = flag.Int("pastes", 5, "pastes of the 900-word article to profile")

var callers = flag.Bool("callers", false, "with -inclusive, also print what calls the functions so named")

// printTop prints the top entries of ms, the largest first.
func printTop(title string, ms map[string]float64, top int) {
	names := make([]string, 0, len(ms))
	for k := range ms {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return ms[names[i]] > ms[names[j]] })
	fmt.Println(title)
	for i, n := range names {
		if i == top {
			break
		}
		fmt.Printf("  %7.1f ms  %s\n", ms[n], n)
	}
}

var inclusive = flag.String("inclusive", "", "also print the total time (with what they call) of the functions whose names contain this (e.g. main.)")

var buckets = flag.Float64("buckets", 0, "also print the top functions of each slice of this many ms")

func wait(cond string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		for start := time.Now(); time.Since(start) < 3*time.Minute; time.Sleep(20 * time.Millisecond) {
			var ok bool
			if err := chromedp.Evaluate(cond, &ok, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }).Do(ctx); err == nil && ok {
				return nil
			}
		}
		return fmt.Errorf("timed out waiting for %s", cond)
	})
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "profile:", err)
		os.Exit(1)
	}
}

// highlightMark marks (performance.mark) when the app's first drawing with
// highlights is on the page: a MutationObserver's callback, which runs once
// the task that drew it has ended.
const highlightMark = `new MutationObserver((_, obs) => {
	const st = document.querySelector('.status');
	if (!st || !(+st.dataset.shownRun >= 1) || !document.querySelector('[data-quote]')) return;
	obs.disconnect();
	performance.mark('whosaid-highlighted');
}).observe(document, {subtree: true, childList: true, attributes: true});`
