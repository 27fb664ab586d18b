package e2e

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// chooseIn picks the option whose text starts with name in a list.
func chooseIn(sel, name string) chromedp.Action {
	s, _ := json.Marshal(sel)
	n, _ := json.Marshal(name)
	return chromedp.Evaluate(`(s => { s.value = [...s.options].find(o => o.text.startsWith(`+string(n)+`)).value;
		s.dispatchEvent(new Event('change', {bubbles: true})); })(document.querySelector(`+string(s)+`))`, nil)
}

// fixRowOf is the corrections panel's row for the quotation starting with
// words.
func fixRowOf(words string) string {
	js, _ := json.Marshal(words)
	return `[...document.querySelectorAll('.fix-quote')].find(li => li.querySelector('.fix-quote-text').textContent.startsWith(` + string(js) + `))`
}

type correctedView struct {
	Quotes    []string // quotation: speaker [corrected]
	Becker    string   // Tom Becker's row in the sources table
	Corrected int
}

const readCorrected = `({Quotes: [...document.querySelectorAll('[data-quote]')].map(q => q.textContent + ': ' + q.dataset.speaker + (q.dataset.corrected ? ' [' + q.dataset.corrected + ']' : '')),
	Becker: [...document.querySelectorAll('.sources-table tbody tr')].filter(r => r.dataset.source === 'Tom Becker').map(r => [...r.children].map(c => c.textContent).join('|')).join(''),
	Corrected: document.querySelectorAll('[data-corrected]').length})`

// A teacher changes a speaker, removes a passage that is not a quotation
// and adds one the engine missed: the highlights and the sources follow,
// the exercise's answers follow, and the corrections survive a reload and
// travel in a share link to another browser.
func TestTeacherCorrections(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	const added = "whose firm also built the city library"
	var before, after, reloaded correctedView
	var link, score string
	dir := t.TempDir()
	err := chromedp.Run(ctx,
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dir),
		chromedp.EmulateViewport(1366, 900),
		openExample(srv.URL),
		evalJSON(readCorrected, &before),
		click(`#corrections summary`),
		waitFor(`document.querySelector('.fix-quote select') !== null`, 5*time.Second),
		chromedp.Evaluate(`(li => { const s = li.querySelector('select'); s.value = [...s.options].find(o => o.text.startsWith('Tom Becker')).value;
			s.dispatchEvent(new Event('change', {bubbles: true})); })(`+fixRowOf(`"Nobody asked the fishermen,"`)+`)`, nil),
		waitFor(`document.querySelectorAll('[data-corrected="speaker"]').length === 1`, 5*time.Second),
		chromedp.Evaluate(fixRowOf(`"It is a done deal,"`)+`.querySelector('.fix-remove').click()`, nil),
		waitFor(`![...document.querySelectorAll('[data-quote]')].some(q => q.textContent.startsWith('"It is a done deal'))`, 5*time.Second),
		chromedp.Evaluate(`(t => { t.value = '`+added+`'; t.dispatchEvent(new Event('input', {bubbles: true})); })(document.querySelector('#fix-words'))`, nil),
		chooseIn(`#fix-add-speaker`, "Elena Vargas"),
		click(`#fix-add`),
		waitFor(`document.querySelector('[data-corrected="added"]') !== null`, 5*time.Second),
		evalJSON(readCorrected, &after),
		screenshot("laptop-1366-corrections"),
		click(`#export-quotes`),
		chromedp.Reload(),
		waitFor(`document.querySelector('[data-corrected="added"]') !== null`, 60*time.Second),
		evalJSON(readCorrected, &reloaded),
		click(`#share`),
		waitFor(`document.querySelector('#share-link') !== null`, 5*time.Second),
		chromedp.Value(`#share-link`, &link, chromedp.ByQuery),
		// the exercise's answers are the corrected ones
		click(`#mode-exercise`),
		waitFor(`document.querySelector('#exercise-text') !== null`, 5*time.Second),
		selectInExercise(added),
		click(`#mark-quote`),
		waitFor(`document.querySelector('#speaker-0') !== null`, 5*time.Second),
		chooseIn(`#speaker-0`, "Elena Vargas"),
		click(`#check`),
		waitFor(`document.querySelector('.score') !== null`, 5*time.Second),
		chromedp.Text(`.score`, &score, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	quotes := strings.Join(after.Quotes, "\n")
	for _, want := range []string{`"Nobody asked the fishermen,": Tom Becker [speaker]`, added + ": Elena Vargas [added]"} {
		if !strings.Contains(quotes, want) {
			t.Errorf("after the corrections the quotations lack %q:\n%s", want, quotes)
		}
	}
	if strings.Contains(quotes, "done deal") || len(after.Quotes) != 9 {
		t.Errorf("after removing one and adding one, %d quotations:\n%s", len(after.Quotes), quotes)
	}
	quoteCount := func(row string) string {
		if f := strings.Split(row, "|"); len(f) > 3 {
			return f[3]
		}
		return ""
	}
	if b, a := quoteCount(before.Becker), quoteCount(after.Becker); b == "" || a == "" || a[0] != b[0]+1 {
		t.Errorf("Tom Becker's row in the sources table: %q before, %q after; want one more quotation", before.Becker, after.Becker)
	}
	// the quotes CSV follows the corrections
	var names []string
	for deadline := time.Now().Add(15 * time.Second); len(names) == 0 && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		names, _ = filepath.Glob(filepath.Join(dir, "*-quotes.csv"))
	}
	if len(names) != 1 {
		t.Fatalf("quotes CSV downloads: %q", names)
	}
	speakerOf := map[string]string{}
	for _, row := range csvRows(t, downloaded(t, dir, filepath.Base(names[0]))) {
		speakerOf[row[0]] = row[2]
	}
	if speakerOf[`"Nobody asked the fishermen,"`] != "Tom Becker" || speakerOf[added] != "Elena Vargas" {
		t.Errorf("the quotes CSV after the corrections: %q", speakerOf)
	}
	if _, ok := speakerOf[`"It is a done deal,"`]; ok {
		t.Error("the quotes CSV still lists the quotation removed")
	}
	if strings.Join(reloaded.Quotes, "\n") != quotes {
		t.Errorf("after a reload the corrections are gone:\n%s", strings.Join(reloaded.Quotes, "\n"))
	}
	if !strings.Contains(score, "you found 1 of the 9") || !strings.Contains(score, "right speaker for 1 of the 1") {
		t.Errorf("marking the added quotation in the exercise: %q", score)
	}

	// Another browser opens the link with the corrections.
	other, _ := newBrowser(t)
	var shared correctedView
	err = chromedp.Run(other,
		chromedp.Navigate(link),
		waitFor(`document.querySelector('[data-corrected="added"]') !== null`, 90*time.Second),
		evalJSON(readCorrected, &shared),
	)
	if err != nil {
		t.Fatal("opening the share link:", err)
	}
	if strings.Join(shared.Quotes, "\n") != quotes {
		t.Errorf("the share link opens without the corrections:\n%s", strings.Join(shared.Quotes, "\n"))
	}
}

type correctionsShown struct {
	Rows, Selects int
	Range, First  string
}

const readCorrectionsShown = `({Rows: document.querySelectorAll('#corrections .fix-quote').length,
	Selects: document.querySelectorAll('#corrections select').length,
	Range: (document.querySelector('#corrections .fix-range') || {}).textContent || '',
	First: (document.querySelector('#corrections .fix-quote-text') || {}).textContent || ''})`

// A long article's corrections panel, closed, draws none of its hundreds
// of quotations' controls; opened, it shows them a page at a time, and the
// teacher can go through the pages.
func TestLongArticleCorrectionsDrawnWhenOpened(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	long := strings.Repeat(testArticle+"\n", 100) // 400 quotations
	var closed, opened, next correctionsShown
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		waitFor(`document.querySelectorAll('[data-quote]').length > 0`, 90*time.Second),
		paste(long),
		waitFor(`document.querySelectorAll('[data-quote]').length === 400 && document.querySelector('.annotated').getAttribute('aria-busy') === 'false'`, 60*time.Second),
		evalJSON(readCorrectionsShown, &closed),
		click(`#corrections summary`),
		waitFor(`document.querySelector('.fix-quote select') !== null`, 10*time.Second),
		evalJSON(readCorrectionsShown, &opened),
		click(`#fix-next`),
		waitFor(`document.querySelector('#corrections .fix-range').textContent.startsWith('Quotations 26')`, 10*time.Second),
		evalJSON(readCorrectionsShown, &next),
	)
	if err != nil {
		t.Fatal(err)
	}
	if closed.Rows != 0 || closed.Selects != 0 {
		t.Errorf("the closed panel draws %d quotations and %d speaker lists; want none", closed.Rows, closed.Selects)
	}
	if opened.Rows == 0 || opened.Rows >= 400 || opened.Selects != opened.Rows+1 {
		t.Errorf("the opened panel draws %d of the 400 quotations, %d speaker lists; want a page of them, one list each and one to add", opened.Rows, opened.Selects)
	}
	_, total, _ := strings.Cut(opened.Range, " of ")
	if !strings.HasPrefix(opened.Range, "Quotations 1–25 of ") || next.Range != "Quotations 26–50 of "+total || next.Rows != opened.Rows {
		t.Errorf("going through the pages: %q then %q (%d rows)", opened.Range, next.Range, next.Rows)
	}
}
