// Command wasmoverlay writes the overlay (go build -overlay) with which the
// page is compiled to WebAssembly without what only go-app's server uses.
// go-app v10.1.11's http.go (its server) and resource.go (the server's
// resource resolvers) import net/http in the browser build too: a sixth of
// app.wasm's code, whose package inits run on the page's thread and on the
// engine worker's, and which V8 compiles. route.go keeps regexp's compiler
// in for routes by regular expression, crypto.go AES for encrypted states;
// the page uses neither. The overlay swaps in _goapp/'s files, which keep
// only what the page uses of these four. A fifth, engine.go, is go-app's
// own with one change to its event loop: a frame is drawn as soon as the
// queued dispatches have run, not at the loop's next tick (8 ms later at
// most, and more on a busy page): the engine's reply waited there before it
// was drawn. (_goapp: the go tool leaves the directory alone; its files are
// go-app's package, compiled only in it.)
//
// go build refuses to overlay files in the module cache, so the overlay
// also shows go-app at a directory of its own (DIR/go-app, which exists
// only in the overlay: each file maps to the module cache's, nothing is
// copied) and replaces go.mod with one whose replace directive points
// there. The server (the native build) uses go-app untouched.
//
// It fails when go-app's files are not the ones _goapp/ was written for (a
// go-app upgrade: see what its browser side uses from them now, update
// _goapp/ and the sums below) and when the page would still depend on
// net/http with the overlay.
//
//	go run ./build/wasmoverlay -dir build/wasmoverlay/gen ./app
//	GOOS=js GOARCH=wasm go build -overlay=build/wasmoverlay/gen/overlay.json ./app
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const goApp = "github.com/maxence-charriere/go-app/v10"

// replaced are go-app's files the browser build gets from _goapp/, each with
// the sha256 of the file _goapp/ was written for.
var replaced = map[string]string{
	"pkg/app/http.go":     "0601189a9f611378e9b24ab4bdf42780a03cbf95c1bbebd4171b523ddbe9a32d",
	"pkg/app/resource.go": "6b52ab4ec2f4171d403384bffe159e9ec22699933e768ef5868f2851a1b84baa",
	"pkg/app/route.go":    "3252c7f2876cba69c3fbb203b0b4d5770ddd4651cdaf3ad69e5c33bfd1ccf5bd",
	"pkg/app/crypto.go":   "c0fc14126207dc9fa15fb8869bd882874486654919835dc35d5bef8a6122aa97",
	"pkg/app/engine.go":   "8400019d85d00fb6a904a9214ab78e1874ead07bb7ec719c2c254955864db5b2",
}

// cut are packages the page must not depend on with the overlay.
var cut = []string{"net/http", "crypto/tls", "crypto/x509", "regexp/syntax", "crypto/aes"}

func main() {
	dir := flag.String("dir", "build/wasmoverlay/gen", "where to write overlay.json and the go.mod it uses")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmoverlay [-dir DIR] PACKAGE (the page's package, checked against net/http)")
		os.Exit(2)
	}
	overlay, err := write(*dir)
	if err == nil {
		err = check(overlay, flag.Arg(0))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmoverlay:", err)
		os.Exit(1)
	}
}

// write writes DIR/overlay.json and the go.mod it uses, and returns the
// overlay's path.
func write(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	info, err := goOutput(nil, "list", "-m", "-f", "{{.Dir}}\t{{.Version}}\t{{.GoMod}}", goApp)
	if err != nil {
		return "", err
	}
	fields := strings.Split(strings.TrimSpace(info), "\t")
	if len(fields) != 3 || fields[0] == "" {
		return "", fmt.Errorf("go list -m %s: %q", goApp, info)
	}
	moduleDir, version := fields[0], fields[1]
	mainMod, err := goOutput(nil, "env", "GOMOD")
	if err != nil {
		return "", err
	}
	mainMod = strings.TrimSpace(mainMod)

	source, err := sourceDir()
	if err != nil {
		return "", err
	}
	for name, sum := range replaced {
		b, err := os.ReadFile(filepath.Join(moduleDir, name))
		if err != nil {
			return "", fmt.Errorf("go-app %s has no %s: build/wasmoverlay was written for v10.1.11 and no longer fits: %v", version, name, err)
		}
		if got := sha256.Sum256(b); hex.EncodeToString(got[:]) != sum {
			return "", fmt.Errorf("go-app %s's %s is not the one build/wasmoverlay/_goapp replaces (written for v10.1.11): see what go-app's browser side uses from it now, update build/wasmoverlay/_goapp and the sum in build/wasmoverlay/main.go", version, name)
		}
	}

	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	virtual := filepath.Join(dir, "go-app")
	files := map[string]string{filepath.Join(virtual, "go.mod"): filepath.Join(moduleDir, "go.mod")}
	err = filepath.WalkDir(filepath.Join(moduleDir, "pkg"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		rel, _ := filepath.Rel(moduleDir, path)
		files[filepath.Join(virtual, rel)] = path
		return nil
	})
	if err != nil {
		return "", err
	}
	for name := range replaced {
		files[filepath.Join(virtual, name)] = filepath.Join(source, "_goapp", filepath.Base(name))
	}

	mod, err := os.ReadFile(mainMod)
	if err != nil {
		return "", err
	}
	if bytes.Contains(mod, []byte("replace "+goApp)) || bytes.Contains(mod, []byte("\t"+goApp+" =>")) {
		return "", fmt.Errorf("%s already replaces %s: the overlay's replace directive would clash", mainMod, goApp)
	}
	mod = append(mod, fmt.Sprintf("\n// The page's build (build/wasmoverlay): go-app without its server.\nreplace %s => %s\n", goApp, virtual)...)
	browserMod := filepath.Join(dir, "page.mod") // not go.mod: no module on disk here
	if err := os.WriteFile(browserMod, mod, 0o644); err != nil {
		return "", err
	}
	files[mainMod] = browserMod

	b, err := json.MarshalIndent(struct{ Replace map[string]string }{files}, "", "\t")
	if err != nil {
		return "", err
	}
	overlay := filepath.Join(dir, "overlay.json")
	return overlay, os.WriteFile(overlay, append(b, '\n'), 0o644)
}

// check fails when the page, built with the overlay, still depends on a
// package the overlay is there to cut.
func check(overlay, pkg string) error {
	deps, err := goOutput([]string{"GOOS=js", "GOARCH=wasm"}, "list", "-overlay="+overlay, "-deps", pkg)
	if err != nil {
		return err
	}
	for _, p := range strings.Fields(deps) {
		for _, c := range cut {
			if p == c {
				return fmt.Errorf("%s still depends on %s with the overlay (GOOS=js GOARCH=wasm go list -deps): a go-app file or one of ours imports it in the browser build", pkg, c)
			}
		}
	}
	return nil
}

// sourceDir is this command's directory, where _goapp/ is.
func sourceDir() (string, error) {
	out, err := goOutput(nil, "list", "-f", "{{.Dir}}", "github.com/whosaid/whosaid/build/wasmoverlay")
	return strings.TrimSpace(out), err
}

func goOutput(env []string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out), nil
}
