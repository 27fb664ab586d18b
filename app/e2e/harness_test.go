package e2e

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/whosaid/whosaid/build/chromium"
)

// site is a folder laid out like the repository root for the server: the
// server binary and web/ with a freshly built app.wasm.
var site string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "whosaid-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	site = dir
	err = buildSite(dir)
	code := 1
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: building the app failed:", err)
	} else {
		code = m.Run()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildSite compiles the page and the server as `make run` does.
func buildSite(dir string) error {
	root, err := filepath.Abs("../..")
	if err != nil {
		return err
	}
	web := filepath.Join(dir, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(filepath.Join(root, "web"))
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), "app.wasm") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, "web", e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(web, e.Name()), b, 0o644); err != nil {
			return err
		}
	}
	// without go-app's server, as make wasm builds it (build/wasmoverlay)
	overlay := exec.Command("go", "run", "./build/wasmoverlay", "-dir", filepath.Join(dir, "wasmoverlay"), "./app")
	overlay.Dir = root
	if out, err := overlay.CombinedOutput(); err != nil {
		return fmt.Errorf("wasm overlay: %v\n%s", err, out)
	}
	wasm := exec.Command("go", "build", "-overlay="+filepath.Join(dir, "wasmoverlay", "overlay.json"), "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(web, "app.wasm"), "./app")
	wasm.Dir = root
	wasm.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := wasm.CombinedOutput(); err != nil {
		return fmt.Errorf("wasm: %v\n%s", err, out)
	}
	server := exec.Command("go", "build", "-o", filepath.Join(dir, "whosaid"), "./app")
	server.Dir = root
	if out, err := server.CombinedOutput(); err != nil {
		return fmt.Errorf("server: %v\n%s", err, out)
	}
	return gzipFile(filepath.Join(web, "app.wasm"))
}

func gzipFile(path string) error {
	in, err := os.Open(path)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(path + ".gz")
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(out, gzip.BestSpeed)
	if _, err := io.Copy(zw, in); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return out.Close()
}

// server is one running instance of the app's server on a free port.
type server struct {
	URL string
	cmd *exec.Cmd
}

func startServer(t *testing.T) *server {
	t.Helper()
	return startServerAt(t, "127.0.0.1:0")
}

// startServerAt starts the server on a given address (the same address
// again is the same origin, with the same storage and service worker).
func startServerAt(t *testing.T, addr string) *server {
	t.Helper()
	cmd := exec.Command(filepath.Join(site, "whosaid"), "-addr", addr)
	cmd.Dir = site
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &server{cmd: cmd}
	t.Cleanup(s.Stop)
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("server printed no address: %v", err)
	}
	i := strings.Index(line, "http://")
	if i < 0 {
		t.Fatalf("server printed %q, not its address", line)
	}
	s.URL = strings.TrimSuffix(strings.TrimSpace(line[i:]), "/")
	return s
}

// Stop ends the server, as a network outage would.
func (s *server) Stop() {
	if s.cmd.Process != nil {
		_ = s.cmd.Process.Kill()
		_, _ = s.cmd.Process.Wait()
	}
}

// chromePath is Debian's Chromium unless CHROME says otherwise.
func chromePath(t *testing.T) string {
	if p := os.Getenv("CHROME"); p != "" {
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatal("no Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROME")
	return ""
}

// requestLog records every URL the page asks for.
type requestLog struct {
	mu   sync.Mutex
	urls []string
}

func (l *requestLog) add(u string) {
	l.mu.Lock()
	l.urls = append(l.urls, u)
	l.mu.Unlock()
}

func (l *requestLog) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.urls...)
}

// newBrowser starts a headless Chromium with a fresh profile and records
// the page's requests.
func newBrowser(t *testing.T) (context.Context, *requestLog) {
	t.Helper()
	profile, err := os.MkdirTemp("", "whosaid-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := chromium.Options(chromePath(t), profile)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() {
		// Cancel waits for Chromium to exit before its profile is removed.
		_ = chromedp.Cancel(ctx)
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
		os.RemoveAll(profile)
	})
	log := &requestLog{}
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			log.add(e.Request.URL)
		}
	})
	if err := chromedp.Run(ctx, network.Enable()); err != nil {
		t.Fatal("starting Chromium:", err)
	}
	return ctx, log
}

// waitFor evaluates a JavaScript condition (a value or a promise) until it
// is true. chromedp.Poll is not used: it builds its predicate with
// new Function, which the page's Content-Security-Policy forbids.
func waitFor(cond string, timeout time.Duration) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		deadline := time.Now().Add(timeout)
		var lastErr error
		for {
			var ok bool
			err := chromedp.Evaluate(cond, &ok, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
				return p.WithAwaitPromise(true)
			}).Do(ctx)
			if err == nil && ok {
				return nil
			}
			if err != nil {
				lastErr = err
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("waited %v for %s (last error: %v)", timeout, cond, lastErr)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
}

// offlineReady waits until the service worker controls the page and has
// app.wasm in its cache: from then on the app starts without the server.
func offlineReady() chromedp.Action {
	return waitFor(`(async () => { for (const k of await caches.keys()) {
		if (await (await caches.open(k)).match('/web/app.wasm')) return navigator.serviceWorker.controller !== null; }
		return false; })()`, 60*time.Second)
}

// openAndPaste opens the app, waits for the engine to annotate the built-in
// example, pastes the test article and waits for its speakers.
func openAndPaste(url string) chromedp.Tasks {
	return chromedp.Tasks{
		chromedp.Navigate(url + "/"),
		waitFor(`document.querySelectorAll('[data-quote]').length > 0`, 90*time.Second),
		paste(testArticle),
		waitFor(`document.querySelector('[data-speaker="Ana Lindqvist"]') !== null`, 20*time.Second),
	}
}
