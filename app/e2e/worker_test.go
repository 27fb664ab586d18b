package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// The engine runs in its own thread where it can; where the browser will
// not start it (here its script fails to load), the page runs the engine
// itself: the example is highlighted from the document the server wrote
// into the page, and a pasted article is annotated all the same.
func TestEngineRunsInThePageWhenItsWorkerCannotStart(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			go func() {
				_ = chromedp.Run(ctx, fetch.FailRequest(e.RequestID, network.ErrorReasonFailed))
			}()
		}
	})
	var example, pasted string
	err := chromedp.Run(ctx,
		fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*/web/engine.js", RequestStage: fetch.RequestStageRequest}}),
		chromedp.Navigate(srv.URL+"/"),
		waitFor(`document.querySelector('[data-speaker="Elena Vargas"]') !== null`, 90*time.Second),
		chromedp.Evaluate(`document.querySelector('.status').dataset.engineThread`, &example),
		chromedp.Evaluate(pasteJS(testArticle), nil),
		waitFor(`document.querySelector('[data-speaker="Ana Lindqvist"]') !== null`, 90*time.Second),
		chromedp.Evaluate(`document.querySelector('.status').dataset.engineThread`, &pasted),
	)
	if err != nil {
		t.Fatal(err)
	}
	if example != "remembered" {
		t.Errorf("the example's document came from %q, want the one the server wrote into the page", example)
	}
	if pasted != "page" {
		t.Errorf("the pasted article was annotated by %q, want the page itself", pasted)
	}
}
