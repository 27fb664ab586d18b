package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// screenshot keeps a PNG of the viewport for a person to look at, when
// WHOSAID_SHOTS names a folder (the tests never read it back).
func screenshot(name string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		dir := os.Getenv("WHOSAID_SHOTS")
		if dir == "" {
			return nil
		}
		var png []byte
		if err := chromedp.CaptureScreenshot(&png).Do(ctx); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	})
}

// phone emulates a phone's screen: its width, a touch screen, and a
// device pixel ratio of 2.
func phone(width, height int64) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		if err := emulation.SetDeviceMetricsOverride(width, height, 2, true).Do(ctx); err != nil {
			return err
		}
		return emulation.SetTouchEmulationEnabled(true).Do(ctx)
	})
}

// tap touches the middle of an element with one finger.
func tap(sel string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var box struct{ X, Y float64 }
		if err := evalJSON(`(r => ({X: r.left + r.width / 2, Y: r.top + r.height / 2}))(document.querySelector('`+sel+`').getBoundingClientRect())`, &box).Do(ctx); err != nil {
			return err
		}
		points := []*input.TouchPoint{{X: box.X, Y: box.Y}}
		if err := input.DispatchTouchEvent(input.TouchStart, points).Do(ctx); err != nil {
			return err
		}
		return input.DispatchTouchEvent(input.TouchEnd, []*input.TouchPoint{}).Do(ctx)
	})
}

// layout is what a reader on a small screen notices.
type layout struct {
	PageWidth, Screen int
	Small             []string // visible controls under 44 px tall
	Jump              bool     // the jump links are shown
}

// measureLayout reads the page's width and every visible control's height
// (a checkbox counts with its label, which a tap on it also toggles).
const measureLayout = `(() => {
	const small = [];
	for (const el of document.querySelectorAll('button, select, input, textarea, .jump-links a')) {
		if (el.closest('.sr-only, .print-only') || el.getClientRects().length === 0) continue;
		let h = el.getBoundingClientRect().height;
		if (el.type === 'checkbox') { const l = document.querySelector('label[for="' + el.id + '"]'); if (l) h = Math.max(h, l.getBoundingClientRect().height); }
		if (h < 43.5) small.push((el.id || el.className || el.tagName) + ' ' + h.toFixed(1) + 'px');
	}
	const jump = document.querySelector('.jump-links');
	return {PageWidth: document.documentElement.scrollWidth, Screen: innerWidth, Small: small,
		Jump: !!jump && jump.getClientRects().length > 0};
})()`

// On phones and a tablet nothing is wider than the screen, every control
// is big enough for a finger, the panels are one tap away, and choosing a
// person brings their first mention on screen.
func TestSmallScreens(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	if err := chromedp.Run(ctx, phone(390, 844), openExample(srv.URL)); err != nil {
		t.Fatal(err)
	}
	for _, size := range []struct {
		name          string
		width, height int64
	}{{"phone-360", 360, 740}, {"phone-390", 390, 844}, {"tablet-768", 768, 1024}} {
		var l layout
		var exercise layout
		err := chromedp.Run(ctx,
			phone(size.width, size.height),
			chromedp.Reload(),
			waitFor(`document.querySelector('[data-speaker="Elena Vargas"]') !== null`, 60*time.Second),
			waitFor(panelsDrawn, 5*time.Second),
			// the teacher's corrections open too: their lists are long
			chromedp.Evaluate(`document.querySelector('#corrections details').open = true`, nil),
			waitFor(`document.querySelector('#corrections .fix-quote select') !== null`, 5*time.Second),
			evalJSON(measureLayout, &l),
			screenshot(size.name),
			click(`#mode-exercise`),
			waitFor(`document.querySelector('#exercise-text') !== null`, 5*time.Second),
			selectInExercise(`Nobody asked the fishermen`),
			// a finger's tap on the button may clear the selection first
			chromedp.Evaluate(`getSelection().collapseToEnd()`, nil),
			tap(`#mark-quote`),
			waitFor(`document.querySelector('#exercise-text mark.student') !== null`, 5*time.Second),
			evalJSON(measureLayout, &exercise),
			screenshot(size.name+"-exercise"),
			click(`#start-over`),
			click(`#mode-read`),
			waitFor(`document.querySelector('[data-quote]') !== null`, 5*time.Second),
		)
		if err != nil {
			t.Fatalf("%s: %v", size.name, err)
		}
		for what, l := range map[string]layout{"article": l, "exercise": exercise} {
			if l.PageWidth > l.Screen {
				t.Errorf("%s, %s: the page is %d px wide on a %d px screen", size.name, what, l.PageWidth, l.Screen)
			}
			if len(l.Small) > 0 {
				t.Errorf("%s, %s: controls under 44 px: %s", size.name, what, strings.Join(l.Small, ", "))
			}
		}
		if size.width < 960 && !l.Jump {
			t.Errorf("%s: no jump links to the panels", size.name)
		}
	}

	// At 390 px: the jump link reaches the sources panel at once, and
	// choosing a person there scrolls to their first highlighted mention.
	var panelTop, mentionTop, screen float64
	var mention string
	err := chromedp.Run(ctx,
		phone(390, 844),
		chromedp.Reload(),
		waitFor(`document.querySelector('[data-speaker="Elena Vargas"]') !== null`, 60*time.Second),
		waitFor(panelsDrawn, 5*time.Second),
		click(`.jump-links a[href="#sources"]`),
		waitFor(`Math.abs(document.querySelector('#sources').getBoundingClientRect().top) < 50`, 5*time.Second),
		chromedp.Evaluate(`document.querySelector('#sources').getBoundingClientRect().top`, &panelTop),
		screenshot("phone-390-sources"),
		click(`button.person[data-person]`),
		waitFor(`(m => m && m.getBoundingClientRect().top >= 0 && m.getBoundingClientRect().bottom <= innerHeight)(document.querySelector('.annotated .selected'))`, 5*time.Second),
		chromedp.Evaluate(`document.querySelector('.annotated .selected').getBoundingClientRect().top`, &mentionTop),
		chromedp.Evaluate(`document.querySelector('.annotated .selected').textContent`, &mention),
		chromedp.Evaluate(`innerHeight`, &screen),
		screenshot("phone-390-chosen"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if mentionTop < 0 || mentionTop > screen || mention == "" {
		t.Errorf("after choosing a person, their first mention %q is at %.0f px on a %.0f px screen", mention, mentionTop, screen)
	}
}

// On a 1366×768 laptop the exercise answers at once, where the student is
// looking: the mark is highlighted in the text with its speaker list, the
// confirmation is beside the buttons, both on screen.
func TestExerciseOnALaptop(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	var seen struct {
		Mark, Tag, Msg          bool
		Selection, Confirmation string
	}
	const onScreen = `(e => !!e && e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().bottom <= innerHeight)`
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1366, 768),
		openExample(srv.URL),
		click(`#mode-exercise`),
		waitFor(`document.querySelector('#exercise-text') !== null`, 5*time.Second),
		// far down the article: the buttons must still be at hand
		chromedp.Evaluate(`document.querySelector('#exercise-text p:last-child').scrollIntoView({block: 'end'})`, nil),
		selectInExercise(`We will open the pier in June 2027`),
		click(`#mark-quote`),
		waitFor(`document.querySelector('#exercise-text mark.student') !== null`, 5*time.Second),
		evalJSON(`({Mark: `+onScreen+`(document.querySelector('#exercise-text mark.student')),
			Tag: `+onScreen+`(document.querySelector('#exercise-text .mark-tag select')),
			Msg: `+onScreen+`(document.querySelector('.exercise-msg')),
			Selection: getSelection().toString(),
			Confirmation: document.querySelector('.exercise-msg').textContent})`, &seen),
		screenshot("laptop-1366-exercise"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !seen.Mark || !seen.Tag || !seen.Msg {
		t.Errorf("after marking, on screen: the mark %v, its speaker list %v, the confirmation %v", seen.Mark, seen.Tag, seen.Msg)
	}
	if !strings.Contains(seen.Confirmation, "We will open the pier") {
		t.Errorf("the confirmation says %q", seen.Confirmation)
	}
}

// The speaker list is people and organisations, one entry a person; a
// quotation whose speaker is written "she" is right when the student
// chooses the person she is. The exercise survives a reload without
// showing the answers, "Annotated article" asks before it shows them, and
// a mark can be removed where it stands.
func TestExerciseGradedByPersonAndKeptHidden(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	var menu []string
	var afterReload struct {
		Mode    string
		Quotes  int
		Marks   []string
		Guarded bool
		Missed  int // quotations missed shown in the article (none before checking)
	}
	var removed, missedShown int
	var score string
	var results []string
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1366, 768),
		openExample(srv.URL),
		click(`#mode-exercise`),
		waitFor(`document.querySelector('#exercise-text') !== null`, 5*time.Second),
		// "We will open the pier in June 2027," she said.
		selectInExercise(`"We will open the pier in June 2027,"`),
		click(`#mark-quote`),
		waitFor(`document.querySelector('#speaker-0') !== null`, 5*time.Second),
		evalJSON(`[...document.querySelector('#speaker-0').options].map(o => o.text)`, &menu),
		chromedp.Evaluate(`(s => { s.value = [...s.options].find(o => o.text.startsWith('Elena Vargas')).value;
			s.dispatchEvent(new Event('change', {bubbles: true})); })(document.querySelector('#speaker-0'))`, nil),
		selectInExercise(`The new pier was designed`),
		click(`#mark-quote`),
		waitFor(`document.querySelectorAll('#exercise-text mark.student').length === 2`, 5*time.Second),
		chromedp.Reload(),
		waitFor(`document.querySelectorAll('#exercise-text mark.student').length === 2`, 60*time.Second),
		click(`#mode-read`),
		waitFor(`document.querySelector('.guard') !== null`, 5*time.Second),
		evalJSON(`({Mode: document.querySelector('.page').className, Quotes: document.querySelectorAll('[data-quote]').length,
			Marks: [...document.querySelectorAll('#exercise-text mark.student')].map(m => m.textContent),
			Guarded: document.querySelector('.guard') !== null, Missed: document.querySelectorAll('mark.answer-missed').length})`, &afterReload),
		screenshot("laptop-1366-guard"),
		click(`#stay-exercise`),
		// remove the mark that is not a quotation where it stands
		click(`#exercise-text .mark-tag button.remove-mark[data-mark="0"]`),
		waitFor(`document.querySelectorAll('#exercise-text mark.student').length === 1`, 5*time.Second),
		chromedp.Evaluate(`document.querySelectorAll('#exercise-text mark.student').length`, &removed),
		click(`#check`),
		waitFor(`document.querySelector('.score') !== null`, 5*time.Second),
		chromedp.Text(`.score`, &score, chromedp.ByQuery),
		evalJSON(`[...document.querySelectorAll('[data-result="found"]')].map(r => r.dataset.speakerRight)`, &results),
		chromedp.Evaluate(`document.querySelectorAll('#exercise-text mark.answer-missed').length`, &missedShown),
		screenshot("laptop-1366-checked"),
	)
	if err != nil {
		t.Fatal(err)
	}
	list := strings.Join(menu, "|")
	for _, want := range []string{"Elena Vargas (Mayor)", "Tom Becker", "Ministry of Transport", "An anonymous source", "The text does not say"} {
		if !strings.Contains(list, want) {
			t.Errorf("the speaker list lacks %q: %q", want, menu)
		}
	}
	// (a place the engine has speak is offered: it is then an answer)
	for _, place := range []string{"Northside", "2023", "June 2027", "Monday"} {
		for _, m := range menu {
			if strings.HasPrefix(m, place) {
				t.Errorf("the speaker list offers %q (not a person or organisation): %q", m, menu)
			}
		}
	}
	if !strings.Contains(afterReload.Mode, "mode-exercise") || afterReload.Quotes != 0 || len(afterReload.Marks) != 2 || !afterReload.Guarded {
		t.Errorf("after a reload during the exercise: %+v; want the exercise, its 2 marks, no highlights, and a question before the answers", afterReload)
	}
	if afterReload.Missed != 0 || missedShown != 8 {
		t.Errorf("quotations missed shown in the article: %d before checking, %d after (want 0, then the 8 missed)", afterReload.Missed, missedShown)
	}
	if removed != 1 {
		t.Errorf("after Remove, %d marks remain", removed)
	}
	if strings.Join(results, "|") != "true" || !strings.Contains(score, "right speaker for 1 of the 1") {
		t.Errorf("\"she said\", answered Elena Vargas: results %q, score %q", results, score)
	}
}
