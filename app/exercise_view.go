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
// find in the article and names each speaker; checking compares them with
// the document. It owns the student's marks, kept in the browser for the
// article they belong to; the exercise stays on across reloads until the
// student has checked (the highlights are the answers).
type exerciseView struct {
	app.Compo

	article  articleState
	exercise exerciseState
	msg      string
	lastSel  [2]int   // the last selection made in the article (exercise_select.go)
	listens  []func() // removes the page listeners (exercise_select.go)
}

func (c *exerciseView) OnMount(ctx app.Context) {
	ctx.ObserveState(stateArticle, &c.article).OnChange(func() { c.restore(ctx) })
	c.restore(ctx)
	ctx.Handle(actionLeaveExercise, c.onLeave)
	c.listen(ctx)
}

func (c *exerciseView) OnDismount() {
	for _, stop := range c.listens {
		stop()
	}
	c.listens = nil
}

// restore brings back the student's marks for the article on the page;
// marks made on another article are not shown on this one.
func (c *exerciseView) restore(ctx app.Context) {
	id := textID(c.article.Text)
	if c.exercise.TextID != id {
		c.msg, c.lastSel = "", [2]int{}
		if st, err := loadExercise(ctx); err == nil && st.TextID == id {
			c.exercise = st
		} else {
			c.exercise = exerciseState{TextID: id}
		}
	}
	if !c.exercise.Active && c.article.Doc != nil {
		c.exercise.Active = true
		c.save(ctx)
	}
	c.share(ctx)
}

func (c *exerciseView) save(ctx app.Context) {
	c.exercise.TextID = textID(c.article.Text)
	if err := saveExercise(ctx, c.exercise); err != nil {
		c.msg = "Your marks could not be saved in the browser (storage is full or turned off): they will be lost on reload."
	}
	c.share(ctx)
}

// share tells the toolbar whether leaving now would show the answers.
func (c *exerciseView) share(ctx app.Context) {
	ctx.SetState(stateExerciseOpen, c.exercise.open())
}

// onLeave ends the exercise before it is checked (the toolbar asked).
func (c *exerciseView) onLeave(ctx app.Context, a app.Action) {
	c.exercise.Active = false
	c.save(ctx)
	ctx.SetState(stateMode, modeRead)
}

// onMarkSelection marks what the student selected in the article: with
// the mouse, with Shift and the arrow keys, or with a finger.
func (c *exerciseView) onMarkSelection(ctx app.Context, e app.Event) {
	start, end, ok := c.selection()
	if !ok {
		start, end = c.lastSel[0], c.lastSel[1]
	}
	text := c.article.Text
	if end > len(text) {
		start, end = 0, 0
	}
	if s, e := coreSpan(text, start, end); s >= e {
		c.msg = "First select the words of a quotation in the article (drag with the mouse; hold Shift and use the arrow keys; or on a touch screen press and hold a word, then drag the handles), then mark it."
		return
	}
	for _, m := range c.exercise.Marks {
		if m.Start < end && start < m.End {
			c.msg = "That selection overlaps a quotation you already marked: remove that mark first."
			return
		}
	}
	marks := append(c.exercise.Marks, studentMark{Start: start, End: end})
	sort.Slice(marks, func(i, j int) bool { return marks[i].Start < marks[j].Start })
	c.exercise.Marks, c.exercise.Checked = marks, false
	c.lastSel = [2]int{}
	if sel := app.Window().Call("getSelection"); sel.Truthy() && sel.Get("rangeCount").Int() > 0 {
		sel.Call("collapseToEnd")
	}
	c.msg = fmt.Sprintf("Marked: “%s”. Now choose who said it, beside the mark.", shorten(text[start:end], 60))
	c.save(ctx)
	// The speaker list beside the new mark takes the focus (and comes on
	// screen): it is the next thing to do.
	at := sort.Search(len(marks), func(i int) bool { return marks[i].Start >= start })
	ctx.Defer(func(app.Context) {
		if list := app.Window().GetElementByID("speaker-" + strconv.Itoa(at)); list.Truthy() {
			list.Call("focus")
			list.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
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
	c.msg = "Checked: your results are under the article."
	c.save(ctx)
}

func (c *exerciseView) onStartOver(ctx app.Context, e app.Event) {
	c.exercise = exerciseState{TextID: textID(c.article.Text), Active: true}
	c.msg = "All marks removed."
	c.save(ctx)
}

// speakerChoice is one answer in a mark's speaker list.
type speakerChoice struct{ value, label string }

// speakerChoices are the people and organisations the article names, one
// entry a person whatever the spellings (the engine's referents, so "the
// mayor" and "Elena Vargas" are one answer), then the two answers that
// name nobody. Places, groups and dates are left out unless the engine has
// one speak.
func speakerChoices(doc *extract.Document) []speakerChoice {
	speaks := map[string]bool{}
	for _, q := range attributedSpans(doc) {
		speaks[q.SpeakerID] = true
	}
	seen := map[string]bool{}
	var out []speakerChoice
	add := func(id, name string, roles []string) {
		if id == "" || seen[id] {
			return
		}
		seen[id] = true
		label := name
		if len(roles) > 0 {
			label += " (" + strings.Join(roles, "; ") + ")"
		}
		out = append(out, speakerChoice{id, label})
	}
	for _, p := range doc.People {
		if p.Type == "PERSON" || p.Type == "ORG" || speaks[p.ID] {
			add(p.ID, p.Name, p.Roles)
		}
	}
	for _, list := range [][]extract.Source{doc.Sources.Quoted, doc.Sources.Mentioned} {
		for _, s := range list {
			if s.Kind == extract.SourcePerson || s.Kind == extract.SourceOrganisation {
				add(s.ID, s.Name, s.Roles)
			}
		}
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
	if c.article.Partial { // its answers are not all known yet
		return app.P().Class("notice").Role("status").Text("The article is still being annotated: the exercise opens in a moment.")
	}
	marks := c.exercise.Marks
	var result *exerciseResult
	if c.exercise.Checked {
		r := checkExercise(c.article.Text, doc.Quotes, marks)
		result = &r
	}
	return app.Section().Class("exercise").Aria("labelledby", "exercise-title").Body(
		app.H2().ID("exercise-title").Text("Exercise: find the quotations"),
		app.P().Class("hint").Text("The highlights are hidden. Select the words of a quotation in the article — drag with the mouse; or click in the text, hold Shift and use the arrow keys; or on a touch screen press and hold a word, then drag the handles — and press “Mark the selection”. Your mark is highlighted at once: choose who said it beside it. When you have found them all, press “Check my answers”."),
		app.Div().Class("exercise-controls").Body(
			app.Div().Class("actions").Body(
				app.Button().Type("button").ID("mark-quote").Text("Mark the selection").
					On("mousedown", keepSelection).OnClick(c.onMarkSelection),
				app.Button().Type("button").ID("check").Text("Check my answers").OnClick(c.onCheck),
				app.Button().Type("button").ID("start-over").Text("Start over").OnClick(c.onStartOver),
			),
			app.P().Class("exercise-msg").Role("status").Aria("live", "polite").Text(c.msg),
		),
		c.renderArticle(speakerChoices(doc), result),
		app.H3().Text(fmt.Sprintf("Your quotations (%d)", len(marks))),
		app.If(len(marks) == 0, func() app.UI {
			return app.P().Class("empty").Text("None marked yet.")
		}),
		app.Ol().Class("student-marks").Body(
			app.Range(marks).Slice(func(i int) app.UI {
				m := marks[i]
				return app.Li().Class("student-mark").DataSet("mark", i).Body(
					app.Span().Class("mark-text").Text(shorten(c.article.Text[m.Start:m.End], 160)),
					app.Span().Class("mark-speaker").Text(" — "+c.answerLabel(m.Speaker)),
				)
			}),
		),
		app.If(result != nil, func() app.UI { return c.renderResults(*result) }),
	)
}

// keepSelection stops a press on the button from taking the selection
// away from the article before the click.
func keepSelection(ctx app.Context, e app.Event) { e.PreventDefault() }

// answerLabel says a student's answer in words.
func (c *exerciseView) answerLabel(v string) string {
	switch v {
	case "":
		return "no speaker chosen"
	case answerAnonymous:
		return "an anonymous source"
	case answerUnknown:
		return "the text does not say"
	}
	return speakerNames(c.article.Doc)[v]
}

// renderArticle is the article as text the student can select, but not
// change, with their marks highlighted where they stand, each followed by
// its speaker list and a Remove button. Every run of text says which
// bytes of the article it holds (data-o, data-e): a selection is measured
// from them (exercise_select.go).
func (c *exerciseView) renderArticle(choices []speakerChoice, result *exerciseResult) app.UI {
	text := c.article.Text
	marks := c.exercise.Marks
	verdict := make([]string, len(marks))
	if result != nil {
		for _, f := range result.Found {
			verdict[f.Mark] = "found"
		}
		for _, i := range result.Extra {
			verdict[i] = "extra"
		}
	}
	run := func(s, e int) app.UI {
		if s >= e {
			return nil
		}
		return app.Span().DataSet("o", s).DataSet("e", e).Text(text[s:e])
	}
	// After checking, the quotations missed are shown where they stand
	// too (those that no mark touches).
	type span struct {
		start, end int
		mark       int // the student's mark, or -1 for a quotation missed
		missed     extract.Quote
	}
	spans := make([]span, 0, len(marks))
	for i, m := range marks {
		spans = append(spans, span{m.Start, m.End, i, extract.Quote{}})
	}
	if result != nil {
		for _, q := range result.Missed {
			free := true
			for _, m := range marks {
				free = free && (m.End <= q.Start || q.End <= m.Start)
			}
			if free {
				spans = append(spans, span{q.Start, q.End, -1, q})
			}
		}
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	}
	names := speakerNames(c.article.Doc)
	var paras []app.UI
	for _, p := range paragraphs(text) {
		var parts []app.UI
		pos := p[0]
		for _, sp := range spans {
			s, e := max(sp.start, pos), min(sp.end, p[1])
			if s >= e {
				continue
			}
			parts = append(parts, run(pos, s))
			last := sp.end <= p[1]
			if sp.mark < 0 {
				parts = append(parts, app.Mark().Class("answer-missed").Body(run(s, e)))
				if last {
					who := speakerOf(sp.missed, names)
					if who == "" {
						who = "the text does not say"
					}
					parts = append(parts, app.Span().Class("mark-tag missed-tag").ContentEditable(false).DataSet("at", sp.end).Text("missed — said by "+who))
				}
				pos = e
				continue
			}
			class := "student"
			if verdict[sp.mark] != "" {
				class += " " + verdict[sp.mark]
			}
			parts = append(parts, app.Mark().Class(class).DataSet("mark", sp.mark).Body(run(s, e)))
			if last {
				parts = append(parts, c.markTag(sp.mark, marks[sp.mark], choices))
			}
			pos = e
		}
		parts = append(parts, run(pos, p[1]))
		paras = append(paras, app.P().Body(parts...))
	}
	// contenteditable gives a caret, so Shift and the arrow keys select;
	// inputmode none keeps a touch screen's keyboard away; edits are
	// refused (exercise_select.go).
	return app.Div().ID("exercise-text").Class("exercise-article").
		ContentEditable(true).Attr("inputmode", "none").Spellcheck(false).
		Role("textbox").Aria("multiline", true).Aria("readonly", true).Aria("label", "Article: select a quotation").
		Body(paras...)
}

// markTag follows a student's mark: who said it, and Remove.
func (c *exerciseView) markTag(i int, m studentMark, choices []speakerChoice) app.UI {
	id := "speaker-" + strconv.Itoa(i)
	return app.Span().Class("mark-tag").ContentEditable(false).DataSet("at", m.End).Body(
		app.Label().For(id).Class("mark-label").Text(fmt.Sprintf("Quotation %d, said by", i+1)),
		app.Select().ID(id).DataSet("mark", i).OnChange(c.onChooseSpeaker).Body(
			app.Option().Value("").Selected(m.Speaker == "").Text("— choose —"),
			app.Range(choices).Slice(func(k int) app.UI {
				ch := choices[k]
				return app.Option().Value(ch.value).Selected(m.Speaker == ch.value).Text(ch.label)
			}),
		),
		app.Button().Type("button").Class("remove-mark").DataSet("mark", i).
			Aria("label", fmt.Sprintf("Remove quotation %d", i+1)).Text("Remove").OnClick(c.onRemoveMark),
	)
}
