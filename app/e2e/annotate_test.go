package e2e

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// testArticle is written for these tests; its names are invented.
const testArticle = `Lakeside Robotics said on Friday that it will close its factory in Porto.

"We did everything we could to keep the plant open," said Ana Lindqvist, the company's chief executive.

Union leader Marco Bellini told reporters the decision was "a betrayal of two thousand families".

"They knew this for months," Bellini said. "Nobody told us anything."
`

type mark struct {
	Type string `json:"type"`
	Text string `json:"text"`
	ID   string `json:"id"`
}

type quote struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Selected bool   `json:"selected"`
}

const readMarks = `[...document.querySelectorAll('[data-entity-type]')].map(m => ({type: m.dataset.entityType, text: m.textContent, id: m.dataset.entityId}))`
const readQuotes = `[...document.querySelectorAll('[data-quote]')].map(q => ({text: q.textContent, speaker: q.dataset.speaker, selected: q.classList.contains('selected')}))`

// paste puts text in the article box as a user's paste would.
func paste(text string) chromedp.Action {
	js, _ := json.Marshal(text)
	return chromedp.Evaluate(`(() => { const t = document.querySelector('textarea#article');
		t.focus(); t.value = `+string(js)+`; t.dispatchEvent(new Event('input', {bubbles: true})); })()`, nil)
}

func TestPasteHighlightsEntitiesAndQuotesWithSpeakers(t *testing.T) {
	srv := startServer(t)
	ctx, requests := newBrowser(t)

	var marks []mark
	var quotes []quote
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		// The built-in example is annotated once the engine has started.
		waitFor(`document.querySelectorAll('[data-quote]').length > 0`, 90*time.Second),
		paste(testArticle),
		waitFor(`document.querySelector('[data-speaker="Ana Lindqvist"]') !== null`, 20*time.Second),
		chromedp.Evaluate(readMarks, &marks),
		chromedp.Evaluate(readQuotes, &quotes),
	)
	if err != nil {
		t.Fatal(err)
	}

	people := map[string]bool{}
	for _, m := range marks {
		if m.Type == "PERSON" {
			people[m.Text] = true
		}
	}
	for _, name := range []string{"Ana Lindqvist", "Marco Bellini", "Bellini"} {
		if !people[name] {
			t.Errorf("%q is not highlighted as a person; person marks: %v", name, people)
		}
	}
	hasType := func(text, typ string) bool {
		for _, m := range marks {
			if m.Text == text && m.Type == typ {
				return true
			}
		}
		return false
	}
	if !hasType("Porto", "GPE") {
		t.Errorf("Porto is not highlighted as a place: %v", marks)
	}
	if !hasType("Friday", "DATE") {
		t.Errorf("Friday is not highlighted as a date: %v", marks)
	}

	want := []quote{
		{Text: `"We did everything we could to keep the plant open,"`, Speaker: "Ana Lindqvist"},
		{Text: `"a betrayal of two thousand families"`, Speaker: "Marco Bellini"},
		{Text: `"They knew this for months,"`, Speaker: "Marco Bellini"},
		{Text: `"Nobody told us anything."`, Speaker: "Marco Bellini"},
	}
	if len(quotes) != len(want) {
		t.Fatalf("page shows %d quotations, want %d: %+v", len(quotes), len(want), quotes)
	}
	for i, w := range want {
		if quotes[i].Text != w.Text || quotes[i].Speaker != w.Speaker {
			t.Errorf("quotation %d = %q by %q, want %q by %q", i, quotes[i].Text, quotes[i].Speaker, w.Text, w.Speaker)
		}
	}

	var reported []quote
	if err := chromedp.Run(ctx, chromedp.Evaluate(`[...document.querySelectorAll('[data-reported]')].map(q => ({text: q.textContent, speaker: q.dataset.speaker}))`, &reported)); err != nil {
		t.Fatal(err)
	}
	if len(reported) != 1 || reported[0].Text != "it will close its factory in Porto" || reported[0].Speaker != "Lakeside Robotics" {
		t.Errorf("reported speech shown = %+v, want Lakeside Robotics's closing of the factory", reported)
	}

	// Choosing a person in the panel highlights their mentions and quotes.
	var selectedMarks []string
	err = chromedp.Run(ctx,
		chromedp.Click(`//button[contains(@class,"person")][.//span[text()="Marco Bellini"]]`, chromedp.BySearch),
		waitFor(`document.querySelectorAll('mark.selected').length > 0`, 10*time.Second),
		chromedp.Evaluate(`[...document.querySelectorAll('mark.selected')].map(m => m.textContent)`, &selectedMarks),
		chromedp.Evaluate(readQuotes, &quotes),
	)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(selectedMarks, "|") != "Marco Bellini|Bellini" {
		t.Errorf("choosing Marco Bellini highlights %v, want his two mentions", selectedMarks)
	}
	for _, q := range quotes {
		if q.Selected != (q.Speaker == "Marco Bellini") {
			t.Errorf("quotation %q by %q: selected=%v after choosing Marco Bellini", q.Text, q.Speaker, q.Selected)
		}
	}
	assertOnlyOwnRequests(t, srv.URL, requests.all())
}

func TestArticleSurvivesReloadAndWorksOffline(t *testing.T) {
	srv := startServer(t)
	ctx, requests := newBrowser(t)

	err := chromedp.Run(ctx,
		openAndPaste(srv.URL),
		offlineReady(),
	)
	if err != nil {
		t.Fatal(err)
	}

	// Reload: the article is still there.
	var text string
	err = chromedp.Run(ctx,
		chromedp.Reload(),
		waitFor(`document.querySelector('[data-speaker="Marco Bellini"]') !== null`, 60*time.Second),
		chromedp.Value(`textarea#article`, &text, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if text != testArticle {
		t.Errorf("after a reload the article box holds %q, want the pasted article", text)
	}

	// Offline: the server is gone, the app still starts and annotates.
	srv.Stop()
	var quotes []quote
	err = chromedp.Run(ctx,
		chromedp.Reload(),
		waitFor(`document.querySelector('[data-speaker="Marco Bellini"]') !== null`, 60*time.Second),
		paste(testArticle+"\n\"It works offline,\" Ana Lindqvist said.\n"),
		waitFor(`document.querySelectorAll('[data-quote]').length === 5`, 20*time.Second),
		chromedp.Evaluate(readQuotes, &quotes),
	)
	if err != nil {
		t.Fatal("offline:", err)
	}
	if last := quotes[len(quotes)-1]; last.Speaker != "Ana Lindqvist" {
		t.Errorf("offline, the new quotation is attributed to %q, want Ana Lindqvist", last.Speaker)
	}
	assertOnlyOwnRequests(t, srv.URL, requests.all())
}

// assertOnlyOwnRequests checks the page asked nothing of any other host and
// never put the article in a URL.
func assertOnlyOwnRequests(t *testing.T, origin string, urls []string) {
	t.Helper()
	if len(urls) == 0 {
		t.Fatal("no request was recorded: the request log is broken")
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, origin+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("the page requested %s, which is not one of its own files", u)
		}
		if strings.Contains(u, "Lindqvist") || strings.Contains(u, "Bellini") {
			t.Errorf("a request carries the article: %s", u)
		}
	}
}

// A long article is annotated in slices that yield to the browser (the
// engine's pauses and the progressive drawing): its first screen is
// highlighted first, then every quotation arrives.
func TestLongArticleIsAnnotatedInFull(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	long := strings.Repeat(testArticle+"\n", 100) // about 40 KB
	var quotes, speakers int
	var firstPart bool
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		waitFor(`document.querySelectorAll('[data-quote]').length > 0`, 90*time.Second),
		paste(long),
		waitFor(`document.querySelectorAll('[data-quote]').length === 400 && document.querySelector('.annotated').getAttribute('aria-busy') === 'false'`, 60*time.Second),
		chromedp.Evaluate(`document.querySelectorAll('[data-quote]').length`, &quotes),
		chromedp.Evaluate(`document.querySelectorAll('[data-speaker="Marco Bellini"]').length`, &speakers),
		chromedp.Evaluate(`(s => s.firstRun === s.shownRun)(document.querySelector('.status').dataset)`, &firstPart),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !firstPart {
		t.Error("the long article's first screen was not shown before the whole was annotated")
	}
	if quotes != 400 || speakers != 300 {
		t.Errorf("%d quotations, %d by Marco Bellini; want 400 and 300", quotes, speakers)
	}
}
