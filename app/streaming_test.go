//go:build !wasm

package main

import (
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The loader go-app generates is served, and written to a static site,
// fetching app.wasm directly (so Chromium streams and can cache the
// compiled module) and leaving the service worker to the page. If a go-app
// upgrade changes the loader, this fails.
func TestLoaderFetchesWasmDirectly(t *testing.T) {
	srv := httptest.NewServer(withDirectWasmFetch(newHandler()))
	defer srv.Close()
	res, err := srv.Client().Get(srv.URL + "/app.js")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	js := string(body)
	if !strings.Contains(js, string(directFetch)) || strings.Contains(js, string(progressFetch)) {
		t.Errorf("served app.js does not fetch the wasm directly")
	}
	if strings.Contains(js, string(earlyWorker)) || !strings.Contains(js, "async function goappInitServiceWorker") {
		t.Errorf("served app.js registers the service worker before the page starts, or lost the function the page calls")
	}
	if !strings.Contains(js, string(startEngineAndPage)) {
		t.Errorf("served app.js does not hand the compiled module to the engine's worker")
	}
	if res.Header.Get("Content-Length") != strconv.Itoa(len(body)) {
		t.Errorf("Content-Length %s for %d bytes", res.Header.Get("Content-Length"), len(body))
	}

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.js"), newHandlerJS(t), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := patchStaticLoader(dir); err != nil {
		t.Fatal(err)
	}
	static, _ := os.ReadFile(filepath.Join(dir, "app.js"))
	if !strings.Contains(string(static), string(directFetch)) {
		t.Error("the static site's app.js is not patched")
	}
}

// newHandlerJS is go-app's own app.js, unpatched.
func newHandlerJS(t *testing.T) []byte {
	srv := httptest.NewServer(newHandler())
	defer srv.Close()
	res, err := srv.Client().Get(srv.URL + "/app.js")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if _, ok := patchLoader(b); !ok {
		t.Fatal("go-app's app.js no longer has the call this project patches: look at streaming.go")
	}
	return b
}
