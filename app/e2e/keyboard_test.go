package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// pressUntil presses a key until a JavaScript condition holds: the test
// only reads the page; every change to it comes from the keyboard.
func pressUntil(key string, mods input.Modifier, cond string, most int) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		for i := 0; i < most; i++ {
			var ok bool
			if err := chromedp.Evaluate(cond, &ok).Do(ctx); err != nil {
				return err
			}
			if ok {
				return nil
			}
			if err := chromedp.KeyEvent(key, chromedp.KeyModifiers(mods)).Do(ctx); err != nil {
				return err
			}
		}
		var where string
		_ = chromedp.Evaluate(`(e => e.tagName + '#' + e.id + ' at ' + e.selectionStart + '-' + e.selectionEnd)(document.activeElement)`, &where).Do(ctx)
		return fmt.Errorf("%d presses of %q and still not %s (focus: %s)", most, key, cond, where)
	})
}

// tabTo moves the focus with Tab until it is on the element sel matches.
func tabTo(sel string) chromedp.Action {
	js, _ := json.Marshal(sel)
	return pressUntil(kb.Tab, 0, `document.activeElement === document.querySelector(`+string(js)+`)`, 150)
}

func key(k string) chromedp.Action { return chromedp.KeyEvent(k) }

// The main flow with the keyboard alone: skip to the article, choose a
// source, highlight loaded verbs, switch to the exercise, select a
// quotation with Shift and the arrow keys, mark it, name its speaker, check.
func TestKeyboardOnlyPath(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	var focusAfterSkip, speaker, score string
	var outline string
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		tabTo(`.skip-link`),
		key(kb.Enter),
		waitFor(`document.activeElement.id === 'reading'`, 5*time.Second),
		chromedp.Evaluate(`document.activeElement.id`, &focusAfterSkip),
		tabTo(`button.person[data-person]`),
		chromedp.Evaluate(`getComputedStyle(document.activeElement).outlineStyle`, &outline),
		key(kb.Enter),
		waitFor(`document.querySelectorAll('mark.selected').length === 2`, 5*time.Second),
		tabTo(`#show-loaded`),
		key(" "),
		waitFor(`document.querySelector('.page.show-loaded') !== null`, 5*time.Second),
		tabTo(`#mode-exercise`),
		key(kb.Enter),
		waitFor(`document.querySelector('#exercise-text') !== null`, 5*time.Second),
		tabTo(`#exercise-text`),
		// typing does not change the article under the student's marks
		chromedp.Evaluate(`window.articleBefore = document.querySelector('#exercise-text').textContent`, nil),
		key("x"),
		waitFor(`document.querySelector('.exercise-msg').textContent.includes('cannot be changed')`, 5*time.Second),
		waitFor(`document.querySelector('#exercise-text').textContent === window.articleBefore`, 5*time.Second),
		chromedp.KeyEvent(kb.Home, chromedp.KeyModifiers(input.ModifierCtrl)),
		pressUntil(kb.ArrowDown, 0, `(s => s.anchorNode && s.anchorNode.parentElement.closest('p').textContent.startsWith('"This pier'))(getSelection())`, 40),
		key(kb.Home),
		pressUntil(kb.ArrowRight, input.ModifierCtrl|input.ModifierShift,
			`getSelection().toString().includes('children,"')`, 30),
		// back to the button before the article
		pressUntil(kb.Tab, input.ModifierShift, `document.activeElement.id === 'mark-quote'`, 10),
		key(kb.Enter),
		waitFor(`document.querySelectorAll('#exercise-text mark.student').length === 1`, 5*time.Second),
		tabTo(`#speaker-0`),
		// typing a name chooses it in a closed list
		key("Elena"),
		waitFor(`document.querySelector('#speaker-0').selectedOptions[0].text.startsWith('Elena Vargas')`, 5*time.Second),
		tabTo(`#check`),
		key(kb.Enter),
		waitFor(`document.querySelector('.score') !== null`, 5*time.Second),
		chromedp.Evaluate(`document.querySelector('#speaker-0').selectedOptions[0].text`, &speaker),
		chromedp.Text(`.score`, &score, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if focusAfterSkip != "reading" {
		t.Errorf("the skip link leaves the focus on %q", focusAfterSkip)
	}
	if outline == "none" {
		t.Error("a focused source button shows no focus ring")
	}
	if !strings.Contains(score, "you found 1 of the 9") || !strings.Contains(score, "right speaker for 1 of the 1") {
		t.Errorf("after marking the mayor's quotation by keyboard: %q (speaker %q)", score, speaker)
	}
}
