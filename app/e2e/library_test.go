package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const readLibrary = `[...document.querySelectorAll('.library-item .library-title')].map(t => t.textContent)`

// The library keeps several articles: saved, reopened, kept across a
// reload, deleted and restored; an article replaced by another is kept
// without being asked.
func TestLibraryKeepsArticles(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	second := "Port council delays the vote\n\n\"We need another month,\" said Councillor Ruth Amsel.\n"
	var afterSave, afterReplace, afterReload, afterDelete, afterUndo []string
	var opened string
	err := chromedp.Run(ctx,
		openAndPaste(srv.URL),
		click(`#save-article`),
		waitFor(`document.querySelectorAll('.library-item').length === 1`, 5*time.Second),
		chromedp.Evaluate(readLibrary, &afterSave),
		// Pasting over an article it already holds adds nothing; opening
		// the example keeps the second article.
		paste(second),
		waitFor(`document.querySelector('[data-speaker="Ruth Amsel"]') !== null`, 20*time.Second),
		chromedp.Click(`//button[text()="Use the example"]`, chromedp.BySearch),
		waitFor(`document.querySelectorAll('.library-item').length === 2`, 5*time.Second),
		chromedp.Evaluate(readLibrary, &afterReplace),
		chromedp.Reload(),
		waitFor(`document.querySelectorAll('.library-item').length === 2`, 60*time.Second),
		chromedp.Evaluate(readLibrary, &afterReload),
		click(`.library-item:last-child button.open`),
		waitFor(`document.querySelector('[data-speaker="Ana Lindqvist"]') !== null`, 20*time.Second),
		chromedp.Value(`textarea#article`, &opened, chromedp.ByQuery),
		click(`.library-item:first-child button.delete`),
		waitFor(`document.querySelectorAll('.library-item').length === 1`, 5*time.Second),
		chromedp.Evaluate(readLibrary, &afterDelete),
		click(`#undo-delete`),
		waitFor(`document.querySelectorAll('.library-item').length === 2`, 5*time.Second),
		chromedp.Evaluate(readLibrary, &afterUndo),
	)
	if err != nil {
		t.Fatal(err)
	}
	lakeside := "Lakeside Robotics said on Friday that it will close its factory in Porto."
	if strings.Join(afterSave, "|") != lakeside {
		t.Errorf("after saving: %q", afterSave)
	}
	want := "Port council delays the vote|" + lakeside
	if strings.Join(afterReplace, "|") != want || strings.Join(afterReload, "|") != want {
		t.Errorf("library after replacing %q, after a reload %q; want %q", afterReplace, afterReload, want)
	}
	if opened != testArticle {
		t.Errorf("opening the Lakeside article gives %q", opened)
	}
	if strings.Join(afterDelete, "|") != lakeside || strings.Join(afterUndo, "|") != want {
		t.Errorf("after deleting the first: %q; after undo: %q", afterDelete, afterUndo)
	}
}
