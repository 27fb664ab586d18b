package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// readingPane shows the status line, and in reading mode the highlighted
// article and the sources table under it. It reads the article and the
// chosen person; it changes neither.
type readingPane struct {
	app.Compo
	Exercise bool // the exercise is on: highlights stay hidden

	article  articleState
	selected string
}

func (r *readingPane) OnMount(ctx app.Context) {
	ctx.ObserveState(stateArticle, &r.article)
	ctx.ObserveState(stateSelected, &r.selected)
}

func (r *readingPane) Render() app.UI {
	a := r.article
	return app.Div().Class("reading-pane").Body(
		app.If(a.Err != "", func() app.UI {
			return app.P().Class("error").Role("alert").Text(a.Err)
		}),
		app.P().Class("status").Role("status").Aria("live", "polite").
			DataSet("annotate-ms", a.AnnotateMs).
			DataSet("shown-run", a.ShownRun).
			DataSet("first-run", a.FirstRun).
			DataSet("settle-ms", a.SettleMs).
			DataSet("engine-ms", a.EngineMs).
			DataSet("heap-mb", a.HeapMB).
			DataSet("engine-thread", a.Thread).
			Text(a.Status),
		app.If(a.Doc != nil && !r.Exercise, func() app.UI {
			class := ""
			if a.Preview {
				class = "preview" // boot.js hides it once the box holds another text
			}
			return app.Div().Class(class).Body(
				// On a narrow screen the panels come after the article.
				app.Nav().Class("jump-links").Aria("label", "Jump to").Body(
					app.A().Href("#sources").Text(fmt.Sprintf("Sources (%d)", len(a.Doc.Sources.Quoted))),
					app.A().Href("#verbs").Text("Attribution verbs"),
					app.A().Href("#sources-table").Text("Table"),
				),
				&readingView{Reading: a.View, Selected: r.selected},
				&sourcesTableView{},
			)
		}),
	)
}
