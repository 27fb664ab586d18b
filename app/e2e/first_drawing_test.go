package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// firstDrawingJS notes what the app's first drawing shows: the first time
// the page changes after the app has taken over from the server's page
// (window.whosaidStarted), the status line and the highlighted quotations.
const firstDrawingJS = `new MutationObserver((_, obs) => {
	if (window.whosaidStarted === undefined) return;
	obs.disconnect();
	const st = document.querySelector('.status');
	window.__firstDrawing = {status: st ? st.textContent : '', quotes: document.querySelectorAll('[data-quote]').length};
}).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});`

// The example on a first visit, and the article kept at the last visit
// after a reload, are highlighted in the app's first drawing: the page the
// server sent never turns into a plain article while the app starts.
func TestFirstDrawingIsHighlighted(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	type drawing struct {
		Status string `json:"status"`
		Quotes int    `json:"quotes"`
	}
	var first, reloaded drawing
	err := chromedp.Run(ctx,
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(firstDrawingJS).Do(ctx)
			return err
		}),
		chromedp.Navigate(srv.URL+"/"),
		waitFor(`window.__firstDrawing !== undefined`, 90*time.Second),
		chromedp.Evaluate(`window.__firstDrawing`, &first),
		waitFor(`document.querySelector('[data-speaker="Elena Vargas"]') !== null`, 90*time.Second),
		chromedp.Evaluate(pasteJS(testArticle), nil),
		waitFor(`document.querySelector('[data-speaker="Ana Lindqvist"]') !== null`, 60*time.Second),
		chromedp.Sleep(500*time.Millisecond), // the document is kept once shown
		chromedp.Reload(),
		waitFor(`window.__firstDrawing !== undefined`, 90*time.Second),
		chromedp.Evaluate(`window.__firstDrawing`, &reloaded),
	)
	if err != nil {
		t.Fatal(err)
	}
	if first.Quotes == 0 {
		t.Errorf("a first visit's first drawing shows no quotation (status %q)", first.Status)
	}
	if reloaded.Quotes != 4 {
		t.Errorf("after a reload the first drawing shows %d quotations, want the kept article's 4 (status %q)", reloaded.Quotes, reloaded.Status)
	}
}
