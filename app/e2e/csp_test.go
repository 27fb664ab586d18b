package e2e

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The page may connect to its own origin only: the server sends the policy,
// and the static build carries it in a meta tag.
func TestContentSecurityPolicy(t *testing.T) {
	srv := startServer(t)
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"connect-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "default-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("the server's policy %q lacks %q", csp, want)
		}
	}

	out := filepath.Join(t.TempDir(), "site")
	gen := exec.Command(filepath.Join(site, "whosaid"), "-static", out)
	gen.Dir = site
	if b, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("static build: %v\n%s", err, b)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(index), `http-equiv="Content-Security-Policy"`) || !strings.Contains(string(index), "connect-src &#39;self&#39;") && !strings.Contains(string(index), "connect-src 'self'") {
		t.Errorf("the static index.html carries no connect-src policy")
	}

	// In the browser, a request elsewhere is refused by the policy.
	ctx, _ := newBrowser(t)
	var directive string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		waitFor(`document.querySelectorAll('[data-quote]').length > 0`, 90*time.Second),
		chromedp.Evaluate(`new Promise(resolve => {
			document.addEventListener('securitypolicyviolation', e => resolve(e.effectiveDirective));
			fetch('http://127.0.0.1:9/leak?text=article').catch(() => {});
			setTimeout(() => resolve('none'), 5000);
		})`, &directive, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
	)
	if err != nil {
		t.Fatal(err)
	}
	if directive != "connect-src" {
		t.Errorf("a fetch to another origin was not refused by connect-src (violation: %q)", directive)
	}
}
