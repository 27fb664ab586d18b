package main

import (
	"html"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// This file is the hand-over from the page the server sends, usable before
// WebAssembly has started (web/boot.js keeps what the reader does to it),
// to the app, which draws the page again and starts the engine.

// startingStatus is the page's quiet progress line until the engine runs.
const startingStatus = "The language engine is starting… you can paste or type already."

// earlyInput is what the reader did to the page the server sent, before
// WebAssembly started: web/boot.js keeps it in window.whosaidEarly.
type earlyInput struct {
	text       string // the box as the reader left it
	edited     bool   // typed, pasted, or used Example/Clear
	replaced   bool   // used Example/Clear: the article before goes to the library
	focused    bool   // the caret was in the box
	start, end int    // the selection in the box, in UTF-16 units
}

var (
	earlyOnce sync.Once
	early     earlyInput
)

// bootInput reads the box of the page the server sent, once, before the
// app replaces it, and tells boot.js to stop following it.
func bootInput() earlyInput {
	earlyOnce.Do(func() {
		win := app.Window()
		// when the app took over (make bench reads it)
		win.Set("whosaidStarted", win.Get("performance").Call("now"))
		mark("app-draw")
		if box := win.GetElementByID("article"); box.Truthy() {
			early.text = normalizeNewlines(box.Get("value").String())
		}
		if e := win.Get("whosaidEarly"); e.Truthy() {
			early.edited = e.Get("edited").Bool()
			early.replaced = e.Get("replaced").Bool()
			early.focused = e.Get("focused").Bool()
			early.start, early.end = e.Get("start").Int(), e.Get("end").Int()
		}
	})
	return early
}

// OnInit runs before the page is first drawn: on the server for the page
// sent before WebAssembly has started, in the browser for the page the app
// draws over it, which starts with the text the reader sees.
func (p *page) OnInit() {
	p.panels = app.IsServer // the server's page has them: it is drawn once
	p.article = firstArticle()
	p.runs = p.article.ShownRun
}

var (
	firstOnce sync.Once
	first     articleState
)

// firstArticle is the article of the app's first drawing: the text of the
// server's box (the example, or the article boot.js put back) and, when
// the page already has that text's document (remembered.go), its
// highlights: a first visit's example and a reload's article are drawn
// once, highlighted, rather than plain and again when the page publishes
// its article. Every component showing the article starts from it, so the
// page's first publish changes nothing on screen. An exercise not yet
// checked keeps its answers hidden: no highlights then.
//
// On the server it is the example with its document (serverExample), so
// the page sent before WebAssembly runs already shows the example's
// highlights and sources table: a preview, without the data attributes of
// the app's drawing (a test or a script waiting for [data-quote] waits for
// the app), hidden by boot.js once the box holds anything else.
func firstArticle() articleState {
	firstOnce.Do(func() {
		first.Status = startingStatus
		if app.IsServer {
			if serverExample == nil {
				return
			}
			if doc := serverExample(); doc != nil {
				first.Text = exampleArticle
				first.present(doc, nil, -1, 0)
				first.Status, first.Preview, first.View.preview = startingStatus, true, true
			}
			return
		}
		first.Text, first.Replaced = bootInput().text, 1
		var ex exerciseState
		if readStorage(exerciseKey, &ex) == nil && ex.TextID == textID(first.Text) && ex.Active && !ex.Checked {
			return
		}
		doc := rememberedDocument(first.Text)
		if doc == nil {
			return
		}
		var fixes savedCorrections
		if readStorage(correctionsKey, &fixes) == nil && fixes.TextID == textID(first.Text) {
			first.Fixes = fixes.List
		}
		first.Thread = "remembered"
		first.present(doc, nil, -1, 1)
		mark("remembered")
	})
	return first
}

// OnInit gives the app's box the text of the server's box from its first
// drawing: keys pressed while the engine loads add to it.
func (b *articleBox) OnInit() {
	if !app.IsServer {
		b.boxText, b.replaced = bootInput().text, 1
	}
}

// startEngineSoon starts the engine once the browser has drawn the app's
// page and handled the input waiting for it: a first visit's start is then
// two shorter blocks of the main thread, not one.
func (p *page) startEngineSoon(ctx app.Context) {
	restoreCaret()
	ctx.Async(func() {
		yieldToBrowser()
		ctx.Dispatch(p.startEngine)
	})
}

// restoreCaret puts the caret back in the app's box where the reader left
// it in the server's: keys pressed meanwhile land in the box.
func restoreCaret() {
	in := bootInput()
	if !in.focused {
		return
	}
	if box := app.Window().GetElementByID("article"); box.Truthy() {
		box.Call("focus")
		box.Call("setSelectionRange", in.start, in.end)
	}
}

// takeEarlyInput returns the article to start with: what the reader put in
// the box before the engine was ready, else the one found at start.
func (p *page) takeEarlyInput(ctx app.Context, found string) string {
	if p.pending > 0 { // typed into the app's box before the engine started
		return p.article.Text
	}
	in := bootInput()
	if !in.edited {
		return found
	}
	if in.replaced {
		keepInLibrary(ctx, found, p.article.Fixes)
		p.article.Fixes = nil // they belong to the article replaced
	}
	p.article.Text = in.text
	p.save(ctx)
	return in.text
}

// prefilled is the article box; in the page the server sends, it holds the
// example, so a first visit shows it from the first byte and boot.js puts
// it back from there for the Example button. go-app writes a textarea's
// text as a value attribute, which HTML ignores (and quotes with Go's
// escapes), hence the box's own markup with the text inside.
func prefilled(box app.UI) app.UI {
	if !app.IsServer {
		return box
	}
	s := app.HTMLString(box)
	end := strings.LastIndex(s, "</textarea>")
	if end < 0 {
		return box
	}
	return app.Raw(s[:end] + html.EscapeString(exampleArticle) + s[end:])
}

// OnInit starts the status line with the progress line, in the server's
// page and in the app's until the page publishes its article.
func (r *readingPane) OnInit() {
	r.article = firstArticle()
}

// The other components showing the article start from it too.

// The other components showing the article start from it too, in the
// browser (the server's preview is of the article alone: its panels' and
// toolbar's buttons could not work before the app runs).

func (p *sourcesPanel) OnInit()     { p.article = appArticle() }
func (p *verbsPanel) OnInit()       { p.article = appArticle() }
func (p *correctionsPanel) OnInit() { p.article = appArticle() }
func (w *worksheet) OnInit()        { w.article = appArticle() }
func (t *toolbar) OnInit()          { t.article = appArticle() }
func (l *libraryView) OnInit()      { l.article = appArticle() }

func appArticle() articleState {
	if app.IsServer {
		return articleState{Status: startingStatus}
	}
	return firstArticle()
}

// serverExample is the engine's document of the example, on the server
// (server.go); nil in the browser.
var serverExample func() *extract.Document
