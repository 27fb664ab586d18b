package main

import (
	"fmt"
	"runtime"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// annotateDelay lets a burst of typing settle before the engine runs.
const annotateDelay = 250 * time.Millisecond

// annotator is the page: the article box, the reading view with its
// highlights, and the people panel.
type annotator struct {
	app.Compo

	text     string
	doc      *extract.Document
	errMsg   string
	saveMsg  string
	status   string
	selected string // referent id chosen in the panel
	pending  int    // bumps on every edit; only the latest edit annotates
	update   bool   // a new version of the app is ready
	runs     int    // annotations started; a late result of an older one is dropped
	shownRun int    // the run on the page (make bench waits on it)
	view     *reading

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
	start := time.Now()
	if err := extract.Load(); err != nil {
		c.errMsg = "The language engine could not start: " + err.Error()
		return
	}
	c.engineMs = msSince(start)
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	c.heapMB = float64(mem.HeapAlloc) / (1 << 20)
	saved, err := loadArticle(ctx)
	if err != nil {
		c.saveMsg = "Your browser does not let this page keep the article: it will be lost on reload."
	}
	c.text = saved
	if c.text == "" {
		c.text = exampleArticle
	}
	c.annotate(ctx)
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
		// A sleep lets the browser run between slices of work: Go in
		// WebAssembly gives the main thread back when every goroutine waits.
		doc, err := extract.AnnotateWith(text, extract.Options{Pause: func() { time.Sleep(time.Millisecond) }})
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
	c.text = exampleArticle
	c.save(ctx)
	c.annotate(ctx)
}

func (c *annotator) clear(ctx app.Context, e app.Event) {
	c.text = ""
	c.save(ctx)
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

func (c *annotator) Render() app.UI {
	return app.Div().Class("page").Body(
		app.If(c.update, func() app.UI {
			return app.Div().Class("update").Role("status").Body(
				app.Text("A new version of whosaid is ready. Your article is kept. "),
				app.Button().Type("button").ID("reload").Text("Reload now").OnClick(c.reload),
			)
		}),
		app.Header().Class("masthead").Body(
			app.H1().Text("whosaid"),
			app.P().Class("tagline").Text("Who is quoted in this article, and who is only talked about? Paste a news article: names, places, dates and every quotation with its speaker are highlighted. Nothing leaves your browser."),
		),
		app.Main().Class("workspace").Body(
			app.Section().Class("input").Aria("label", "Article").Body(
				app.Label().For("article").Text("Article"),
				app.Textarea().
					ID("article").
					Placeholder("Paste a news article here…").
					Spellcheck(false).
					Text(c.text).
					OnInput(c.onInput),
				app.Div().Class("actions").Body(
					app.Button().Type("button").Text("Use the example").OnClick(c.useExample),
					app.Button().Type("button").Text("Clear").OnClick(c.clear),
				),
				app.If(c.saveMsg != "", func() app.UI {
					return app.P().Class("notice").Role("status").Text(c.saveMsg)
				}),
			),
			app.Section().Class("reading").Aria("label", "Annotated article").Body(
				app.If(c.errMsg != "", func() app.UI {
					return app.P().Class("error").Role("alert").Text(c.errMsg)
				}),
				app.P().Class("status").Role("status").Aria("live", "polite").
					DataSet("annotate-ms", c.annotateMs).
					DataSet("shown-run", c.shownRun).
					DataSet("engine-ms", c.engineMs).
					DataSet("heap-mb", c.heapMB).
					Text(c.status),
				app.If(c.doc != nil, func() app.UI {
					return &readingView{Reading: c.view, Selected: c.selected}
				}),
			),
			app.Aside().Class("panel").Aria("label", "People and legend").Body(
				legend(),
				app.If(c.doc != nil, func() app.UI {
					return peoplePanel(c.doc, c.selected, c.onChoosePerson)
				}),
			),
		),
		app.Footer().Body(
			app.P().Text("whosaid runs its language engine in this page (WebAssembly): the article is never uploaded, and the app works offline once visited."),
		),
	)
}
