//go:build !wasm

package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
)

// go-app's loader (app.js) fetches app.wasm through a JavaScript stream it
// builds to report download progress. That copy costs a JS call per chunk
// and, having no URL, keeps Chromium from caching the compiled module, so
// every visit compiles 10 MB of wasm again (~0.5 s here). The loader is
// go-app's generated script, so it is patched where it is served and where
// the static site is written: the wasm is fetched directly, and the
// loading label carries no percentage.
var (
	progressFetch = []byte(`fetchWithProgress("/web/app.wasm", showProgress)`)
	directFetch   = []byte(`fetch("/web/app.wasm")`)
)

// The loader also registers the service worker first thing, and on a first
// visit its install (fetching and storing every file again, app.wasm
// included) competes with compiling and starting the page for these two
// cores. The page registers it itself once the first annotation is shown
// (startServiceWorker).
var (
	earlyWorker = []byte("\ngoappInitServiceWorker();\n")
	noWorker    = []byte("\n")
)

// The engine runs in a Web Worker, on the same compiled module: the loader
// hands it over (web/boot.js starts the worker) and waits for the worker
// to have it before it runs the page's Go, so the models load while the
// page draws.
var (
	runPage            = []byte("go.run(wasm.instance);")
	startEngineAndPage = []byte("if (window.whosaidStartEngine) await whosaidStartEngine(wasm.module);\n    go.run(wasm.instance);")
)

// patchLoader returns app.js fetching the wasm directly, leaving the
// service worker to the page and starting the engine's worker, and whether
// the calls it replaces were all there (a go-app upgrade may change them).
func patchLoader(js []byte) ([]byte, bool) {
	if !bytes.Contains(js, progressFetch) || !bytes.Contains(js, earlyWorker) || !bytes.Contains(js, runPage) {
		return js, false
	}
	js = bytes.Replace(js, progressFetch, directFetch, 1)
	js = bytes.Replace(js, runPage, startEngineAndPage, 1)
	return bytes.Replace(js, earlyWorker, noWorker, 1), true
}

// withDirectWasmFetch serves go-app's app.js patched.
func withDirectWasmFetch(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/app.js" {
			next.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, r)
		body, _ := patchLoader(rec.Body.Bytes())
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(rec.Code)
		_, _ = w.Write(body)
	})
}

// patchStaticLoader patches the app.js of a static website.
func patchStaticLoader(dir string) error {
	path := filepath.Join(dir, "app.js")
	js, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	js, _ = patchLoader(js)
	return os.WriteFile(path, js, 0o644)
}
