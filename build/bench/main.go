// Command bench measures whosaid where users run it and prints one report:
// the engine in WebAssembly under Node beside compromise (a JavaScript
// library) on the same article, then, in Debian's Chromium against the real
// server, page cold start (first and second visit), engine start (in its
// Web Worker), the engine's and the page's time on a 900-word article and
// a 50,000-word document with the longest main-thread block, and the
// bytes transferred; -timeline prints what happened when. `make bench`
// runs it after the Go benchmarks.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/whosaid/whosaid/build/chromium"
	"github.com/whosaid/whosaid/extract/benchtext"
)

func main() {
	chrome := flag.String("chrome", "/usr/bin/chromium", "Chromium to drive")
	compromiseDir := flag.String("compromise", "", "folder whose node_modules holds compromise (skipped when empty)")
	runs := flag.Int("runs", 5, "fresh browser profiles per CPU speed (the machine is noisy)")
	pastes := flag.Int("pastes", 9, "annotations of the article in each unslowed profile")
	node := flag.Bool("node", true, "also time the engine under Node (and compromise)")
	rates := flag.String("rates", "4,1", "CPU slowdowns to measure at, in order (1: unslowed, which also times the pastes)")
	texts := flag.String("texts", "", "only write the article and the 50,000-word document into this folder (article.txt, long.txt) for appwasm.cjs, and stop")
	flag.Parse()

	article := benchtext.Article()
	if *texts != "" {
		check(os.MkdirAll(*texts, 0o755), "")
		check(os.WriteFile(filepath.Join(*texts, "article.txt"), []byte(article), 0o644), "")
		check(os.WriteFile(filepath.Join(*texts, "long.txt"), []byte(benchtext.Long(50000)), 0o644), "")
		return
	}
	fmt.Printf("article: %d words; long document: %d words\n", len(strings.Fields(article)), len(strings.Fields(benchtext.Long(50000))))
	if *node {
		wasmNode := wasmUnderNode()
		fmt.Printf("engine in WebAssembly under Node: %.2f ms per article\n", wasmNode)
		if *compromiseDir != "" {
			ms := compromiseMs(*compromiseDir, article)
			fmt.Printf("compromise under Node, same article: %.2f ms (whosaid is %.1fx faster)\n", ms, ms/wasmNode)
		}
	}
	var speeds []float64
	for _, f := range strings.Split(*rates, ",") {
		rate, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		check(err, "-rates")
		speeds = append(speeds, rate)
	}
	browser(*chrome, article, *runs, *pastes, speeds)
}

// wasmUnderNode runs the engine's own benchmark compiled to WebAssembly.
func wasmUnderNode() float64 {
	goroot, _ := exec.Command("go", "env", "GOROOT").Output()
	cmd := exec.Command("go", "test", "-run", "^$", "-bench", "^BenchmarkAnnotate900Words$", "-count", "3",
		"-exec", filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "go_js_wasm_exec"), "./extract")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	check(err, string(out))
	var best float64
	for _, m := range regexp.MustCompile(`(\d+) ns/op`).FindAllStringSubmatch(string(out), -1) {
		ns, _ := strconv.ParseFloat(m[1], 64)
		if best == 0 || ns < best {
			best = ns
		}
	}
	return best / 1e6
}

func compromiseMs(dir, article string) float64 {
	script, _ := filepath.Abs("build/bench/compromise.mjs")
	local := filepath.Join(dir, "compromise.mjs")
	b, err := os.ReadFile(script)
	check(err, "")
	check(os.WriteFile(local, b, 0o644), "")
	cmd := exec.Command("node", local)
	cmd.Stdin = strings.NewReader(article)
	out, err := cmd.CombinedOutput()
	check(err, string(out))
	ms, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	check(err, string(out))
	return ms
}

// pageProbes run before the page's own scripts. They note, in ms since the
// navigation began: when the text box is usable (visible, enabled, not
// under go-app's loading cover, so typing reaches it), when app.wasm was
// compiled, when Go's runtime and package inits were done, when go-app
// started drawing the app (OnInit), when the first annotation is on
// the page (the example's quotations, all drawn at once), and the longest
// task that held the main thread (long tasks are those over 50 ms).
const pageProbes = `
window.__longest = 0;
window.__tasks = [];
try { new PerformanceObserver(l => { for (const e of l.getEntries()) { window.__longest = Math.max(window.__longest, e.duration); window.__tasks.push([e.startTime, e.duration]); } }).observe({type: 'longtask', buffered: true}); } catch (e) {}
window.__t = {};
(() => {
  const t = window.__t;
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const f = WebAssembly[name];
    if (f) WebAssembly[name] = function () { return f.apply(this, arguments).then(r => { t.compiled = t.compiled || performance.now(); performance.mark('wasm-compiled'); return r; }); };
  }
  const usable = () => {
    const el = document.getElementById('article');
    if (!el || el.disabled || el.readOnly || !el.checkVisibility()) return false;
    const cover = document.getElementById('app-wasm-loader');
    return !cover || getComputedStyle(cover).display === 'none';
  };
  const look = () => {
    const now = performance.now();
    if (t.usable === undefined && usable()) { t.usable = now; performance.mark('usable'); }
    if (t.preview === undefined && document.querySelector('.annotated .quote')) { t.preview = now; performance.mark('preview'); }
    if (t.started === undefined && window.whosaidStarted) { t.started = +window.whosaidStarted; t.goInit = window.whosaidGoAt; }
    const st = document.querySelector('.status');
    if (st && +st.dataset.shownRun >= 1 && document.querySelector('[data-quote]')) {
      t.highlighted = now;
      performance.mark('highlighted');
      t.quotes = document.querySelectorAll('[data-quote]').length;
      return;
    }
    setTimeout(look, 4);
  };
  look();
})();`

// visit is one fresh browser profile's measures, in ms (MB for bytes).
type visit struct {
	usable, compiled, goInit, started, highlighted, longest, transferMB float64
	preview                                                             float64 // the server's page shows the example highlighted
	engineLoad, firstAnnotate                                           float64 // as the page measures them
	quotes                                                              int
	second, secondLongest, secondCompiled, secondGoInit                 float64
	article, long, longLongest                                          float64 // unslowed runs only
	articleTotal, articleLongest, longTotal                             float64
	firstPaste, firstPasteTotal                                         float64 // the first of the pastes
	longAll                                                             float64 // every chunk of it drawn (the reading view no longer busy)
	longFirst                                                           float64 // its first screen highlighted (the whole may follow)
	articleParts, longParts                                             parts   // medians of the pastes' pieces
	workerLoaded, secondWorkerLoaded                                    float64 // the engine's worker has its models, 0 without a worker
}

// workerLoadedJS is when the engine's worker had loaded its models, in ms
// since navigation (web/boot.js keeps the worker's marks), 0 without one.
const workerLoadedJS = `(() => { for (const [at, name] of (window.whosaidWorkerMarks || [])) if (name === 'engine-loaded') return at; return 0; })()`

func browser(chrome, article string, runs, pastes int, rates []float64) {
	url, stop, err := chromium.ServeApp("bin/whosaid")
	check(err, "")
	defer stop()

	for _, rate := range rates {
		var vs []visit
		for i := 0; i < runs; i++ {
			vs = append(vs, oneProfile(chrome, url, article, rate, pastes))
		}
		report(vs, rate)
	}
}

// oneProfile visits the page twice in a fresh profile (the second time
// through the service worker), with the CPU slowed rate times; unslowed,
// it then times the 900-word article and the 50,000-word document.
func oneProfile(chrome, url, article string, rate float64, pastes int) visit {
	profile, _ := os.MkdirTemp("", "whosaid-bench-")
	defer os.RemoveAll(profile)
	opts := chromium.Options(chrome, profile)
	if *jsFlags != "" {
		opts = append(opts, chromedp.Flag("js-flags", *jsFlags))
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 4*time.Minute)
	defer cancel()
	debugCtx = ctx
	defer chromedp.Cancel(ctx)

	var mu sync.Mutex
	transferred := map[string]float64{}
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventLoadingFinished); ok {
			mu.Lock()
			transferred[string(e.RequestID)] = e.EncodedDataLength
			mu.Unlock()
		}
	})
	total := func() float64 {
		mu.Lock()
		defer mu.Unlock()
		s := 0.0
		for _, v := range transferred {
			s += v
		}
		return s
	}
	var v visit
	var t map[string]float64
	check(chromedp.Run(ctx,
		network.Enable(),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(pageProbes).Do(ctx)
			return err
		}),
		emulation.SetCPUThrottlingRate(rate),
		chromedp.Navigate(url+"/"),
		waitJS(`window.__t.highlighted !== undefined`),
		chromedp.Sleep(300*time.Millisecond), // long tasks are reported a moment late
		chromedp.Evaluate(`window.__t`, &t),
		chromedp.Evaluate(`window.__longest`, &v.longest),
		waitJS(`+document.querySelector('.status').dataset.engineMs > 0`), // the worker may load after the highlights
		chromedp.Evaluate(`+document.querySelector('.status').dataset.engineMs`, &v.engineLoad),
		chromedp.Evaluate(`+document.querySelector('.status').dataset.annotateMs`, &v.firstAnnotate),
		chromedp.Evaluate(workerLoadedJS, &v.workerLoaded),
	), "first visit")
	show := *timeline && !timelined[rate] // the first profile of each speed
	timelined[rate] = true
	if show {
		printTimeline(ctx, visitTitle("first", rate))
	}
	v.usable, v.compiled, v.goInit, v.started, v.highlighted, v.quotes = t["usable"], t["compiled"], t["goInit"], t["started"], t["highlighted"], int(t["quotes"])
	v.preview = t["preview"]
	time.Sleep(time.Second) // let the late requests of the first visit finish
	v.transferMB = total() / 1e6
	check(chromedp.Run(ctx,
		waitJS(`(async () => { for (const k of await caches.keys()) if (await (await caches.open(k)).match('/web/app.wasm')) return navigator.serviceWorker.controller !== null; return false; })()`),
		chromedp.Sleep(*reloadAfter), // the worker's install settles
		chromedp.Reload(),
		waitJS(`window.__t.highlighted !== undefined`),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Evaluate(`window.__t`, &t),
		chromedp.Evaluate(`window.__longest`, &v.secondLongest),
		chromedp.Evaluate(workerLoadedJS, &v.secondWorkerLoaded),
	), "second visit")
	if show {
		printTimeline(ctx, visitTitle("second", rate))
	}
	v.second, v.secondCompiled, v.secondGoInit = t["highlighted"], t["compiled"], t["goInit"]
	if *each {
		fmt.Printf("  V8's code cache after the second visit: %.1f MB\n", dirMB(filepath.Join(profile, "Default", "Code Cache", "wasm")))
	}
	if rate != 1 {
		return v
	}
	var times, totals []float64
	var pieces []parts
	check(chromedp.Run(ctx, chromedp.Evaluate(`window.__longest = 0`, nil)), "")
	for i := 0; i < pastes; i++ {
		var at float64
		check(chromedp.Run(ctx, chromedp.Evaluate(`performance.now()`, &at)), "")
		ms, total, _, _ := pasteAndTime(ctx, article+fmt.Sprintf("\n\nRun %d.\n", i))
		times, totals = append(times, ms), append(totals, total)
		if i == 0 { // the reader's first article: the engine's code may be cold
			v.firstPaste, v.firstPasteTotal = ms, total
		}
		pieces = append(pieces, piecesSince(ctx, at))
		if *each {
			fmt.Printf("  paste %d: engine %.1f ms, to highlights %.1f ms, pieces %.1f\n", i+1, ms, total, pieces[len(pieces)-1])
		}
		if show && i == 0 {
			check(chromedp.Run(ctx, chromedp.Sleep(300*time.Millisecond)), "")
			printTimelineSince(ctx, "first 900-word paste, CPU unslowed", at)
		}
		if show && i == pastes-1 {
			check(chromedp.Run(ctx, chromedp.Sleep(300*time.Millisecond)), "")
			printTimelineSince(ctx, "last 900-word paste, CPU unslowed", at)
		}
	}
	v.article, v.articleTotal, v.articleParts = median(times), median(totals), medianParts(pieces)
	check(chromedp.Run(ctx, chromedp.Evaluate(`window.__longest`, &v.articleLongest), chromedp.Evaluate(`window.__longest = 0`, nil)), "")
	var pasted float64
	check(chromedp.Run(ctx, chromedp.Evaluate(`performance.now()`, &pasted)), "")
	v.long, v.longTotal, v.longFirst, v.longAll = pasteAndTime(ctx, benchtext.Long(50000))
	check(chromedp.Run(ctx, chromedp.Sleep(300*time.Millisecond)), "")
	v.longParts = piecesSince(ctx, pasted)
	if show {
		check(chromedp.Run(ctx, chromedp.Sleep(300*time.Millisecond)), "")
		printTimelineSince(ctx, "50,000-word paste, CPU unslowed", pasted)
	}
	check(chromedp.Run(ctx, chromedp.Sleep(300*time.Millisecond), chromedp.Evaluate(`window.__longest`, &v.longLongest)), "")
	return v
}

// report prints each measure's median and range over the runs.
func report(vs []visit, rate float64) {
	row := func(label, unit string, get func(visit) float64) {
		var xs []float64
		for _, v := range vs {
			xs = append(xs, get(v))
		}
		sort.Float64s(xs)
		f := "%.0f"
		if unit == "ms" && len(xs) > 0 && xs[len(xs)-1] < 10 {
			f = "%.1f" // the pieces of a paste: a millisecond matters
		}
		if unit != "ms" {
			f = "%.2f"
		}
		fmt.Printf("  %-58s "+f+" %s  ["+f+"–"+f+"]\n", label, median(xs), unit, xs[0], xs[len(xs)-1])
	}
	if rate == 1 {
		fmt.Printf("page in Chromium, CPU unslowed (%d fresh profiles; median [min–max]):\n", len(vs))
	} else {
		fmt.Printf("page in Chromium, CPU %g× slower (%d fresh profiles; median [min–max]):\n", rate, len(vs))
	}
	row("first visit: text box usable", "ms", func(v visit) float64 { return v.usable })
	row("first visit: the example highlighted in the server's page", "ms", func(v visit) float64 { return v.preview })
	row("first visit: app.wasm compiled", "ms", func(v visit) float64 { return v.compiled })
	row("first visit: Go runtime and package inits done", "ms", func(v visit) float64 { return v.goInit })
	row("first visit: go-app started drawing the app", "ms", func(v visit) float64 { return v.started })
	row("first visit: engine's models loaded in (in its worker)", "ms", func(v visit) float64 { return v.engineLoad })
	row("first visit: the engine's worker has its models", "ms", func(v visit) float64 { return v.workerLoaded })
	row(fmt.Sprintf("first visit: example's %d quotations highlighted", vs[0].quotes), "ms", func(v visit) float64 { return v.highlighted })
	row("first visit: longest main-thread block", "ms", func(v visit) float64 { return v.longest })
	row("first visit: transferred", "MB", func(v visit) float64 { return v.transferMB })
	row("second visit (service worker): app.wasm compiled", "ms", func(v visit) float64 { return v.secondCompiled })
	row("second visit: Go runtime and package inits done", "ms", func(v visit) float64 { return v.secondGoInit })
	row("second visit: the engine's worker has its models", "ms", func(v visit) float64 { return v.secondWorkerLoaded })
	row("second visit: example highlighted", "ms", func(v visit) float64 { return v.second })
	row("second visit: longest main-thread block", "ms", func(v visit) float64 { return v.secondLongest })
	if rate == 1 {
		row("900-word article: the engine's time (median of pastes)", "ms", func(v visit) float64 { return v.article })
		row("900-word article: the page's, to highlights drawn", "ms", func(v visit) float64 { return v.articleTotal })
		row("900-word article, the first paste: the engine's time", "ms", func(v visit) float64 { return v.firstPaste })
		row("900-word article, the first paste: to highlights drawn", "ms", func(v visit) float64 { return v.firstPasteTotal })
		row("900-word article: longest main-thread block", "ms", func(v visit) float64 { return v.articleLongest })
		for i, name := range partNames {
			row("900-word article, its pieces: "+name, "ms", func(v visit) float64 { return v.articleParts[i] })
		}
		row("50,000-word document: the engine's time", "ms", func(v visit) float64 { return v.long })
		row("50,000-word document: the page's, to highlights drawn", "ms", func(v visit) float64 { return v.longTotal })
		row("50,000-word document: its first screen highlighted (first part)", "ms", func(v visit) float64 { return v.longFirst })
		row("50,000-word document: every paragraph of it drawn", "ms", func(v visit) float64 { return v.longAll })
		for i, name := range partNames {
			row("50,000-word document, its pieces: "+name, "ms", func(v visit) float64 { return v.longParts[i] })
		}
		row("50,000-word document: longest main-thread block", "ms", func(v visit) float64 { return v.longLongest })
	}
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// pasteAndTime pastes text and returns the engine time the page reports
// and the page's whole time, from the end of the page's wait for typing to
// settle (250 ms; none when an article is pasted over another, the page
// says which in data-settle-ms) to the highlights drawn: the engine, the worker's reply
// and go-app's drawing. It waits until the page shows this text: its run
// counter has moved and the reading view holds at least half of it (a wait
// on the counter alone was seen to pass on an older run). first is the
// time to the first highlights of this text: a long text's first part
// (app/engine_steps.go), drawn before the whole is annotated, else the
// whole. all is the time to every paragraph drawn: the reading view draws
// a long document a few chunks at a time, and says it is busy until the
// last (aria-busy).
func pasteAndTime(ctx context.Context, text string) (engine, total, first, all float64) {
	js, _ := json.Marshal(text)
	var run float64
	check(chromedp.Run(ctx, chromedp.Evaluate(`+document.querySelector('.status').dataset.shownRun`, &run)), "paste")
	check(chromedp.Run(ctx,
		chromedp.Evaluate(`(() => { const t = document.querySelector('textarea#article'); t.value = `+string(js)+`;
			performance.mark('bench: pasted'); const t0 = performance.now(), run = `+fmt.Sprint(int(run))+`;
			window.__pasteTotal = window.__pasteFirst = window.__pasteAll = undefined;
			const look = () => {
				const st = document.querySelector('.status').dataset;
				if (window.__pasteFirst === undefined && (+st.firstRun > run || +st.shownRun > run)) window.__pasteFirst = performance.now() - t0 - +st.settleMs;
				if (+st.shownRun > run && window.__pasteTotal === undefined) { window.__pasteTotal = performance.now() - t0 - +st.settleMs; performance.mark('bench: seen'); }
				const view = document.querySelector('.annotated');
				if (+st.shownRun > run && view && view.getAttribute('aria-busy') === 'false' && window.__pasteAll === undefined) window.__pasteAll = performance.now() - t0 - +st.settleMs;
				return window.__pasteAll !== undefined;
			};
			// told when the status line's run changes (a timer alone sees it
			// up to 4 ms late: browsers hold nested timers back), polled too,
			// but seldom: a timer every millisecond (4 ms once nested) made
			// the page's own 250 ms timer fire about 2 ms late (a median of
			// 2.3 ms against 0.3 without, in the page, 3 Dec): the paste was
			// timed slower than a reader meets it
			const seen = new MutationObserver(() => { if (look()) seen.disconnect(); });
			seen.observe(document.body, {subtree: true, attributes: true, attributeFilter: ['data-shown-run', 'data-first-run', 'aria-busy']});
			const poll = () => { if (!look()) setTimeout(poll, 50); else seen.disconnect(); };
			t.dispatchEvent(new Event('input', {bubbles: true}));
			poll(); })()`, nil),
		chromedp.Sleep(400*time.Millisecond), // the page waits 250 ms for typing to settle
		waitJS(fmt.Sprintf(`+document.querySelector('.status').dataset.shownRun > %d && document.querySelector('#reading').textContent.length >= %d && window.__pasteAll !== undefined`, int(run), len(text)/2)),
		chromedp.Evaluate(`+document.querySelector('.status').dataset.annotateMs`, &engine),
		chromedp.Evaluate(`window.__pasteTotal`, &total),
		chromedp.Evaluate(`window.__pasteFirst`, &first),
		chromedp.Evaluate(`window.__pasteAll`, &all),
	), "paste")
	return engine, total, first, all
}

// parts is where one annotation's time went, in ms, from the page's and
// the worker's marks (app/): see partNames.
type parts [8]float64

var partNames = [len(parts{})]string{
	"the input event reaches the page (bench: pasted → edit)",
	"posted to the worker (page: edit → posted, less the wait for typing)",
	"the worker starts it (posted → worker: annotate)",
	"the engine (worker: annotate → annotated)",
	"to the page (worker: annotated → received: encode, transfer)",
	"read (received → decoded: decode, prepare)",
	"drawn (decoded → shown: go-app's frame, DOM)",
	"seen (shown → bench: seen)",
}

// piecesSince reads the marks of the last annotation after since.
func piecesSince(ctx context.Context, since float64) parts {
	var at map[string]float64
	check(chromedp.Run(ctx, chromedp.Evaluate(`((since) => {
		const at = {};
		for (const m of performance.getEntriesByType('mark')) if (m.startTime >= since) at[m.name] = m.startTime;
		for (const [s, name] of (window.whosaidWorkerMarks || [])) if (s >= since) at['worker: ' + name] = s;
		at.settle = +document.querySelector('.status').dataset.settleMs;
		return at;
	})(`+fmt.Sprint(since)+`)`, &at)), "marks")
	settle := at["settle"]
	d := func(from, to string) float64 {
		if at[from] == 0 || at[to] == 0 {
			return -1 // not marked (an older build)
		}
		return at[to] - at[from]
	}
	return parts{
		d("bench: pasted", "edit"),
		d("edit", "posted") - settle, // the page may wait for typing to settle
		d("posted", "worker: annotate"),
		d("worker: annotate", "worker: annotated"),
		d("worker: annotated", "received"),
		d("received", "decoded"),
		d("decoded", "shown"),
		d("shown", "bench: seen"),
	}
}

func medianParts(ps []parts) parts {
	var out parts
	for i := range out {
		var xs []float64
		for _, p := range ps {
			xs = append(xs, p[i])
		}
		out[i] = median(xs)
	}
	return out
}

var debugCtx context.Context

var reloadAfter = flag.Duration("reload-after", time.Second, "how long the first visit goes on once the service worker has app.wasm (the engine's warm-up and V8's caching of optimised code run then)")

var each = flag.Bool("each", false, "print every paste's times (to see the engine warm up)")

var timeline = flag.Bool("timeline", false, "print the timeline of the first profile's visits at each speed: the page's marks and the main thread's long tasks")

var timelined = map[float64]bool{}

// printTimeline prints, in ms since navigation, app.wasm's download, the
// page's marks (User Timing: the probes' and the app's, mark in app/) and
// every main-thread task over 50 ms, in order.
func printTimeline(ctx context.Context, title string) { printTimelineSince(ctx, title, 0) }

func printTimelineSince(ctx context.Context, title string, since float64) {
	var events [][]any
	check(chromedp.Run(ctx, chromedp.Evaluate(`((since) => {
		const ev = [];
		for (const r of performance.getEntriesByType('resource')) if (r.name.endsWith('/app.wasm')) ev.push([r.fetchStart, 'app.wasm fetched in ' + Math.round(r.responseEnd - r.fetchStart) + ' ms, ' + r.transferSize + ' bytes over the network']);
		for (const m of performance.getEntriesByType('mark')) ev.push([m.startTime, m.name]);
		for (const [s, d] of window.__tasks) ev.push([s, 'main thread blocked ' + Math.round(d) + ' ms (until ' + Math.round(s + d) + ')']);
		for (const [s, name] of (window.whosaidWorkerMarks || [])) ev.push([s, 'worker: ' + name]);
		ev.sort((a, b) => a[0] - b[0]);
		return ev.filter(e => e[0] >= since);
	})(`+fmt.Sprint(since)+`)`, &events)), "timeline")
	fmt.Printf("timeline of the %s (ms since navigation):\n", title)
	for _, e := range events {
		fmt.Printf("  %6.0f  %v\n", e[0], e[1])
	}
}

// jsFlags passes V8 flags to Chromium, to try what the browser could do
// (e.g. --no-wasm-lazy-compilation); the report is of Chromium as shipped.
var jsFlags = flag.String("js-flags", "", "V8 flags for experiments")

func waitJS(cond string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		for start := time.Now(); time.Since(start) < 2*time.Minute; time.Sleep(20 * time.Millisecond) {
			var ok bool
			err := chromedp.Evaluate(cond, &ok, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }).Do(ctx)
			if err == nil && ok {
				return nil
			}
		}
		return fmt.Errorf("timed out waiting for %s", cond)
	})
}

func check(err error, context string) {
	if err != nil && debugCtx != nil {
		var buf []byte
		var html string
		_ = chromedp.Run(debugCtx, chromedp.CaptureScreenshot(&buf), chromedp.Evaluate(`document.body.innerText.slice(0, 500)`, &html))
		_ = os.WriteFile("/tmp/bench-fail.png", buf, 0o644)
		fmt.Fprintln(os.Stderr, "page says:", html)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err, context)
		os.Exit(1)
	}
}

func visitTitle(which string, rate float64) string {
	if rate == 1 {
		return which + " visit, CPU unslowed"
	}
	return fmt.Sprintf("%s visit, CPU %g× slower", which, rate)
}

// dirMB is the size of the files under dir, in MB.
func dirMB(dir string) float64 {
	var n int64
	_ = filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return float64(n) / 1e6
}
