package e2e

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// selectAllAndDelete empties the article box as Ctrl+A and Delete do.
func selectAllAndDelete() chromedp.Action {
	return chromedp.Evaluate(`(() => { const t = document.querySelector('textarea#article'); t.focus(); t.select();
		document.execCommand('delete'); })()`, nil)
}

// waitLibrary waits until the library lists these titles, newest first.
func waitLibrary(titles ...string) chromedp.Action {
	js, _ := json.Marshal(strings.Join(titles, "|"))
	return waitFor(`[...document.querySelectorAll('.library-item .library-title')].map(t => t.textContent).join('|') === `+string(js), 10*time.Second)
}

// Every way of replacing an article keeps it in the library, and the
// notice that says so puts it back.
func TestLibraryKeepsEveryReplacedArticle(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	const (
		lakeside = "Lakeside Robotics said on Friday that it will close its factory in Porto."
		port     = "Port council delays the vote"
		ferry    = "Ferry fares rise in spring"
	)
	second := port + "\n\n\"We need another month,\" said Councillor Ruth Amsel.\n"
	third := ferry + "\n\n\"Tickets will cost more from April,\" the operator said in a statement.\n"
	var box string
	var undone string
	err := chromedp.Run(ctx,
		openAndPaste(srv.URL), // pasted over the example: the example is not kept
		waitLibrary(),
		// pasting over an article
		paste(second),
		waitFor(`document.querySelector('[data-speaker="Ruth Amsel"]') !== null`, 20*time.Second),
		waitLibrary(lakeside),
		waitFor(`document.querySelector('#undo-replace') !== null`, 5*time.Second),
		// select all and delete
		selectAllAndDelete(),
		waitLibrary(port, lakeside),
		// undo puts it back, annotated
		click(`#undo-replace`),
		waitFor(`document.querySelector('[data-speaker="Ruth Amsel"]') !== null`, 20*time.Second),
		chromedp.Value(`textarea#article`, &undone, chromedp.ByQuery),
		// Clear
		chromedp.Click(`//button[text()="Clear"]`, chromedp.BySearch),
		waitFor(`document.querySelector('textarea#article').value === ''`, 5*time.Second),
		waitLibrary(port, lakeside),
		paste(third),
		waitFor(`document.querySelector('[data-speaker]') !== null`, 20*time.Second),
		// the example
		chromedp.Click(`//button[text()="Use the example"]`, chromedp.BySearch),
		waitLibrary(ferry, port, lakeside),
		// a library article
		click(`.library-item:last-child button.open`),
		waitFor(`document.querySelector('[data-speaker="Ana Lindqvist"]') !== null`, 20*time.Second),
		waitFor(`document.querySelector('.page-notice') === null`, 5*time.Second), // replacing the example says nothing
		chromedp.Value(`textarea#article`, &box, chromedp.ByQuery),
		screenshot("library-kept"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if undone != second {
		t.Errorf("Undo after select-all + Delete gives %q", undone)
	}
	if box != testArticle {
		t.Errorf("opening the Lakeside article from the library gives %q", box)
	}
}
