package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// The page takes an article before its engine has started: app.wasm is
// held back until the reader has pasted and typed into the box the server
// sent, and once the engine runs, that text is the one annotated, with the
// caret still in the box.
func TestTextTypedBeforeTheEngineStartsIsAnnotated(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	held := make(chan fetch.RequestID, 1)
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			held <- e.RequestID
		}
	})
	var wasm fetch.RequestID
	var before, status, box, focused string
	const typed = " Bellini said he would appeal."
	err := chromedp.Run(ctx,
		fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*/web/app.wasm", RequestStage: fetch.RequestStageRequest}}),
		chromedp.Navigate(srv.URL+"/"),
		chromedp.ActionFunc(func(ctx context.Context) error {
			select {
			case wasm = <-held:
				return nil
			case <-time.After(30 * time.Second):
				return context.DeadlineExceeded
			case <-ctx.Done():
				return ctx.Err()
			}
		}),
		waitFor(`window.whosaidEarly !== undefined`, 10*time.Second),
		chromedp.Evaluate(`document.querySelector('#article').value`, &before),
		chromedp.Evaluate(`document.querySelector('.status').textContent`, &status),
		// a paste over the whole box, then some typing
		chromedp.Click(`#article`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector('#article').select()`, nil),
		input.InsertText(testArticle),
		chromedp.KeyEvent(typed),
		chromedp.ActionFunc(func(ctx context.Context) error {
			return fetch.ContinueRequest(wasm).Do(ctx)
		}),
		waitFor(`document.querySelector('[data-speaker="Ana Lindqvist"]') !== null`, 90*time.Second),
		chromedp.Evaluate(`document.querySelector('#article').value`, &box),
		chromedp.Evaluate(`document.activeElement ? document.activeElement.id : ''`, &focused),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(before, "Harbour City") {
		t.Errorf("before the engine started, the box held %.60q, not the example", before)
	}
	if !strings.Contains(status, "starting") {
		t.Errorf("before the engine started, the status line said %q, not that it is starting", status)
	}
	if want := testArticle + typed; box != want {
		t.Errorf("the box holds %.80q…, want the pasted and typed text", box)
	}
	if focused != "article" {
		t.Errorf("after the engine started the focus is on %q, not in the article box", focused)
	}
}
