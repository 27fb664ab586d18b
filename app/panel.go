package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// typeLabels name the entity types for people; the order is the legend's.
var typeLabels = map[string]string{
	"PERSON": "Person",
	"ORG":    "Organisation",
	"GPE":    "Place",
	"NORP":   "Nationality or group",
	"DATE":   "Date",
	"MISC":   "Other name",
}

var legendOrder = []string{"PERSON", "ORG", "GPE", "NORP", "DATE", "MISC"}

// legendPanel draws the legend as a component of its own: it has no
// fields, so go-app leaves it as it is when the page is drawn again (the
// page is, on every dispatch of its own, a worker's reply included), where
// the legend built inline was made and compared anew each time.
type legendPanel struct{ app.Compo }

func (legendPanel) Render() app.UI { return legend() }

// legend shows each highlight's colour and underline together, so the types
// can be told apart without colour.
func legend() app.UI {
	return app.Section().Class("legend").Body(
		app.H2().Text("Legend"),
		app.Ul().Body(
			app.Range(legendOrder).Slice(func(i int) app.UI {
				t := legendOrder[i]
				return app.Li().Body(app.Mark().Class("ent ent-" + strings.ToLower(t)).Text(typeLabels[t]))
			}),
			app.Li().Body(app.Span().Class("quote").Text("“Quotation”"), app.Span().Class("speaker-tag").Text("speaker")),
			app.Li().Body(app.Span().Class("reported").Text("Reported speech"), app.Span().Class("speaker-tag").Text("speaker")),
			app.Li().Body(app.Span().Class("term").Text("“so-called”"), app.Text(" "+termLabel+": a scare quote, a term, a title")),
			app.Li().Body(app.Span().Class("cue cue-loaded legend-cue").Text("claimed"), app.Text(" a loaded verb, when “Highlight loaded verbs” is on")),
		),
	)
}
