//go:build !wasm

package main

import (
	"encoding/base64"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// serve serves the app's static files on the loopback address, or with
// -static writes them to a folder any static host can serve.
func serve() {
	addr := flag.String("addr", "127.0.0.1:8000", "address to serve on")
	static := flag.String("static", "", "write a static website to this folder and exit")
	flag.Parse()

	h := newHandler()
	if *static != "" {
		if err := buildStatic(*static, h); err != nil {
			log.Fatal(err)
		}
		fmt.Println("static website written to", *static)
		return
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	// Tests read this line to learn the port when -addr ends in :0.
	fmt.Printf("whosaid is running at http://%s/\n", ln.Addr())
	log.Fatal(http.Serve(ln, withSecurityHeaders(withPrecompressedWasm(withDirectWasmFetch(h)))))
}

// newHandler describes the page. Every resource is local: go-app's default
// icons live on the internet, which would break offline start-up.
func newHandler() *app.Handler {
	h := &app.Handler{
		Name:            "whosaid",
		ShortName:       "whosaid",
		Title:           "whosaid — who is quoted in this article?",
		Description:     "Highlights the people, organisations, places and dates in a news article, and every quotation with who said it. Runs entirely in your browser.",
		Lang:            "en",
		BackgroundColor: "#ffffff",
		ThemeColor:      "#0b5c6b",
		LoadingLabel:    "Loading whosaid…",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			SVG:      "/web/icon.svg",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
		},
		Styles: []string{"/web/whosaid.css"},
		// go-app precaches the PNG icons but not the SVG one, nor what
		// RawHeaders loads.
		CacheableResources: []string{"/web/icon.svg", "/web/storage-shim.js", "/web/boot.js", "/web/engine.js"},
		RawHeaders: []string{
			// The same policy as the server's header, for static hosts
			// that send no headers of their own.
			`<meta http-equiv="Content-Security-Policy" content="` + metaContentSecurityPolicy + `">`,
			// The page is usable before WebAssembly has started: boot.js
			// keeps what is typed meanwhile, and go-app's full-page
			// "Loading" cover stays hidden unless loading failed (it then
			// stops spinning and shows the error).
			`<script src="/web/boot.js" defer></script>`,
			// Deferred, not in go-app's Scripts (which would stop the
			// page's parsing until it is fetched): it only has to run
			// before the wasm, which starts long after.
			`<script src="/web/storage-shim.js" defer></script>`,
			`<style>#app-wasm-loader:has(.goapp-spin){display:none}</style>`,
			exampleDocument(),
		},
		Env: map[string]string{},
	}
	if st, err := os.Stat(filepath.Join("web", "app.wasm")); err == nil {
		// go-app's progress count needs the real size when the wasm is
		// sent compressed.
		h.WasmContentLength = strconv.FormatInt(st.Size(), 10)
		h.Version = strconv.FormatInt(st.ModTime().UnixNano(), 36)
	}
	return h
}

// exampleDocument is the engine's document of the example, for the page to
// show before its engine has started (remembered.go): annotated here, by
// the same engine and version as the page's, in the worker's wire form
// (wire.go) as base64, which cannot end the script element.
func exampleDocument() string {
	doc := annotatedExample()
	if doc == nil {
		return ""
	}
	b := base64.StdEncoding.EncodeToString(encodeDocument(doc, exampleArticle))
	return `<script type="application/octet-stream" id="` + exampleDocID + `">` + b + `</script>`
}

// annotatedExample annotates the example once, for the document written
// into the page and for the page's preview (firstArticle).
var annotatedExample = sync.OnceValue(func() *extract.Document {
	doc, err := extract.Annotate(exampleArticle)
	if err != nil {
		log.Printf("the example could not be annotated: %v", err)
		return nil
	}
	return doc
})

func init() { serverExample = annotatedExample }

// withPrecompressedWasm serves web/app.wasm.br or web/app.wasm.gz (written
// by make) to browsers that accept them: a quarter, or a third, of the
// bytes of the raw file.
func withPrecompressedWasm(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/web/app.wasm" {
			accepts := r.Header.Get("Accept-Encoding")
			for _, enc := range []struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}} {
				if strings.Contains(accepts, enc.name) && servePrecompressed(w, enc.name, filepath.Join("web", "app.wasm"+enc.suffix)) {
					return
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}

// servePrecompressed sends a compressed copy of app.wasm, if there is one
// as new as the wasm (a copy left from an older build is not sent). The
// type is what lets the browser compile while the bytes arrive
// (WebAssembly.instantiateStreaming).
func servePrecompressed(w http.ResponseWriter, encoding, path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	raw, rawErr := os.Stat(filepath.Join("web", "app.wasm"))
	if err != nil || rawErr == nil && st.ModTime().Before(raw.ModTime()) {
		return false
	}
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("Content-Encoding", encoding)
	w.Header().Set("Vary", "Accept-Encoding")
	w.Header().Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	_, _ = io.Copy(w, f)
	return true
}

// contentSecurityPolicy lets the page load and connect to its own origin
// only: the article cannot be sent anywhere, and injected markup cannot run.
// 'wasm-unsafe-eval' is what compiling app.wasm needs.
const metaContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
	"worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

// frame-ancestors only works as a header.
const contentSecurityPolicy = metaContentSecurityPolicy + "; frame-ancestors 'none'"

// withSecurityHeaders keeps the article on the device: scripts and
// connections may only reach this origin.
func withSecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

// buildStatic writes the website with go-app's generator, which writes the
// pages and scripts but not web/: that is copied beside them.
func buildStatic(dir string, h *app.Handler) error {
	if err := os.MkdirAll(filepath.Join(dir, "web"), 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, h); err != nil {
		return err
	}
	if err := patchStaticLoader(dir); err != nil {
		return err
	}
	entries, err := os.ReadDir("web")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join("web", e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "web", e.Name()), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
