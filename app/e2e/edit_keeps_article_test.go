package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// An edit in a long article (here 45 paragraphs) redraws it in place: the
// highlighted article never shrinks to its first paragraphs to grow back,
// which would move what the reader is looking at.
func TestEditKeepsTheArticleDrawn(t *testing.T) {
	var paras []string
	for i := 1; i <= 45; i++ {
		paras = append(paras, fmt.Sprintf(`"Stage %d is on time," Councillor Tom Becker said on Monday in Harbour City.`, i))
	}
	text := strings.Join(paras, "\n\n")
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	var fewest, after int
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		waitFor(`document.querySelectorAll('[data-quote]').length > 0`, 90*time.Second),
		paste(text),
		waitFor(`document.querySelectorAll('.annotated p').length === 45 && document.querySelectorAll('[data-quote]').length === 45`, 30*time.Second),
		chromedp.Evaluate(`(() => {
			window.__fewest = 45;
			new MutationObserver(() => { window.__fewest = Math.min(window.__fewest, document.querySelectorAll('.annotated p').length); })
				.observe(document.querySelector('#reading'), {subtree: true, childList: true});
			window.__run = +document.querySelector('.status').dataset.shownRun;
			const t = document.querySelector('textarea#article');
			t.value = t.value.replace('Stage 44 is', 'Stage 44 was');
			t.dispatchEvent(new Event('input', {bubbles: true}));
		})()`, nil),
		waitFor(`+document.querySelector('.status').dataset.shownRun > window.__run && document.querySelector('#reading').textContent.includes('Stage 44 was')`, 30*time.Second),
		chromedp.Sleep(500*time.Millisecond),
		chromedp.Evaluate(`window.__fewest`, &fewest),
		chromedp.Evaluate(`document.querySelectorAll('.annotated p').length`, &after),
	)
	if err != nil {
		t.Fatal(err)
	}
	if fewest < 45 || after != 45 {
		t.Errorf("while the edit was drawn the article showed %d of its 45 paragraphs (%d after)", fewest, after)
	}
}
