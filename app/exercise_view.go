package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// exerciseView is the exercise: the student marks the quotations they
// find and names each speaker; checking compares them with the document.
// It owns the student's marks, kept in the browser for the article they
// belong to.
type exerciseView struct {
	app.Compo

	article  articleState
	exercise exerciseState
	msg      string
}

func (c *exerciseView) OnMount(ctx app.Context) {
	ctx.ObserveState(stateArticle, &c.article).OnChange(func() { c.restore(ctx) })
	c.restore(ctx)
}

// restore brings back the student's marks for the article on the page;
// marks made on another article are not shown on this one.
func (c *exerciseView) restore(ctx app.Context) {
	id := textID(c.article.Text)
	if c.exercise.TextID == id {
		return
	}
	c.msg = ""
	if st, err := loadExercise(ctx); err == nil && st.TextID == id {
		c.exercise = st
		return
	}
	c.exercise = exerciseState{TextID: id}
}

func (c *exerciseView) save(ctx app.Context) {
	c.exercise.TextID = textID(c.article.Text)
	if err := saveExercise(ctx, c.exercise); err != nil {
		c.msg = "Your marks could not be saved in the browser (storage is full or turned off): they will be lost on reload."
	}
}

// onMarkSelection marks what the student selected in the exercise text.
func (c *exerciseView) onMarkSelection(ctx app.Context, e app.Event) {
	box := app.Window().GetElementByID("exercise-text")
	if !box.Truthy() {
		return
	}
	value := box.Get("value").String()
	start := byteOffset(value, box.Get("selectionStart").Int())
	end := byteOffset(value, box.Get("selectionEnd").Int())
	if value != c.article.Text {
		c.msg = "The article changed: go back to the article and start the exercise again."
		return
	}
	if s, e := coreSpan(value, start, end); s >= e {
		c.msg = "Select the words of a quotation in the article first (with the mouse, or Shift and the arrow keys), then mark it."
		return
	}
	for _, m := range c.exercise.Marks {
		if m.Start < end && start < m.End {
			c.msg = "That selection overlaps a quotation you already marked."
			return
		}
	}
	marks := append(c.exercise.Marks, studentMark{Start: start, End: end})
	sort.Slice(marks, func(i, j int) bool { return marks[i].Start < marks[j].Start })
	c.exercise.Marks, c.exercise.Checked = marks, false
	c.msg = fmt.Sprintf("Marked: %s. Now choose who said it.", shorten(value[start:end], 60))
	c.save(ctx)
}

// onExerciseEdit puts the article back: the marks are measured on it.
func (c *exerciseView) onExerciseEdit(ctx app.Context, e app.Event) {
	ctx.JSSrc().Set("value", c.article.Text)
	c.msg = "The article cannot be changed during the exercise: go back to “Annotated article” to edit it."
}

// markIndex reads the mark a control belongs to from its data-mark.
func markIndex(ctx app.Context, n int) (int, bool) {
	i, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("mark").String())
	return i, err == nil && i >= 0 && i < n
}

func (c *exerciseView) onChooseSpeaker(ctx app.Context, e app.Event) {
	if i, ok := markIndex(ctx, len(c.exercise.Marks)); ok {
		c.exercise.Marks[i].Speaker = ctx.JSSrc().Get("value").String()
		c.exercise.Checked = false
		c.save(ctx)
	}
}

func (c *exerciseView) onRemoveMark(ctx app.Context, e app.Event) {
	if i, ok := markIndex(ctx, len(c.exercise.Marks)); ok {
		c.exercise.Marks = append(c.exercise.Marks[:i:i], c.exercise.Marks[i+1:]...)
		c.exercise.Checked = false
		c.msg = "Mark removed."
		c.save(ctx)
	}
}

func (c *exerciseView) onCheck(ctx app.Context, e app.Event) {
	c.exercise.Checked = true
	c.msg = ""
	c.save(ctx)
}

func (c *exerciseView) onStartOver(ctx app.Context, e app.Event) {
	c.exercise = exerciseState{TextID: textID(c.article.Text)}
	c.msg = "All marks removed."
	c.save(ctx)
}

// speakerChoice is one answer in a mark's speaker list.
type speakerChoice struct{ value, label string }

// speakerChoices are everyone the article names who could speak (people,
// and organisations, places and groups that are quoted), by name, then the
// two answers that name nobody.
func speakerChoices(doc *extract.Document) []speakerChoice {
	var out []speakerChoice
	for id, name := range speakerNames(doc) {
		out = append(out, speakerChoice{id, name})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := strings.ToLower(out[i].label), strings.ToLower(out[j].label)
		return a < b || a == b && out[i].value < out[j].value
	})
	return append(out, speakerChoice{answerAnonymous, "An anonymous source"}, speakerChoice{answerUnknown, "The text does not say"})
}

func (c *exerciseView) Render() app.UI {
	doc := c.article.Doc
	if doc == nil {
		return app.P().Class("notice").Text("There is no article to practise on yet: go to “Annotated article” and paste one.")
	}
	marks := c.exercise.Marks
	choices := speakerChoices(doc)
	return app.Section().Class("exercise").Aria("labelledby", "exercise-title").Body(
		app.H2().ID("exercise-title").Text("Exercise: find the quotations"),
		app.P().Class("hint").Text("The highlights are hidden. Select the words of a quotation in the article (with the mouse, or with Shift and the arrow keys), press “Mark the selection as a quotation” and choose who said it. When you have found them all, press “Check my answers”."),
		app.Label().For("exercise-text").Text("Article (read only)"),
		// Not the readonly attribute: Chromium lets no caret move in a
		// readonly box, so keyboard users could not select. Edits are
		// undone instead.
		app.Textarea().ID("exercise-text").Aria("readonly", true).Spellcheck(false).Text(c.article.Text).OnInput(c.onExerciseEdit),
		app.Div().Class("actions").Body(
			app.Button().Type("button").ID("mark-quote").Text("Mark the selection as a quotation").OnClick(c.onMarkSelection),
			app.Button().Type("button").ID("check").Text("Check my answers").OnClick(c.onCheck),
			app.Button().Type("button").ID("start-over").Text("Start over").OnClick(c.onStartOver),
		),
		app.P().Class("exercise-msg").Role("status").Aria("live", "polite").Text(c.msg),
		app.H3().Text(fmt.Sprintf("Your quotations (%d)", len(marks))),
		app.If(len(marks) == 0, func() app.UI {
			return app.P().Class("empty").Text("None marked yet.")
		}),
		app.Ol().Class("student-marks").Body(
			app.Range(marks).Slice(func(i int) app.UI {
				m := marks[i]
				id := "speaker-" + strconv.Itoa(i)
				return app.Li().Class("student-mark").DataSet("mark", i).Body(
					app.Span().Class("mark-text").Text(shorten(c.article.Text[m.Start:m.End], 160)),
					app.Div().Class("mark-controls").Body(
						app.Label().For(id).Text("Said by"),
						app.Select().ID(id).DataSet("mark", i).OnChange(c.onChooseSpeaker).Body(
							app.Option().Value("").Selected(m.Speaker == "").Text("— choose —"),
							app.Range(choices).Slice(func(k int) app.UI {
								ch := choices[k]
								return app.Option().Value(ch.value).Selected(m.Speaker == ch.value).Text(ch.label)
							}),
						),
						app.Button().Type("button").Class("remove-mark").DataSet("mark", i).
							Aria("label", fmt.Sprintf("Remove quotation %d", i+1)).Text("Remove").OnClick(c.onRemoveMark),
					),
				)
			}),
		),
		app.If(c.exercise.Checked, func() app.UI { return c.renderResults(checkExercise(c.article.Text, doc.Quotes, marks)) }),
	)
}

func (c *exerciseView) renderResults(r exerciseResult) app.UI {
	names := speakerNames(c.article.Doc)
	total := len(r.Found) + len(r.Missed)
	answer := func(v string) string {
		switch v {
		case "":
			return "no speaker chosen"
		case answerAnonymous:
			return "an anonymous source"
		case answerUnknown:
			return "the text does not say"
		}
		return names[v]
	}
	engineSpeaker := func(q extract.Quote) string {
		if s := speakerOf(q, names); s != "" {
			return s
		}
		return "the text does not say"
	}
	return app.Section().Class("results").Aria("labelledby", "results-title").Body(
		app.H3().ID("results-title").Text("Your results"),
		app.P().Class("score").DataSet("score", r.Score).Text(fmt.Sprintf(
			"Score %d%%: you found %d of %d quotation%s, missed %d, and marked %s. Speakers right: %d of %d.",
			r.Score, len(r.Found), total, plural(total), len(r.Missed), extraPhrase(len(r.Extra)), r.SpeakersRight, len(r.Found))),
		app.H4().Text(fmt.Sprintf("Found (%d)", len(r.Found))),
		app.Ul().Body(app.Range(r.Found).Slice(func(i int) app.UI {
			f := r.Found[i]
			verdict := "speaker right: " + engineSpeaker(f.Quote)
			if !f.SpeakerRight {
				verdict = fmt.Sprintf("you said %s; the engine says %s", answer(c.exercise.Marks[f.Mark].Speaker), engineSpeaker(f.Quote))
			}
			return app.Li().Class("result found").DataSet("result", "found").DataSet("speaker-right", f.SpeakerRight).Body(
				app.Span().Class("result-label").Text("Found"),
				app.Span().Class("result-quote").Text(shorten(f.Quote.Text, 160)),
				app.Span().Class("result-speaker").Text(" — "+verdict),
			)
		})),
		app.H4().Text(fmt.Sprintf("Missed (%d)", len(r.Missed))),
		app.Ul().Body(app.Range(r.Missed).Slice(func(i int) app.UI {
			q := r.Missed[i]
			return app.Li().Class("result missed").DataSet("result", "missed").Body(
				app.Span().Class("result-label").Text("Missed"),
				app.Span().Class("result-quote").Text(shorten(q.Text, 160)),
				app.Span().Class("result-speaker").Text(" — said by "+engineSpeaker(q)),
			)
		})),
		app.H4().Text(fmt.Sprintf("Not quotations (%d)", len(r.Extra))),
		app.Ul().Body(app.Range(r.Extra).Slice(func(i int) app.UI {
			m := c.exercise.Marks[r.Extra[i]]
			return app.Li().Class("result extra").DataSet("result", "extra").Body(
				app.Span().Class("result-label").Text("Extra"),
				app.Span().Class("result-quote").Text(shorten(c.article.Text[m.Start:m.End], 160)),
			)
		})),
		app.P().Class("hint").Text("The engine can be wrong too: if you disagree, look at the quotation marks and the verb that introduces it, and discuss it."),
	)
}

func extraPhrase(n int) string {
	switch n {
	case 0:
		return "nothing that is not a quotation"
	case 1:
		return "1 passage that is not a quotation"
	}
	return fmt.Sprintf("%d passages that are not quotations", n)
}

// shorten cuts s to n characters at most, marking the cut.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
