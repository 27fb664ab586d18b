package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (c *annotator) Render() app.UI {
	class := "page mode-" + c.mode
	if c.showLoaded {
		class += " show-loaded"
	}
	exercise := c.mode == modeExercise
	return app.Div().Class(class).Body(
		app.A().Class("skip-link").Href("#reading").Text("Skip to the annotated article").OnClick(c.onSkip),
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
		c.renderToolbar(),
		app.If(c.notice != "", func() app.UI {
			return app.P().Class("notice page-notice").Role("status").Text(c.notice)
		}),
		worksheetHeader(),
		app.Main().Class("workspace").Body(
			app.Section().Class("input").Aria("label", "Article").Body(
				app.Label().For("article").Text("Article"),
				app.Textarea().
					ID("article").
					Placeholder("Paste a news article here…").
					Spellcheck(false).
					Text(c.boxText).
					OnInput(c.onInput),
				app.Div().Class("actions").Body(
					app.Button().Type("button").Text("Use the example").OnClick(c.useExample),
					app.Button().Type("button").Text("Clear").OnClick(c.clear),
				),
				app.If(c.saveMsg != "", func() app.UI {
					return app.P().Class("notice").Role("status").Text(c.saveMsg)
				}),
				c.renderLibrary(),
			),
			app.Section().ID("reading").Class("reading").Aria("label", "Annotated article").TabIndex(-1).Body(
				app.If(c.errMsg != "", func() app.UI {
					return app.P().Class("error").Role("alert").Text(c.errMsg)
				}),
				app.P().Class("status").Role("status").Aria("live", "polite").
					DataSet("annotate-ms", c.annotateMs).
					DataSet("shown-run", c.shownRun).
					DataSet("engine-ms", c.engineMs).
					DataSet("heap-mb", c.heapMB).
					Text(c.status),
				app.If(c.doc != nil && exercise, func() app.UI { return c.renderExercise() }),
				app.If(c.doc == nil && exercise, func() app.UI {
					return app.P().Class("notice").Text("There is no article to practise on yet: go to “Annotated article” and paste one.")
				}),
				app.If(c.doc != nil && !exercise, func() app.UI {
					return app.Div().Body(
						&readingView{Reading: c.view, Selected: c.selected},
						sourcesTable(c.doc),
					)
				}),
			),
			app.If(!exercise, func() app.UI {
				return app.Aside().Class("panel").Aria("label", "Sources, verbs and legend").Body(
					app.If(c.doc != nil, func() app.UI {
						return app.Div().Body(
							sourcesPanel(c.doc, c.selected, c.onChoosePerson),
							verbsPanel(c.doc, c.showLoaded, c.onToggleLoaded),
						)
					}),
					legend(),
				)
			}),
		),
		app.Footer().Body(
			app.P().Text("whosaid runs its language engine in this page (WebAssembly): the article is never uploaded, and the app works offline once visited."),
		),
	)
}

// worksheetHeader is printed above the article (the print stylesheet shows
// it; the screen does not): a class's worksheet.
func worksheetHeader() app.UI {
	return app.Section().Class("worksheet print-only").Aria("hidden", true).Body(
		app.P().Class("worksheet-fields").Text("Name: ______________________   Class: ________   Date: ____________"),
		app.H2().Text("Who speaks in this article?"),
		app.Ol().Body(
			app.Li().Text("Who is quoted the most? Who is only talked about, and never quoted?"),
			app.Li().Text("Which sources are anonymous? Why might the writer not name them?"),
			app.Li().Text("Find a loaded verb (claimed, admitted, insisted…). Rewrite the sentence with “said”: what changes?"),
			app.Li().Text("Whose point of view is missing?"),
		),
	)
}

// onSkip moves the keyboard focus to the article: following the link only
// scrolls there (go-app handles in-page links itself).
func (c *annotator) onSkip(ctx app.Context, e app.Event) {
	ctx.Defer(func(app.Context) {
		if r := app.Window().GetElementByID("reading"); r.Truthy() {
			r.Call("focus")
		}
	})
}
