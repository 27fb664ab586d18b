package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// hostile are pastes people make, on purpose or not. Each is built in the
// page (some are megabytes) and followed by a marker quotation, so the test
// knows when the engine has run on it.
var hostile = []struct{ name, js string }{
	{"script tag", `'<script>window.__pwned = "script"</script> text'`},
	{"img onerror", `'<img src=x onerror="window.__pwned = \'img\'"> and "<img src=y onerror=alert(1)>," she said.'`},
	{"javascript link", `'<a href="javascript:window.__pwned=\'link\'">click</a> [x](javascript:alert(1))'`},
	{"html markup", `'<div style="position:fixed;inset:0;background:red">cover</div><iframe src="https://example.com"></iframe><b>bold</b>'`},
	{"binary garbage", `Array.from({length: 20000}, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')`},
	{"right-to-left", `'قال الرئيس "نحن مستعدون" يوم الاثنين. \u202Eevil\u202C שלום'`},
	{"emoji and CJK", `'🙂 👩‍👩‍👧 「東京」で会議が開かれた。 "引用です," 田中さんは言った。 '.repeat(50)`},
	{"10,000 open quotes", `'"a '.repeat(10000)`},
}

func TestHostilePastesAreShownAsText(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		waitFor(`document.querySelectorAll('[data-quote]').length > 0`, 90*time.Second),
	); err != nil {
		t.Fatal(err)
	}
	for i, h := range hostile {
		marker := fmt.Sprintf("Marker %d is here", i)
		js := `(() => { const t = document.querySelector('textarea#article'); const v = ` + h.js +
			` + '\n\n"` + marker + `," Ana Lindqvist said.\n'; t.value = v; t.dispatchEvent(new Event('input', {bubbles: true})); return v.length; })()`
		var length int
		var kept int
		var pwned, scripts, images, frames int
		err := chromedp.Run(ctx,
			chromedp.Evaluate(js, &length),
			waitFor(`[...document.querySelectorAll('[data-quote]')].some(q => q.textContent.includes('`+marker+`'))`, 30*time.Second),
			chromedp.Evaluate(`document.querySelector('textarea#article').value.length`, &kept),
			chromedp.Evaluate(`window.__pwned ? 1 : 0`, &pwned),
			chromedp.Evaluate(`document.querySelectorAll('.annotated script').length`, &scripts),
			chromedp.Evaluate(`document.querySelectorAll('.annotated img, .annotated a').length`, &images),
			chromedp.Evaluate(`document.querySelectorAll('.annotated iframe, .annotated div:not(.chunk), .annotated b').length`, &frames),
		)
		if err != nil {
			t.Fatalf("%s: %v", h.name, err)
		}
		if pwned != 0 || scripts+images+frames != 0 {
			t.Errorf("%s: the paste became markup (pwned %d, script %d, img/a %d, iframe/div %d)", h.name, pwned, scripts, images, frames)
		}
		if kept != length {
			t.Errorf("%s: the article box holds %d characters of %d", h.name, kept, length)
		}
	}
}

// Five megabytes is more than the engine takes: the page says so, names
// the limit, keeps the text, and goes on working once the text is shorter.
func TestOversizedPasteSaysSoAndKeepsText(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	var message string
	var kept int
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		waitFor(`document.querySelectorAll('[data-quote]').length > 0`, 90*time.Second),
		chromedp.Evaluate(`(() => { const t = document.querySelector('textarea#article'); t.value = 'word '.repeat(1000000);
			t.dispatchEvent(new Event('input', {bubbles: true})); })()`, nil),
		waitFor(`document.querySelector('[role=alert]') !== null`, 30*time.Second),
		chromedp.Text(`[role=alert]`, &message, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector('textarea#article').value.length`, &kept),
		paste(testArticle),
		waitFor(`document.querySelector('[data-speaker="Ana Lindqvist"]') !== null && document.querySelector('[role=alert]') === null`, 30*time.Second),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(message, "2 MB") || !strings.Contains(message, "kept") {
		t.Errorf("message = %q, want the 2 MB limit named and the text said to be kept", message)
	}
	if kept != 5000000 {
		t.Errorf("the article box holds %d characters, want all 5000000", kept)
	}
}

// With storage full, or refused altogether (some private windows), the
// page says the article will not be kept, and annotates all the same.
func TestStorageRefusedKeepsWorking(t *testing.T) {
	for name, script := range map[string]string{
		"full": `Storage.prototype.setItem = function() {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`,
		"refused": `Object.defineProperty(window, 'localStorage', { get() {
			throw new DOMException('Access is denied for this document.', 'SecurityError'); } });`,
	} {
		t.Run(name, func(t *testing.T) {
			srv := startServer(t)
			ctx, _ := newBrowser(t)
			var notice string
			err := chromedp.Run(ctx,
				chromedp.ActionFunc(func(ctx context.Context) error {
					_, err := page.AddScriptToEvaluateOnNewDocument(script).Do(ctx)
					return err
				}),
				openAndPaste(srv.URL),
				chromedp.Text(`.notice`, &notice, chromedp.ByQuery),
			)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(notice, "could not be saved") && !strings.Contains(notice, "does not let") {
				t.Errorf("notice = %q, want it to say the article is not kept", notice)
			}
		})
	}
}
