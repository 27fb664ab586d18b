package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A share link carries the article in its fragment: another browser (a
// fresh profile, as a pupil's would be) opens it and sees the article; no
// request carries it, and the address bar drops it once read.
func TestShareLinkRoundTrip(t *testing.T) {
	srv := startServer(t)
	ctx, requests := newBrowser(t)

	var link, msg string
	err := chromedp.Run(ctx,
		openAndPaste(srv.URL),
		click(`#share`),
		waitFor(`document.querySelector('#share-link') !== null`, 5*time.Second),
		chromedp.Value(`#share-link`, &link, chromedp.ByQuery),
		chromedp.Text(`.share-msg`, &msg, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(link, srv.URL+"/#article=") || strings.Contains(link, "Lindqvist") {
		t.Fatalf("share link %q: want the page with the compressed article after #", link)
	}
	if !strings.Contains(msg, "reaches no server") {
		t.Errorf("the share message does not say the article stays out of servers: %q", msg)
	}

	other, otherRequests := newBrowser(t)
	var text, hash, notice string
	err = chromedp.Run(other,
		chromedp.Navigate(link),
		waitFor(`document.querySelector('[data-speaker="Ana Lindqvist"]') !== null`, 90*time.Second),
		chromedp.Value(`textarea#article`, &text, chromedp.ByQuery),
		chromedp.Evaluate(`location.hash`, &hash),
		chromedp.Text(`.page-notice`, &notice, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if text != testArticle {
		t.Errorf("the link opens %q, want the shared article", text)
	}
	if hash != "" {
		t.Errorf("the address bar still holds the article: %q", hash)
	}
	if !strings.Contains(notice, "share link") {
		t.Errorf("the page does not say where the article came from: %q", notice)
	}
	for _, u := range append(requests.all(), otherRequests.all()...) {
		if strings.Contains(u, "article=") || strings.Contains(u, "#") {
			t.Errorf("a request carries the fragment: %s", u)
		}
	}
	assertOnlyOwnRequests(t, srv.URL, otherRequests.all())

	// A damaged link says so and keeps the reader's own article.
	err = chromedp.Run(other,
		chromedp.Navigate(srv.URL+"/#article=AAAA-not-deflate"),
		waitFor(`(document.querySelector('.page-notice') || {textContent: ''}).textContent.includes('could not be opened')`, 60*time.Second),
		chromedp.Value(`textarea#article`, &text, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if text != testArticle {
		t.Errorf("after a damaged link the article box holds %q, want the reader's article", text)
	}
}

// An article too long for a link says so plainly.
func TestTooLongToShare(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	var msg string
	var links int
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		// 60,000 characters that do not compress: random words.
		chromedp.Evaluate(`(() => { const t = document.querySelector('textarea#article'); let s = '';
			while (s.length < 60000) s += Math.random().toString(36).slice(2) + ' ';
			t.value = s; t.dispatchEvent(new Event('input', {bubbles: true})); })()`, nil),
		click(`#share`),
		waitFor(`document.querySelector('.share-msg') !== null`, 10*time.Second),
		chromedp.Text(`.share-msg`, &msg, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('#share-link').length`, &links),
	)
	if err != nil {
		t.Fatal(err)
	}
	if links != 0 || !strings.Contains(msg, "too long to share as a link") {
		t.Errorf("share of a long article: %d links, message %q", links, msg)
	}
}
