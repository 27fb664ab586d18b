package e2e

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// openExample opens the app on a fresh profile, where it shows its
// built-in example (the Harbour City article the project wrote).
func openExample(url string) chromedp.Tasks {
	return chromedp.Tasks{
		chromedp.Navigate(url + "/"),
		waitFor(`document.querySelector('[data-speaker="Elena Vargas"]') !== null`, 90*time.Second),
		waitFor(panelsDrawn, 5*time.Second),
	}
}

// panelsDrawn is true once the app has drawn the side panels, which
// follow its first drawing of the article (page.go).
const panelsDrawn = `document.querySelector('aside.panel[aria-busy]') === null`

// evalJSON runs a JavaScript expression (awaiting a promise) into out.
func evalJSON(js string, out any) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var raw string
		if err := chromedp.Evaluate(`(async () => JSON.stringify(await (async () => `+js+`)()))()`, &raw, awaitPromise).Do(ctx); err != nil {
			return err
		}
		return json.Unmarshal([]byte(raw), out)
	})
}

// click clicks the first element matching a CSS selector.
func click(sel string) chromedp.Action {
	return chromedp.Click(sel, chromedp.ByQuery, chromedp.NodeVisible)
}

// The sources panel on the example: who speaks, sorted into named people,
// organisations and anonymous sources, with their counts; who is only
// On a laptop-sized window the summary table fits beside the panels: a
// teacher reads every column without scrolling sideways.
func TestSourcesTableFitsItsColumn(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	var fit struct{ Table, Column, Columns int }
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1280, 900),
		openExample(srv.URL),
		evalJSON(`(() => { const s = document.querySelector('.sources-table');
			return {Table: s.querySelector('table').scrollWidth, Column: s.clientWidth,
				Columns: getComputedStyle(document.querySelector('.workspace')).gridTemplateColumns.split(' ').length}; })()`, &fit),
	)
	if err != nil {
		t.Fatal(err)
	}
	if fit.Columns != 3 {
		t.Fatalf("at 1280 px the page shows %d columns, want 3", fit.Columns)
	}
	if fit.Table > fit.Column {
		t.Errorf("the sources table is %d px wide in a %d px column: it scrolls sideways", fit.Table, fit.Column)
	}
}

// talked about; the same figures in the table under the article.
func TestSourcesPanelCountsVoices(t *testing.T) {
	srv := startServer(t)
	ctx, requests := newBrowser(t)

	type source struct{ Name, Role, Counts string }
	var groups map[string][]source
	var table [][]string
	var announced []string
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		evalJSON(`Object.fromEntries([...document.querySelectorAll('.source-list')].map(l => [l.dataset.kind,
			[...l.querySelectorAll('.source')].map(s => ({Name: s.querySelector('.person-name').textContent,
				Role: (s.querySelector('.person-role') || {textContent: ''}).textContent,
				Counts: s.querySelector('.person-counts').textContent}))]))`, &groups),
		evalJSON(`[...document.querySelectorAll('.sources-table tbody tr')].map(r => [...r.children].map(c => c.textContent))`, &table),
		evalJSON(`[...document.querySelectorAll('[data-quote]')].map(q => q.previousElementSibling.textContent)`, &announced),
	)
	if err != nil {
		t.Fatal(err)
	}
	names := func(kind string) string {
		var n []string
		for _, s := range groups[kind] {
			n = append(n, s.Name)
		}
		return strings.Join(n, " | ")
	}
	// The headline's "Harbour City votes to rebuild …" is the learned
	// models' close call: PolNeAR's annotators mark "voted" a cue in 36 of
	// 84 uses, so retraining may move the city between the organisations
	// that speak and those only mentioned. It must be in one of the two,
	// once; every other source is certain.
	city := 0
	for _, kind := range []string{"organisation", "mentioned"} {
		var kept []source
		for _, s := range groups[kind] {
			if s.Name == "Harbour City" {
				city++
				continue
			}
			kept = append(kept, s)
		}
		groups[kind] = kept
	}
	if city != 1 {
		t.Errorf("Harbour City is listed %d times among the organisations and the mentioned, want once", city)
	}
	for kind, want := range map[string]string{
		"person":       "Elena Vargas | Maria Okafor | Tom Becker",
		"organisation": "Ministry of Transport",
		"anonymous":    "a spokeswoman for the ministry | a council official who asked not to be named | a source close to the harbour board | Officials",
		"mentioned":    "Harbour Gazette | Paul Renner",
	} {
		if got := names(kind); got != want {
			t.Errorf("%s sources: %q, want %q", kind, got, want)
		}
	}
	if len(groups["person"]) > 0 {
		vargas := groups["person"][0]
		if vargas.Role != "Mayor" || vargas.Counts != "2 quotes · 21 words (31%) · 1 reported · 2 mentions" {
			t.Errorf("Elena Vargas: role %q, counts %q", vargas.Role, vargas.Counts)
		}
	}
	if len(table) != 11 || strings.Join(table[0], "|") != "Elena Vargas|Person|Mayor|2|1|21|31%|said, insisted" {
		t.Errorf("sources table rows: %q", table)
	}
	if len(table) == 11 && table[10][1] != "Never quoted (person)" {
		t.Errorf("Paul Renner's row says %q, want him never quoted", table[10][1])
	}
	// A screen reader hears who speaks before each quotation.
	if len(announced) != 9 || announced[0] != "quote by Elena Vargas: " || announced[5] != "quote by a source close to the harbour board: " {
		t.Errorf("screen-reader names before the quotations: %q", announced)
	}
	assertOnlyOwnRequests(t, srv.URL, requests.all())
}

// Loaded verbs are listed apart, with why they matter, and the toggle
// highlights them in the text with a border as well as a colour.
func TestLoadedVerbsAreFlagged(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	type verb struct{ Verb, Kind, Text string }
	var verbs []verb
	var cues []string
	var before, after struct {
		Border string
		Title  string
		Page   bool
	}
	const style = `(() => { const c = document.querySelector('.annotated [data-cue="loaded"]');
		return {Border: getComputedStyle(c).borderTopStyle, Title: c.title, Page: document.querySelector('.page').classList.contains('show-loaded')}; })()`
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		evalJSON(`[...document.querySelectorAll('.verb')].map(v => ({Verb: v.dataset.verb, Kind: v.classList.contains('loaded') ? 'loaded' : 'neutral', Text: v.textContent}))`, &verbs),
		evalJSON(`[...document.querySelectorAll('.annotated [data-cue="loaded"]')].map(c => c.textContent)`, &cues),
		evalJSON(style, &before),
		click(`#show-loaded`),
		waitFor(`document.querySelector('.page.show-loaded') !== null`, 5*time.Second),
		evalJSON(style, &after),
	)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, v := range verbs {
		kinds[v.Verb] = v.Kind
		if v.Verb == "claimed" && !strings.Contains(v.Text, "disputed") {
			t.Errorf("claimed is listed without why it matters: %q", v.Text)
		}
	}
	for v, want := range map[string]string{"insisted": "loaded", "claimed": "loaded", "said": "neutral", "told": "neutral", "according to": "neutral"} {
		if kinds[v] != want {
			t.Errorf("verb %q is %q, want %q (verbs: %+v)", v, kinds[v], want, verbs)
		}
	}
	if strings.Join(cues, "|") != "claimed|insisted|insisted" {
		t.Errorf("loaded verbs marked in the text: %q", cues)
	}
	if before.Page || before.Border != "none" {
		t.Errorf("before the toggle, loaded verbs already stand out: %+v", before)
	}
	if !after.Page || after.Border != "solid" || !strings.Contains(after.Title, "Loaded verb") {
		t.Errorf("after the toggle: %+v, want a solid border and an explanation", after)
	}
}

// selectInExercise selects words in the exercise's article, as a mouse
// drag, Shift and the arrow keys, or a finger's handles would.
func selectInExercise(words string) chromedp.Action {
	js, _ := json.Marshal(words)
	return chromedp.Evaluate(`(() => { const root = document.querySelector('#exercise-text'), want = `+string(js)+`;
		let all = '', at = [];
		for (const r of root.querySelectorAll('[data-o]')) { at.push([all.length, r.firstChild]); all += r.firstChild.data; }
		const i = all.indexOf(want); if (i < 0) throw new Error('not in the article: ' + want);
		const point = k => { for (let j = at.length - 1; j >= 0; j--) if (at[j][0] <= k) return [at[j][1], k - at[j][0]]; };
		const [sn, so] = point(i), [en, eo] = point(i + want.length);
		root.focus();
		const r = document.createRange(); r.setStart(sn, so); r.setEnd(en, eo);
		const sel = getSelection(); sel.removeAllRanges(); sel.addRange(r); })()`, nil)
}

type exerciseView struct {
	Quotes  int      // highlighted quotations on the page (must be 0)
	Panel   bool     // the sources panel is shown (must not be)
	Marks   []string // the student's marks
	InPlace []string // the marks highlighted in the article
	Results []string // found / missed / extra, in order
	Score   string
}

const readExercise = `({Quotes: document.querySelectorAll('[data-quote]').length,
	Panel: document.querySelector('.panel') !== null,
	Marks: [...document.querySelectorAll('.student-mark .mark-text')].map(m => m.textContent),
	InPlace: [...document.querySelectorAll('#exercise-text mark.student')].map(m => m.textContent),
	Results: [...document.querySelectorAll('[data-result]')].map(r => r.dataset.result + (r.dataset.speakerRight === 'false' ? ' (wrong speaker)' : '')),
	Score: (document.querySelector('.score') || {textContent: ''}).textContent})`

// The exercise: highlights hidden, the student marks quotations and
// speakers, checks, and finds their work again after a reload.
func TestExerciseCheckAndReload(t *testing.T) {
	srv := startServer(t)
	ctx, requests := newBrowser(t)

	var during, checked, reloaded exerciseView
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		click(`#mode-exercise`),
		waitFor(`document.querySelector('#exercise-text') !== null`, 5*time.Second),
		evalJSON(readExercise, &during),
		selectInExercise(`"This pier carried my grandparents to work, and it will carry our children,"`),
		click(`#mark-quote`),
		waitFor(`document.querySelectorAll('.student-mark').length === 1 && document.activeElement.id === 'speaker-0'`, 5*time.Second),
		// without the quotation marks: still the quotation
		selectInExercise(`Nobody asked the fishermen`),
		click(`#mark-quote`),
		// the student sees their mark before selecting the next one
		waitFor(`document.querySelectorAll('.student-mark').length === 2 && document.activeElement.id === 'speaker-1'`, 5*time.Second),
		selectInExercise(`The Harbour City council voted on Monday`),
		click(`#mark-quote`),
		waitFor(`document.querySelectorAll('.student-mark').length === 3`, 5*time.Second),
		// marks are listed in text order: the council, the mayor, the source
		chromedp.Evaluate(`(() => { for (const [id, name] of [['speaker-1', 'Elena Vargas'], ['speaker-2', 'Maria Okafor']]) {
			const s = document.getElementById(id); s.value = [...s.options].find(o => o.text.startsWith(name)).value;
			s.dispatchEvent(new Event('change', {bubbles: true})); } })()`, nil),
		click(`#check`),
		waitFor(`document.querySelector('.score') !== null`, 5*time.Second),
		evalJSON(readExercise, &checked),
		chromedp.Reload(),
		waitFor(`document.querySelector('[data-speaker="Elena Vargas"]') !== null`, 60*time.Second),
		click(`#mode-exercise`),
		waitFor(`document.querySelector('.score') !== null`, 5*time.Second),
		evalJSON(readExercise, &reloaded),
	)
	if err != nil {
		t.Fatal(err)
	}
	if during.Quotes != 0 || during.Panel {
		t.Errorf("in exercise mode the answers show: %d highlighted quotations, panel %v", during.Quotes, during.Panel)
	}
	wantResults := "found|found (wrong speaker)|missed|missed|missed|missed|missed|missed|missed|extra"
	if got := strings.Join(checked.Results, "|"); got != wantResults {
		t.Errorf("results %q, want %q", got, wantResults)
	}
	if strings.Join(checked.InPlace, "|") != strings.Join(checked.Marks, "|") || len(checked.InPlace) != 3 {
		t.Errorf("marks highlighted in the article %q, listed %q", checked.InPlace, checked.Marks)
	}
	if !strings.HasPrefix(checked.Score, "Score 33%: you found 2 of the 9 quotations and missed 7; 1 of your marks is not a quotation. You named the right speaker for 1 of the 2 you found.") {
		t.Errorf("score line %q", checked.Score)
	}
	if strings.Join(reloaded.Marks, "|") != strings.Join(checked.Marks, "|") || strings.Join(reloaded.Results, "|") != wantResults {
		t.Errorf("after a reload: marks %q and results %q, want the student's work back", reloaded.Marks, reloaded.Results)
	}
	assertOnlyOwnRequests(t, srv.URL, requests.all())
}
