package main

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// worksheet is what only paper shows: the header of a class's sheet and
// its questions. The student sheet leaves lines to answer on; the
// teacher's key gives the answers, read from the document (corrections
// included). The print stylesheet places the parts: header, legend,
// article, then the questions.
type worksheet struct {
	app.Compo

	article articleState
	printAs string
}

func (w *worksheet) OnMount(ctx app.Context) {
	ctx.ObserveState(statePanels, &w.article)
	ctx.ObserveState(statePrint, &w.printAs)
}

// question is one discussion question and its answer in the key.
type question struct{ ask, answer string }

func worksheetQuestions(doc *extract.Document) []question {
	qs := []question{
		{"Who is quoted the most? Who is only talked about, and never quoted?", ""},
		{"Which sources are anonymous? Why might the writer not name them?", ""},
		{"Find a loaded verb (claimed, admitted, insisted…). Rewrite the sentence with “said”: what changes?", ""},
		{"Whose point of view is missing?", "For discussion: who is affected by the story but not quoted?"},
	}
	if doc == nil {
		return qs
	}
	s := doc.Sources
	var named, anonymous, mentioned []string
	for _, src := range s.Quoted {
		if src.Kind == extract.SourceAnonymous {
			anonymous = append(anonymous, src.Name)
		} else {
			named = append(named, src.Name)
		}
	}
	for _, src := range s.Mentioned {
		mentioned = append(mentioned, src.Name)
	}
	most := "nobody is quoted"
	if len(s.Quoted) > 0 {
		most = fmt.Sprintf("%s (%s of the quoted words)", s.Quoted[0].Name, percent(s.Quoted[0].Share))
	}
	qs[0].answer = fmt.Sprintf("Quoted the most: %s. Never quoted: %s.", most, listOr(mentioned, "everyone named is quoted"))
	qs[1].answer = "Anonymous: " + listOr(anonymous, "none") + "."
	_, loaded := verbUses(doc)
	var verbs []string
	for _, u := range loaded {
		verbs = append(verbs, fmt.Sprintf("%s (×%d)", u.Verb, u.Count))
	}
	qs[2].answer = "Loaded verbs: " + listOr(verbs, "none; every quotation is introduced neutrally") + "."
	return qs
}

func listOr(items []string, none string) string {
	if len(items) == 0 {
		return none
	}
	return strings.Join(items, ", ")
}

func (w *worksheet) Render() app.UI {
	key := w.printAs == printKey
	title := "Who speaks in this article?"
	if key {
		title += " — teacher's key"
	}
	qs := worksheetQuestions(w.article.Doc)
	return app.Div().Class("worksheet-parts print-only").Aria("hidden", true).Body(
		app.Section().Class("worksheet worksheet-top").Body(
			app.P().Class("worksheet-fields").Text("Name: ______________________   Class: ________   Date: ____________"),
			app.H2().Text(title),
		),
		app.Section().Class("worksheet worksheet-questions").Body(
			app.H2().Text("Questions"),
			app.Ol().Body(
				app.Range(qs).Slice(func(i int) app.UI {
					q := qs[i]
					return app.Li().Body(
						app.P().Class("ask").Text(q.ask),
						app.If(key, func() app.UI {
							return app.P().Class("answer").Text(q.answer)
						}).Else(func() app.UI {
							return app.Div().Class("answer-lines").Body(app.Div(), app.Div(), app.Div())
						}),
					)
				}),
			),
		),
	)
}
