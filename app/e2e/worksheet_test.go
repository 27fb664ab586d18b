package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// printAs chooses a sheet in the print menu; the browser's print dialog
// is replaced by a counter, and the page is then laid out for paper.
func printAs(id string) chromedp.Tasks {
	return chromedp.Tasks{
		chromedp.Evaluate(`window.print = () => { window.printed = (window.printed || 0) + 1; }`, nil),
		click(`#print`),
		click(`#` + id),
		waitFor(`window.printed >= 1`, 10*time.Second),
		chromedp.Evaluate(`window.printed = 0`, nil),
		emulation.SetEmulatedMedia().WithMedia("print"),
	}
}

// savePDF prints the page to an A4 PDF kept for a person to look at when
// WHOSAID_SHOTS names a folder.
func savePDF(name string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		pdf, _, err := page.PrintToPDF().WithPaperWidth(8.27).WithPaperHeight(11.69).Do(ctx)
		if err != nil {
			return err
		}
		if dir := os.Getenv("WHOSAID_SHOTS"); dir != "" {
			return os.WriteFile(filepath.Join(dir, name+".pdf"), pdf, 0o644)
		}
		return nil
	})
}

type sheet struct {
	Table, Answers, Lines, Legend bool
	Plain                         bool    // no highlight is marked in the article
	LegendTop, ArticleStart       float64 // px from the top of the sheet
	QuestionsAfterArticle         bool
	Key                           string
	Styles                        []string // each legend kind's look in black and white
	Colours                       []string // any colour left in the legend
}

const readSheet = `(() => {
	const shown = s => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0 && getComputedStyle(e).display !== 'none'; };
	const top = e => e.getBoundingClientRect().top + scrollY;
	const first = document.querySelector('.annotated p');
	const marks = [...document.querySelectorAll('.annotated mark.ent, .annotated .quote')];
	const look = e => { const s = getComputedStyle(e), b = getComputedStyle(e, '::before'), a = getComputedStyle(e, '::after');
		return [s.textDecorationLine, s.textDecorationStyle, s.borderBottomStyle, s.borderTopStyle, s.fontStyle, s.boxShadow !== 'none' ? 'box' : '',
			b.content !== 'none' && b.content !== 'normal' ? 'before ' + b.content : ''].join(' '); };
	const legend = [...document.querySelectorAll('.legend li > :first-child')];
	const colour = c => { const m = c.match(/[\d.]+/g); return m && !(m[0] === m[1] && m[1] === m[2]) && !(m.length > 3 && +m[3] === 0); };
	return {Table: shown('.sources-table'), Answers: shown('.answer'), Lines: shown('.answer-lines'), Legend: shown('.legend'),
		Plain: marks.every(m => { const s = getComputedStyle(m); return s.textDecorationLine === 'none' && s.fontStyle === 'normal'; }),
		LegendTop: shown('.legend') ? top(document.querySelector('.legend')) : -1, ArticleStart: top(first) + first.getBoundingClientRect().height,
		QuestionsAfterArticle: top(document.querySelector('.worksheet-questions')) > top(first),
		Key: [...document.querySelectorAll('.answer')].map(a => a.textContent).join(' '),
		Styles: legend.map(e => e.textContent + ': ' + look(e)),
		Colours: legend.flatMap(e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor, getComputedStyle(e).textDecorationColor]).filter(colour)};
})()`

// The three printed sheets: a student sheet without highlights (lines to
// answer on, no answers), one with highlights (the legend above the
// article's start, on its first page), and the teacher's key (the sources
// table and the answers); on paper every kind of highlight looks
// different in black and white.
func TestWorksheetsPrint(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	var plain, marked, key sheet
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		printAs("print-student"),
		evalJSON(readSheet, &plain),
		savePDF("sheet-student"),
		emulation.SetEmulatedMedia().WithMedia("screen"),
		printAs("print-student-marked"),
		evalJSON(readSheet, &marked),
		savePDF("sheet-student-marked"),
		emulation.SetEmulatedMedia().WithMedia("screen"),
		printAs("print-key"),
		evalJSON(readSheet, &key),
		savePDF("sheet-key"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if plain.Table || plain.Answers || !plain.Lines || !plain.Plain || !plain.QuestionsAfterArticle {
		t.Errorf("student sheet: %+v; want no table, no answers, lines to answer on, plain text, questions after the article", plain)
	}
	if marked.Table || marked.Answers || !marked.Lines || marked.Plain || !marked.Legend {
		t.Errorf("student sheet with highlights: %+v", marked)
	}
	// A4 at 96 px an inch, less the margins: the first page ends near 1040 px.
	if marked.LegendTop < 0 || marked.LegendTop > marked.ArticleStart || marked.ArticleStart > 1000 {
		t.Errorf("the legend (at %.0f px) and the article's start (%.0f px) are not together on the first page", marked.LegendTop, marked.ArticleStart)
	}
	if !key.Table || !key.Answers || key.Lines || !strings.Contains(key.Key, "Quoted the most: Elena Vargas") || !strings.Contains(key.Key, "claimed") {
		t.Errorf("teacher's key: %+v", key)
	}
	seen := map[string]string{}
	for _, s := range marked.Styles {
		name, look, _ := strings.Cut(s, ": ")
		if other, ok := seen[look]; ok {
			t.Errorf("in black and white %q looks like %q (%s)", name, other, look)
		}
		seen[look] = name
	}
	if len(marked.Styles) < 8 {
		t.Errorf("the legend has %d kinds: %q", len(marked.Styles), marked.Styles)
	}
	if len(marked.Colours) > 0 {
		t.Errorf("colour left on paper in the legend: %q", marked.Colours)
	}
}
