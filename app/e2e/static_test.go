package e2e

import (
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// make build's output is served here by a plain file server, as a static
// host would: no whosaid server runs.
func TestStaticSiteAnnotatesWithoutTheServer(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	gen := exec.Command(filepath.Join(site, "whosaid"), "-static", out)
	gen.Dir = site
	if b, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("static build: %v\n%s", err, b)
	}
	host := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer host.Close()

	ctx, requests := newBrowser(t)
	var quotes []quote
	err := chromedp.Run(ctx,
		openAndPaste(host.URL),
		chromedp.Evaluate(readQuotes, &quotes),
	)
	if err != nil {
		t.Fatal(err)
	}
	if len(quotes) != 4 {
		t.Errorf("the static site shows %d quotations, want 4: %+v", len(quotes), quotes)
	}
	assertOnlyOwnRequests(t, host.URL, requests.all())
}
