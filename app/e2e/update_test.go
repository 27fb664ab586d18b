package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A new version of the app arrives while an article is open: the page
// offers to reload, and neither the update nor the reload loses the article.
func TestAppUpdateKeepsTheArticle(t *testing.T) {
	first := startServer(t)
	addr := strings.TrimPrefix(first.URL, "http://")
	ctx, _ := newBrowser(t)
	err := chromedp.Run(ctx,
		openAndPaste(first.URL),
		offlineReady(),
	)
	if err != nil {
		t.Fatal(err)
	}

	// A new build: the server names its version after app.wasm's time.
	first.Stop()
	wasm := filepath.Join(site, "web", "app.wasm")
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(wasm, later, later); err != nil {
		t.Fatal(err)
	}
	startServerAt(t, addr)

	var text string
	err = chromedp.Run(ctx,
		chromedp.Reload(),
		waitFor(`document.querySelector('#reload') !== null`, 60*time.Second),
		chromedp.Value(`textarea#article`, &text, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal("the update was not offered:", err)
	}
	if text != testArticle {
		t.Errorf("when the update is offered the article box holds %q", text)
	}
	err = chromedp.Run(ctx,
		chromedp.Click(`#reload`, chromedp.ByQuery),
		waitFor(`document.querySelector('[data-speaker="Marco Bellini"]') !== null && document.querySelector('#reload') === null`, 60*time.Second),
		chromedp.Value(`textarea#article`, &text, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal("after the reload:", err)
	}
	if text != testArticle {
		t.Errorf("after the update the article box holds %q", text)
	}
}
