package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
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
		),
	)
}

// peoplePanel lists everyone the article names, most quoted first; choosing
// one highlights all their mentions and quotations.
func peoplePanel(doc *extract.Document, selected string, choose app.EventHandler) app.UI {
	people := append([]extract.Referent(nil), doc.People...)
	sort.SliceStable(people, func(i, j int) bool {
		if people[i].Quotes != people[j].Quotes {
			return people[i].Quotes > people[j].Quotes
		}
		return people[i].Mentions > people[j].Mentions
	})
	unattributed := 0
	for _, q := range doc.Quotes {
		if q.SpeakerID == "" && q.Speaker == nil {
			unattributed++
		}
	}
	return app.Section().Class("people").Body(
		app.H2().Text("People"),
		app.If(len(people) == 0, func() app.UI {
			return app.P().Text("Nobody is named in this text.")
		}),
		app.Ul().Body(
			app.Range(people).Slice(func(i int) app.UI {
				p := people[i]
				class := "person"
				if p.ID == selected {
					class += " selected"
				}
				return app.Li().Body(
					app.Button().
						Type("button").
						Class(class).
						DataSet("person", p.ID).
						Aria("pressed", p.ID == selected).
						OnClick(choose).
						Body(
							app.Span().Class("person-name").Text(p.Name),
							app.If(len(p.Roles) > 0, func() app.UI {
								return app.Span().Class("person-role").Text(strings.Join(p.Roles, "; "))
							}),
							app.Span().Class("person-counts").Text(counts(p)),
						),
				)
			}),
		),
		app.If(unattributed > 0, func() app.UI {
			return app.P().Class("unattributed").Text(fmt.Sprintf("%d quotation%s without a speaker.", unattributed, plural(unattributed)))
		}),
	)
}

func counts(p extract.Referent) string {
	return fmt.Sprintf("%d mention%s · %d quote%s", p.Mentions, plural(p.Mentions), p.Quotes, plural(p.Quotes))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
