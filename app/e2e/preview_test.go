package e2e

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// The page the server sends shows the example with its quotations
// highlighted before WebAssembly has started (here it never starts:
// app.wasm is refused), without the data attributes of the app's drawing;
// once the box holds another article, the example's highlights are hidden.
func TestServersPageShowsTheExampleHighlighted(t *testing.T) {
	srv := startServer(t)
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(body)
	if n := strings.Count(page, `class="quote quote-`); n != 9 {
		t.Errorf("the server's page highlights %d quotations, want the example's 9", n)
	}
	if strings.Contains(page, "data-quote") || strings.Contains(page, "data-speaker=") {
		t.Error("the server's page carries the app's data attributes: a test waiting for them would not wait for the app")
	}

	ctx, _ := newBrowser(t)
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			go func() {
				_ = chromedp.Run(ctx, fetch.FailRequest(e.RequestID, network.ErrorReasonFailed))
			}()
		}
	})
	kept, _ := json.Marshal(testArticle)
	var shown, hidden int
	err = chromedp.Run(ctx,
		fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*/web/app.wasm*", RequestStage: fetch.RequestStageRequest}}),
		chromedp.Navigate(srv.URL+"/"),
		waitFor(`window.whosaidEarly !== undefined`, 30*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll('.annotated .quote')].filter(q => q.checkVisibility()).length`, &shown),
		// a reader who kept another article: boot.js puts it in the box
		chromedp.Evaluate(`localStorage.setItem('whosaid.article', JSON.stringify(`+string(kept)+`))`, nil),
		chromedp.Reload(),
		waitFor(`window.whosaidEarly !== undefined && document.querySelector('textarea#article').value.startsWith('Lakeside')`, 30*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll('.annotated .quote')].filter(q => q.checkVisibility()).length`, &hidden),
	)
	if err != nil {
		t.Fatal(err)
	}
	if shown != 9 {
		t.Errorf("before the app runs, %d of the example's 9 quotations are highlighted", shown)
	}
	if hidden != 0 {
		t.Errorf("with another article in the box, %d of the example's highlights are still shown", hidden)
	}
}
