package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// lowContrast lists every visible piece of text whose contrast with the
// background behind it is under WCAG AA (4.5:1, or 3:1 for large text).
// Disabled buttons are exempt, as WCAG allows.
const lowContrast = `(() => {
	const parse = s => { const m = s.match(/rgba?\(([^)]+)\)/); if (!m) return null;
		const p = m[1].split(',').map(parseFloat); return {rgb: p.slice(0, 3), a: p.length > 3 ? p[3] : 1}; };
	const lum = rgb => { const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
		return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
	const behind = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
		if (c && c.a > 0.5) return c.rgb; } return [255, 255, 255]; };
	const bad = [];
	for (const el of document.querySelectorAll('body *')) {
		if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
		if (el.closest('.sr-only, .print-only, .skip-link, [disabled]') || el.getClientRects().length === 0) continue;
		const st = getComputedStyle(el);
		if (st.visibility === 'hidden') continue;
		const fg = lum(parse(st.color).rgb), bg = lum(behind(el));
		const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
		const size = parseFloat(st.fontSize), large = size >= 24 || size >= 18.66 && parseInt(st.fontWeight) >= 700;
		if (ratio < (large ? 3 : 4.5)) bad.push(el.tagName + '.' + el.className + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
	}
	return bad;
})()`

// Every text on the page meets WCAG AA contrast, with the highlights, the
// loaded verbs and the exercise results shown.
func TestContrastMeetsWCAGAA(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	var reading, loaded, exercise []string
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		click(`#share`),
		chromedp.Evaluate(lowContrast, &reading),
		click(`#show-loaded`),
		waitFor(`document.querySelector('.page.show-loaded') !== null`, 5*time.Second),
		chromedp.Evaluate(lowContrast, &loaded),
		click(`#mode-exercise`),
		waitFor(`document.querySelector('#exercise-text') !== null`, 5*time.Second),
		selectInExercise(`Nobody asked the fishermen`),
		click(`#mark-quote`),
		waitFor(`document.querySelectorAll('.student-mark').length === 1`, 5*time.Second),
		click(`#check`),
		waitFor(`document.querySelector('.score') !== null`, 5*time.Second),
		chromedp.Evaluate(lowContrast, &exercise),
	)
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]string{"reading": reading, "loaded verbs": loaded, "exercise": exercise} {
		for _, b := range bad {
			t.Errorf("%s: low contrast: %s", name, b)
		}
	}
}

// Text size follows the browser's setting: a reader who sets a larger
// default font gets larger text everywhere.
func TestTextSizeFollowsTheBrowser(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	const sizes = `[...['.annotated', '.tagline', '.person-name', 'button#share', '.sources-table td']].map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))`
	var normal, larger []float64
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		chromedp.Evaluate(sizes, &normal),
		chromedp.ActionFunc(func(ctx context.Context) error {
			return page.SetFontSizes(&page.FontSizes{Standard: 24, Fixed: 20}).Do(ctx)
		}),
		chromedp.Reload(),
		waitFor(`document.querySelector('[data-speaker="Elena Vargas"]') !== null`, 60*time.Second),
		waitFor(panelsDrawn, 5*time.Second), // .person-name is in a panel
		chromedp.Evaluate(sizes, &larger),
	)
	if err != nil {
		t.Fatal(err)
	}
	for i := range normal {
		if larger[i] < normal[i]*1.4 {
			t.Errorf("element %d: %.1fpx at the default size, %.1fpx with the browser at 24px: it does not follow", i, normal[i], larger[i])
		}
	}
}
