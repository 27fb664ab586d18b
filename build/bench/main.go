// Command bench measures whosaid where users run it and prints one report:
// the engine in WebAssembly under Node beside compromise (a JavaScript
// library) on the same article, then, in Debian's Chromium against the real
// server, page cold start (first and second visit), engine start, the
// in-page annotation time of a 900-word article, a 50,000-word document
// with the longest main-thread block, the engine's heap and the bytes
// transferred. `make bench` runs it after the Go benchmarks.
package main

import (
	"bufio"
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
	runs := flag.Int("runs", 15, "annotations of the article in the page")
	flag.Parse()

	article := benchtext.Article()
	fmt.Printf("article: %d words; long document: %d words\n", len(strings.Fields(article)), len(strings.Fields(benchtext.Long(50000))))
	wasmNode := wasmUnderNode()
	fmt.Printf("engine in WebAssembly under Node: %.2f ms per article\n", wasmNode)
	if *compromiseDir != "" {
		ms := compromiseMs(*compromiseDir, article)
		fmt.Printf("compromise under Node, same article: %.2f ms (whosaid is %.1fx faster)\n", ms, ms/wasmNode)
	}
	browser(*chrome, article, *runs)
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

// pageProbes run before the page's own scripts: when the first annotation
// appears, and the longest task that held the main thread.
const pageProbes = `
window.__longest = 0;
try { new PerformanceObserver(l => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({entryTypes: ['longtask']}); } catch (e) {}
window.__firstAnnotation = new Promise(resolve => {
  const look = () => document.querySelector('[data-quote]') ? resolve(performance.now()) : setTimeout(look, 5);
  look();
});`

func browser(chrome, article string, runs int) {
	srv := exec.Command("bin/whosaid", "-addr", "127.0.0.1:0")
	stdout, err := srv.StdoutPipe()
	check(err, "")
	check(srv.Start(), "start bin/whosaid (make server)")
	defer srv.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	check(err, line)
	url := strings.TrimSuffix(strings.TrimSpace(line[strings.Index(line, "http://"):]), "/")

	profile, _ := os.MkdirTemp("", "whosaid-bench-")
	defer os.RemoveAll(profile)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), chromium.Options(chrome, profile)...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 4*time.Minute)
	defer cancel()
	debugCtx = ctx

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
	await := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

	var first, second, engine, heap float64
	check(chromedp.Run(ctx,
		network.Enable(),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(pageProbes).Do(ctx)
			return err
		}),
		chromedp.Navigate(url+"/"),
		waitJS(`document.querySelector('[data-quote]') !== null`),
		chromedp.Evaluate(`window.__firstAnnotation`, &first, await),
		chromedp.Evaluate(`+document.querySelector('.status').dataset.engineMs`, &engine),
		chromedp.Evaluate(`+document.querySelector('.status').dataset.heapMb`, &heap),
	), "first visit")
	time.Sleep(time.Second) // let the late requests of the first visit finish
	firstBytes := total()
	check(chromedp.Run(ctx,
		waitJS(`(async () => { for (const k of await caches.keys()) if (await (await caches.open(k)).match('/web/app.wasm')) return true; return false; })()`),
		chromedp.Reload(),
		chromedp.Evaluate(`window.__firstAnnotation`, &second, await),
	), "second visit")
	fmt.Printf("page cold start to first annotation: first visit %.0f ms, second visit (service worker) %.0f ms\n", first, second)
	fmt.Printf("engine start in the page (models ready): %.1f ms; engine heap after start: %.1f MB\n", engine, heap)
	fmt.Printf("transferred on the first visit: %.2f MB\n", firstBytes/1e6)

	var times []float64
	for i := 0; i < runs; i++ {
		text := article + fmt.Sprintf("\n\nRun %d.\n", i)
		ms := pasteAndTime(ctx, text)
		times = append(times, ms)
	}
	sort.Float64s(times)
	fmt.Printf("900-word article annotated in the page: median %.2f ms (min %.2f, max %.2f, %d runs)\n", times[len(times)/2], times[0], times[len(times)-1], runs)

	var longest float64
	check(chromedp.Run(ctx, chromedp.Evaluate(`window.__longest = 0`, nil)), "")
	long := pasteAndTime(ctx, benchtext.Long(50000))
	check(chromedp.Run(ctx, chromedp.Evaluate(`window.__longest`, &longest)), "")
	fmt.Printf("50,000-word document: annotated in %.0f ms in the page; longest main-thread block %.0f ms\n", long, longest)
}

// pasteAndTime pastes text and returns the engine time the page reports.
func pasteAndTime(ctx context.Context, text string) float64 {
	js, _ := json.Marshal(text)
	var ms, run float64
	check(chromedp.Run(ctx,
		chromedp.Evaluate(`+document.querySelector('.status').dataset.shownRun`, &run),
		chromedp.Evaluate(`(() => { const t = document.querySelector('textarea#article'); t.value = `+string(js)+`;
			t.dispatchEvent(new Event('input', {bubbles: true})); })()`, nil),
		// the page's run counter moves when this text is on the page; the
		// pause first lets the page take the paste (a wait without it was
		// seen to pass on the old counter)
		chromedp.Sleep(2*time.Second),
		waitJS(fmt.Sprintf(`+document.querySelector('.status').dataset.shownRun >= %d`, int(run)+1)),
		chromedp.Evaluate(`+document.querySelector('.status').dataset.annotateMs`, &ms),
	), "paste")
	return ms
}

var debugCtx context.Context

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
