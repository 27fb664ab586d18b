//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The server sends the smallest copy of app.wasm the browser can read, as
// application/wasm (streaming compilation needs it), and never a copy
// older than the wasm itself.
func TestPrecompressedWasm(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("web", 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range [][2]string{{"app.wasm", "raw"}, {"app.wasm.gz", "gz"}, {"app.wasm.br", "br"}} { // the wasm first, as make writes them
		if err := os.WriteFile(filepath.Join("web", f[0]), []byte(f[1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("raw")) })
	h := withPrecompressedWasm(raw)
	get := func(accept string) (encoding, body string) {
		req := httptest.NewRequest("GET", "/web/app.wasm", nil)
		req.Header.Set("Accept-Encoding", accept)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if enc := rec.Header().Get("Content-Encoding"); enc != "" && rec.Header().Get("Content-Type") != "application/wasm" {
			t.Errorf("%s copy sent as %q, not application/wasm", enc, rec.Header().Get("Content-Type"))
		}
		return rec.Header().Get("Content-Encoding"), rec.Body.String()
	}
	for _, c := range []struct{ accept, encoding, body string }{
		{"gzip, deflate, br, zstd", "br", "br"},
		{"gzip, deflate", "gzip", "gz"},
		{"", "", "raw"},
	} {
		if enc, body := get(c.accept); enc != c.encoding || body != c.body {
			t.Errorf("Accept-Encoding %q: got %q encoding with %q, want %q with %q", c.accept, enc, body, c.encoding, c.body)
		}
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join("web", "app.wasm.br"), old, old); err != nil {
		t.Fatal(err)
	}
	if enc, _ := get("gzip, br"); enc != "gzip" {
		t.Errorf("a brotli copy older than app.wasm was sent (encoding %q)", enc)
	}
}
