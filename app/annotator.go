package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// annotateDelay lets a burst of typing settle before the engine runs.
const annotateDelay = 250 * time.Millisecond

// Page modes.
const (
	modeRead     = "read"     // the annotated article and its panels
	modeExercise = "exercise" // highlights hidden; the student finds the quotes
)

// annotator is the page: the article box and library, the reading view
// with its highlights and panels, and the exercise. Its methods are spread
// over files by job: page.go draws it, toolbar.go exports and shares,
// exercise_view.go and library_view.go hold those features.
type annotator struct {
	app.Compo

	text     string
	boxText  string // the text last put in the article box by the page
	doc      *extract.Document
	errMsg   string
	saveMsg  string
	notice   string // what just happened (opened a link, deleted an article)
	status   string
	selected string // referent id chosen in the panel
	pending  int    // bumps on every edit; only the latest edit annotates
	update   bool   // a new version of the app is ready
	runs     int    // annotations started; a late result of an older one is dropped
	shownRun int    // the run on the page (make bench waits on it)
	view     *reading
	started  bool // the engine is loaded

	mode       string
	showLoaded bool // loaded attribution verbs highlighted
	exercise   exerciseState
	exMsg      string
	share      string // the last share link made
	shareMsg   string
	library    []libraryItem
	libMsg     string
	deleted    *libraryItem // the last article deleted, until undone
	deletedAt  int

	// measured, for the status line and for make bench
	annotateMs float64
	engineMs   float64
	heapMB     float64
}

// OnAppUpdate is told by go-app when a new version has been downloaded. The
// page is not reloaded under the user: they choose when, and the article,
// saved on every edit, comes back after the reload.
func (c *annotator) OnAppUpdate(ctx app.Context) {
	c.update = ctx.AppUpdateAvailable()
}

func (c *annotator) reload(ctx app.Context, e app.Event) {
	c.save(ctx)
	ctx.Reload()
}

func (c *annotator) OnMount(ctx app.Context) {
	ctx.After(workerDelay, startServiceWorker)
	c.mode = modeRead
	start := time.Now()
	if err := extract.Load(); err != nil {
		c.errMsg = "The language engine could not start: " + err.Error()
		return
	}
	c.engineMs = msSince(start)
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	c.heapMB = float64(mem.HeapAlloc) / (1 << 20)
	c.started = true
	saved, err := loadArticle(ctx)
	if err != nil {
		c.saveMsg = "Your browser does not let this page keep the article: it will be lost on reload."
	}
	c.library, _ = loadLibrary(ctx)
	if saved == "" {
		saved = exampleArticle
	}
	c.text, c.boxText = saved, saved
	c.openSharedLink(ctx)
	c.restoreExercise(ctx)
	c.annotate(ctx)
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

// OnNav handles a share link opened while the page is already running.
func (c *annotator) OnNav(ctx app.Context) {
	if c.started && c.openSharedLink(ctx) {
		c.restoreExercise(ctx)
		c.annotate(ctx)
	}
}

// openSharedLink opens the article a share link carries in its fragment,
// keeps the article it replaces in the library, and takes the article out
// of the address bar (it stays out of history and bookmarks). It reports
// whether the article changed.
func (c *annotator) openSharedLink(ctx app.Context) bool {
	u := *ctx.Page().URL()
	text, ok, err := sharedArticle(u.Fragment)
	if !ok {
		return false
	}
	u.Fragment, u.RawFragment = "", ""
	ctx.Page().ReplaceURL(&u)
	if err != nil {
		c.notice = "This share link could not be opened: " + err.Error() + ". Your own article is kept."
		return false
	}
	text = normalizeNewlines(text)
	if text == c.text {
		c.notice = "Opened the article from the share link."
		return false
	}
	kept := c.keepInLibrary(ctx, c.text)
	c.setText(ctx, text)
	c.notice = "Opened the article from the share link."
	if kept {
		c.notice += " Your previous article is in the library."
	}
	return true
}

// normalizeNewlines writes line breaks as a text box does, so offsets
// measured in the box and in the text agree.
func normalizeNewlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

func (c *annotator) onInput(ctx app.Context, e app.Event) {
	c.text = ctx.JSSrc().Get("value").String()
	c.save(ctx)
	c.pending++
	n := c.pending
	ctx.After(annotateDelay, func(ctx app.Context) {
		if n == c.pending {
			c.annotate(ctx)
		}
	})
}

// setText replaces the article (from the example, the library or a link).
// The box is written here, not on every render: writing back what the user
// just typed would cost a relayout of the whole box per keystroke (and
// move the caret), which a 50,000-word article makes long.
func (c *annotator) setText(ctx app.Context, text string) {
	c.text, c.boxText = text, text
	if box := app.Window().GetElementByID("article"); box.Truthy() {
		box.Set("value", text)
	}
	c.share, c.shareMsg = "", ""
	c.save(ctx)
}

func (c *annotator) save(ctx app.Context) {
	if err := saveArticle(ctx, c.text); err != nil {
		c.saveMsg = "This article could not be saved in the browser (storage is full or turned off); it is still here until you close the page."
		return
	}
	c.saveMsg = ""
}

// longText is where annotation moves off the event handler: past it, the
// engine pauses now and then so the page keeps answering while it works.
const longText = 30000

func (c *annotator) annotate(ctx app.Context) {
	c.runs++
	run, text := c.runs, c.text
	start := time.Now()
	if len(text) < longText {
		doc, err := extract.Annotate(text)
		c.show(doc, err, msSince(start))
		c.shownRun = run
		return
	}
	c.status = "Annotating…"
	ctx.Async(func() {
		// Between slices of work the engine yields (yield_wasm.go): Go in
		// WebAssembly gives the main thread back when every goroutine waits.
		doc, err := extract.AnnotateWith(text, extract.Options{Pause: yieldToBrowser})
		ms := msSince(start)
		ctx.Dispatch(func(ctx app.Context) {
			if run == c.runs { // a later edit has its own run
				c.show(doc, err, ms)
				c.shownRun = run
			}
		})
	})
}

// show puts an annotation (or the reason there is none) on the page.
func (c *annotator) show(doc *extract.Document, err error, ms float64) {
	if err != nil {
		c.doc, c.view = nil, nil
		if err == extract.ErrEmpty {
			c.errMsg = ""
			c.status = "Paste an article to begin."
		} else {
			c.errMsg = "This text cannot be annotated: " + err.Error() + ". Your text is kept as it is."
			c.status = ""
		}
		return
	}
	c.doc, c.errMsg = doc, ""
	c.view = newReading(c.text, doc)
	c.annotateMs = ms
	c.status = fmt.Sprintf("%d entities, %d quotations, annotated in %.1f ms.", len(doc.Entities), len(doc.Quotes), c.annotateMs)
	if c.selected != "" && !hasReferent(doc, c.selected) {
		c.selected = ""
	}
}

func msSince(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }

func hasReferent(doc *extract.Document, id string) bool {
	for _, p := range doc.People {
		if p.ID == id {
			return true
		}
	}
	return false
}

func (c *annotator) useExample(ctx app.Context, e app.Event) {
	c.keepInLibrary(ctx, c.text)
	c.setText(ctx, exampleArticle)
	c.restoreExercise(ctx)
	c.annotate(ctx)
}

func (c *annotator) clear(ctx app.Context, e app.Event) {
	c.keepInLibrary(ctx, c.text)
	c.setText(ctx, "")
	c.restoreExercise(ctx)
	c.annotate(ctx)
}

// onChoosePerson reads the person from the button's data-person: go-app
// keeps a node's first handler when a list re-renders, so a closure over the
// id would go on choosing whoever held that place in an earlier article.
func (c *annotator) onChoosePerson(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("person").String()
	if c.selected == id {
		c.selected = ""
	} else {
		c.selected = id
	}
}

func (c *annotator) onToggleLoaded(ctx app.Context, e app.Event) {
	c.showLoaded = ctx.JSSrc().Get("checked").Bool()
}

func (c *annotator) onMode(ctx app.Context, e app.Event) {
	mode := ctx.JSSrc().Get("dataset").Get("mode").String()
	if mode != modeExercise {
		mode = modeRead
	}
	c.mode = mode
}
