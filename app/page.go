package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// page is the whole page: the layout, the mode, the update notice, and the
// article, which it alone changes (article.go). Each feature is its own
// component with its own state, in its own file:
//
//	articleBox     article_box.go   the text box, the example, Clear
//	libraryView    library_view.go  the articles kept in this browser
//	readingPane    reading_pane.go  the status line, the highlighted article, the sources table
//	sourcesPanel   sources_panel.go who speaks, who is only mentioned
//	verbsPanel     verbs_panel.go   neutral and loaded attribution verbs
//	exerciseView   exercise_view.go the student's exercise
//	correctionsPanel corrections_view.go a teacher's corrections of the engine
//	toolbar        toolbar.go       the modes, the exports, printing, the share link
//	worksheet      worksheet.go     the printed sheet's header, questions and answers
type page struct {
	app.Compo

	article articleState  // published as stateArticle
	pending int           // bumps on every edit; only the latest edit annotates
	runs    int           // annotations started; a late result of an older one is dropped
	engine  *engineClient // the engine's worker; nil: the engine runs on the page's thread
	sent    string        // the text of the latest annotation asked of the worker
	// panelsDue counts the handings of the article to the panels
	// (publishReadingFirst): only the latest is made
	panelsDue int
	unsaved   bool // the article was edited since it was last saved

	mode       string // observed from stateMode
	showLoaded bool   // observed from stateLoaded
	printAs    string // observed from statePrint
	notice     string // observed from stateNotice
	undo       string // the article replaced last
	undoFixes  []correction
	undoFor    string // the notice that offers to put it back
	update     bool   // a new version of the app is ready
	controlled bool   // a service worker served this page: only then can a newer one be waiting
	// panels: the side panels and the printed worksheet are drawn. The
	// app's first drawing leaves them out, to put the highlighted article
	// on screen sooner; they follow once it has been painted (OnMount).
	panels bool
}

func (p *page) OnMount(ctx app.Context) {
	if sw := app.Window().Get("navigator").Get("serviceWorker"); sw.Truthy() {
		p.controlled = sw.Get("controller").Truthy()
	}
	ctx.After(workerDelay, startServiceWorker)
	// Every shared state is set before a component observes it.
	ctx.SetState(stateMode, modeRead)
	ctx.SetState(stateLoaded, false)
	ctx.SetState(stateSelected, "")
	ctx.SetState(stateNotice, "")
	ctx.SetState(stateExerciseOpen, false)
	ctx.SetState(statePrint, printKey)
	library, _ := loadLibrary(ctx)
	ctx.SetState(stateLibrary, library)
	p.publish(ctx)
	ctx.ObserveState(stateMode, &p.mode)
	ctx.ObserveState(stateLoaded, &p.showLoaded)
	ctx.ObserveState(stateNotice, &p.notice)
	ctx.ObserveState(statePrint, &p.printAs)
	ctx.Handle(actionEdit, p.onEdit)
	ctx.Handle(actionReplace, p.onReplace)
	ctx.Handle(actionCorrect, p.onCorrect)
	ctx.Handle(actionUncorrect, p.onUncorrect)
	p.engine = connectEngine(func(r engineReply) {
		// read here, in pieces, not in go-app's loop, which it would hold
		if r.Doc != nil || r.Empty || r.Err != "" { // an older text's is dropped unread
			mark("received")
			r.decoded, r.decodeErr = r.document(yieldToBrowser)
			mark("decoded")
			if r.decoded != nil && r.Text != "" {
				// a long document's preparation for the reading view in
				// a task of its own: its arrival was one long block; a
				// news article's takes a fraction of a millisecond, and
				// each pause let the browser run what waited first
				long := len(r.Text) >= longText
				if long {
					yieldToBrowser()
				}
				r.view = newReading(r.Text, r.decoded, nil)
				if long {
					yieldToBrowser()
				}
			}
		}
		ctx.Dispatch(func(ctx app.Context) { p.onEngineReply(ctx, r) })
	})
	p.startEngineSoon(ctx)
	p.saveOnLeave(ctx)
	if !p.panels {
		afterPaint(func() {
			ctx.Dispatch(func(ctx app.Context) {
				p.panels = true
				// the engine's warm-up once the panels are painted too: its
				// thread then no longer competes with the page's start
				ctx.Defer(func(app.Context) { afterPaint(p.warmEngine) })
			})
		})
	}
}

// warmEngine asks the engine's worker to warm up (engine_warm.go).
func (p *page) warmEngine() {
	if p.engine != nil {
		p.engine.warm()
	}
}

// saveOnLeave saves an edit not saved yet when the page is hidden or left
// (a reload, a closed tab, a phone switching apps): edits are saved once
// typing settles (onEdit), and what was typed just before must come back.
// A plain browser callback, as go-app would handle the event after the
// page has gone.
func (p *page) saveOnLeave(ctx app.Context) {
	leave := app.FuncOf(func(app.Value, []app.Value) any {
		if p.unsaved {
			p.save(ctx)
		}
		return nil
	})
	app.Window().Call("addEventListener", "pagehide", leave)
	app.Window().Get("document").Call("addEventListener", "visibilitychange", leave)
}

// OnAppUpdate is told by go-app when a new version has been downloaded. The
// page is not reloaded under the user: they choose when, and the article,
// saved before it (reload, saveOnLeave), comes back after it. On a first visit the
// page is the newest version already, but go-app takes the first service
// worker for an update when the page learns of its control before of its
// activation, as Firefox often tells them: no notice then.
func (p *page) OnAppUpdate(ctx app.Context) {
	p.update = p.controlled && ctx.AppUpdateAvailable()
}

func (p *page) reload(ctx app.Context, e app.Event) {
	p.save(ctx)
	ctx.Reload()
}

// workerDelay lets the first annotation reach the screen before the
// service worker starts downloading the app for offline use.
const workerDelay = 300 * time.Millisecond

// startServiceWorker registers go-app's service worker (its loader no
// longer does: see streaming.go), which makes the app work offline.
func startServiceWorker(ctx app.Context) {
	if init := app.Window().Get("goappInitServiceWorker"); init.Truthy() {
		init.Invoke()
	}
}

func (p *page) Render() app.UI {
	mode := p.mode
	if mode == "" {
		mode = modeRead
	}
	class := "page mode-" + mode + " print-" + p.printAs
	if p.showLoaded {
		class += " show-loaded"
	}
	exercise := mode == modeExercise
	return app.Div().Class(class).Body(
		app.A().Class("skip-link").Href("#reading").Text("Skip to the annotated article").OnClick(p.onSkip),
		app.If(p.update, func() app.UI {
			return app.Div().Class("update").Role("status").Body(
				app.Text("A new version of whosaid is ready. Your article is kept. "),
				app.Button().Type("button").ID("reload").Text("Reload now").OnClick(p.reload),
			)
		}),
		app.Header().Class("masthead").Body(
			app.H1().Text("whosaid"),
			app.P().Class("tagline").Text("Who is quoted in this article, and who is only talked about? Paste a news article: names, places, dates and every quotation with its speaker are highlighted. Nothing leaves your browser."),
		),
		&toolbar{},
		app.If(p.notice != "", func() app.UI {
			return app.P().Class("notice page-notice").Role("status").Body(
				app.Text(p.notice),
				app.If(p.undo != "" && p.undoFor == p.notice, func() app.UI {
					return app.Button().Type("button").ID("undo-replace").Class("inline").Text("Undo").OnClick(p.onUndoReplace)
				}),
			)
		}),
		// its place kept while it waits: go-app matches children by
		// their place, and the workspace after it (the text box, with
		// the focus) would be drawn anew
		app.If(p.panels, func() app.UI { return &worksheet{} }).Else(func() app.UI { return app.Div().Hidden(true) }),
		app.Main().Class("workspace").Body(
			app.Section().Class("input").Aria("label", "Article").Body(
				&articleBox{},
				&libraryView{},
			),
			app.Section().ID("reading").Class("reading").Aria("label", "Annotated article").TabIndex(-1).Body(
				&readingPane{Exercise: exercise},
				app.If(exercise, func() app.UI { return &exerciseView{} }),
			),
			app.If(!exercise, func() app.UI {
				aside := app.Aside().Class("panel").Aria("label", "Sources, verbs and legend")
				if !p.panels {
					return aside.Aria("busy", true)
				}
				return aside.Body(
					&sourcesPanel{},
					&verbsPanel{},
					&correctionsPanel{},
					&legendPanel{},
				)
			}),
		),
		app.Footer().Body(
			app.P().Text("whosaid runs its language engine in this page (WebAssembly): the article is never uploaded, and the app works offline once visited."),
		),
	)
}

// onSkip moves the keyboard focus to the article: following the link only
// scrolls there (go-app handles in-page links itself).
func (p *page) onSkip(ctx app.Context, e app.Event) {
	ctx.Defer(func(app.Context) {
		if r := app.Window().GetElementByID("reading"); r.Truthy() {
			r.Call("focus")
		}
	})
}
