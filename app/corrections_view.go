package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// correctionsPanel is where a teacher corrects the engine: each quotation
// with its speaker to change or to remove, a quotation it missed to add,
// and the corrections made, each one undoable. It owns only what is being
// typed; the corrections belong to the article (the page applies them).
type correctionsPanel struct {
	app.Compo

	article articleState
	msg     string
	words   string // the missed quotation's words, as typed
	speaker string // its speaker
	// open is whether the teacher has the panel open; toggled, whether
	// they (or the page) opened or closed it yet. The controls are drawn
	// only while open: a long document has thousands of quotations, and
	// drawing their controls at every paste froze the page for seconds.
	open, toggled bool
	first         int // the first quotation of the page of them shown
}

// fixPageSize is how many quotations the panel shows at a time: each has a
// list of every speaker, so all of a long document's at once would freeze
// the page.
const fixPageSize = 25

// isOpen is whether the panel shows its controls: as the teacher left it,
// or, until they touch it, open when the article has corrections.
func (p *correctionsPanel) isOpen() bool {
	if p.toggled {
		return p.open
	}
	return len(p.article.Fixes) > 0
}

// onToggle follows the panel opened or closed (by the teacher or the page).
func (p *correctionsPanel) onToggle(ctx app.Context, e app.Event) {
	p.toggled = true
	p.open = ctx.JSSrc().Get("open").Bool()
}

func (p *correctionsPanel) onPage(ctx app.Context, e app.Event) {
	if n, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("first").String()); err == nil {
		p.first = n
	}
}

func (p *correctionsPanel) OnMount(ctx app.Context) {
	ctx.ObserveState(statePanels, &p.article)
}

// quoteAt reads the quotation a control belongs to from its data-start
// and data-end (see sourcesPanel.onChoose for why not a closure).
func (p *correctionsPanel) quoteAt(ctx app.Context) (extract.Quote, bool) {
	ds := ctx.JSSrc().Get("dataset")
	start, err1 := strconv.Atoi(ds.Get("start").String())
	end, err2 := strconv.Atoi(ds.Get("end").String())
	if err1 != nil || err2 != nil || p.article.Doc == nil {
		return extract.Quote{}, false
	}
	for _, q := range attributedSpans(p.article.Doc) {
		if q.Start == start && q.End == end {
			return q, true
		}
	}
	return extract.Quote{}, false
}

func (p *correctionsPanel) correct(ctx app.Context, f correction, msg string) {
	f.SpeakerName = speakerNames(p.article.Doc)[f.Speaker]
	ctx.NewActionWithValue(actionCorrect, f)
	p.msg = msg
}

func (p *correctionsPanel) onSpeaker(ctx app.Context, e app.Event) {
	if q, ok := p.quoteAt(ctx); ok {
		who := ctx.JSSrc().Get("value").String()
		p.correct(ctx, correction{Op: fixSpeaker, Start: q.Start, End: q.End, Text: q.Text, Speaker: who},
			"Speaker changed: “"+shorten(q.Text, 50)+"”.")
	}
}

func (p *correctionsPanel) onRemove(ctx app.Context, e app.Event) {
	if q, ok := p.quoteAt(ctx); ok {
		p.correct(ctx, correction{Op: fixRemove, Start: q.Start, End: q.End, Text: q.Text},
			"Removed: “"+shorten(q.Text, 50)+"” is no longer a quotation.")
	}
}

func (p *correctionsPanel) onWords(ctx app.Context, e app.Event) {
	p.words = ctx.JSSrc().Get("value").String()
}

func (p *correctionsPanel) onAddSpeaker(ctx app.Context, e app.Event) {
	p.speaker = ctx.JSSrc().Get("value").String()
}

// onAdd adds the quotation whose words the teacher typed or pasted: the
// first place they stand in the article that no quotation covers.
func (p *correctionsPanel) onAdd(ctx app.Context, e app.Event) {
	words := strings.TrimSpace(normalizeNewlines(p.words))
	text := p.article.Text
	if words == "" {
		p.msg = "Type or paste the words of the quotation the engine missed, as they stand in the article."
		return
	}
	doc := p.article.Doc
	for from := 0; ; {
		i := strings.Index(text[from:], words)
		if i < 0 {
			p.msg = "These words are not in the article (or every place they stand is a quotation already). Copy them from the article."
			return
		}
		start, end := from+i, from+i+len(words)
		if !overlapsQuote(doc, start, end) && validSpan(text, start, end) {
			p.correct(ctx, correction{Op: fixAdd, Start: start, End: end, Text: words, Speaker: p.speaker},
				"Added: “"+shorten(words, 50)+"”.")
			p.words = ""
			if box := app.Window().GetElementByID("fix-words"); box.Truthy() {
				box.Set("value", "")
			}
			return
		}
		from = end
	}
}

func (p *correctionsPanel) onUndo(ctx app.Context, e app.Event) {
	i, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("fix").String())
	if err == nil {
		ctx.NewActionWithValue(actionUncorrect, i)
		p.msg = "Correction taken back."
	}
}

// teacherChoices are the speakers a teacher can give: the people and
// organisations, or nobody named.
func teacherChoices(doc *extract.Document) []speakerChoice {
	choices := speakerChoices(doc)
	return append(choices[:len(choices)-2:len(choices)-2], speakerChoice{"", "No named person (anonymous or unknown)"})
}

func (p *correctionsPanel) Render() app.UI {
	doc := p.article.Doc
	if doc == nil {
		return app.Section().ID("corrections").Class("corrections")
	}
	title := fmt.Sprintf("Correct the engine (%d correction%s)", len(p.article.Fixes), plural(len(p.article.Fixes)))
	open := p.isOpen()
	return app.Section().ID("corrections").Class("corrections").Aria("labelledby", "corrections-title").Body(
		app.Details().Open(open).OnToggle(p.onToggle).Body(
			app.Summary().Body(app.H2().ID("corrections-title").Text(title)),
			app.If(open, p.renderBody),
		),
	)
}

// renderBody is the open panel: the corrections made, a page of the
// quotations with their controls, and the form to add a missed one.
func (p *correctionsPanel) renderBody() app.UI {
	doc := p.article.Doc
	choices := teacherChoices(doc)
	spans := attributedSpans(doc)
	names := speakerNames(doc)
	if p.first >= len(spans) || p.first < 0 {
		p.first = (max(len(spans)-1, 0) / fixPageSize) * fixPageSize
	}
	page := spans[p.first:min(p.first+fixPageSize, len(spans))]
	speakerList := func(id, value string, attrs func(app.HTMLSelect) app.HTMLSelect) app.UI {
		return attrs(app.Select().ID(id)).Body(
			app.Range(choices).Slice(func(k int) app.UI {
				ch := choices[k]
				return app.Option().Value(ch.value).Selected(value == ch.value).Text(ch.label)
			}),
		)
	}
	return app.Div().Class("fix-body").Body(
		app.P().Class("hint").Text("The engine can be wrong. Change a quotation's speaker, remove a passage that is not a quotation, or add one it missed: the highlights, the panels, the exports, the worksheet and the exercise's answers follow, and the corrections travel with the article (library, share link)."),
		app.P().Class("fix-msg").Role("status").Text(p.msg),
		app.If(len(p.article.Fixes) > 0, func() app.UI {
			return app.Ol().Class("fix-list").Body(
				app.Range(p.article.Fixes).Slice(func(i int) app.UI {
					f := p.article.Fixes[i]
					return app.Li().Class("fix").DataSet("op", f.Op).Body(
						app.Span().Text(fixSummary(f, names)+" "),
						app.Button().Type("button").Class("undo-fix").DataSet("fix", i).
							Aria("label", "Take back: "+fixSummary(f, names)).Text("Take back").OnClick(p.onUndo),
					)
				}),
			)
		}),
		app.H3().Text("Quotations"),
		p.pager(len(spans)),
		app.Ol().Class("fix-quotes").Attr("start", p.first+1).Body(
			app.Range(page).Slice(func(i int) app.UI {
				q := page[i]
				id := "fix-speaker-" + strconv.Itoa(p.first+i)
				return app.Li().Class("fix-quote").DataSet("start", q.Start).Body(
					app.Span().Class("fix-quote-text").Text(shorten(q.Text, 90)),
					app.Div().Class("fix-controls").Body(
						app.Label().For(id).Text("Said by"),
						speakerList(id, q.SpeakerID, func(s app.HTMLSelect) app.HTMLSelect {
							return s.DataSet("start", q.Start).DataSet("end", q.End).OnChange(p.onSpeaker)
						}),
						app.Button().Type("button").Class("fix-remove").DataSet("start", q.Start).DataSet("end", q.End).
							Aria("label", "Not a quotation: "+shorten(q.Text, 60)).Text("Not a quotation").OnClick(p.onRemove),
					),
				)
			}),
		),
		app.H3().Text("Add a quotation the engine missed"),
		app.Label().For("fix-words").Text("Its words, copied from the article"),
		app.Textarea().ID("fix-words").Class("fix-words").Rows(3).Text(p.words).OnInput(p.onWords),
		app.Label().For("fix-add-speaker").Text("Said by"),
		speakerList("fix-add-speaker", p.speaker, func(s app.HTMLSelect) app.HTMLSelect { return s.OnChange(p.onAddSpeaker) }),
		app.Button().Type("button").ID("fix-add").Text("Add the quotation").OnClick(p.onAdd),
	)
}

// pager moves through the quotations a page at a time, when there are
// more than one page of them.
func (p *correctionsPanel) pager(n int) app.UI {
	if n <= fixPageSize {
		return nil
	}
	last := min(p.first+fixPageSize, n)
	return app.Div().Class("fix-pager").Body(
		app.Span().Class("fix-range").Role("status").Text(fmt.Sprintf("Quotations %d–%d of %d", p.first+1, last, n)),
		app.Button().Type("button").ID("fix-prev").Disabled(p.first == 0).
			DataSet("first", max(p.first-fixPageSize, 0)).Text("Previous").OnClick(p.onPage),
		app.Button().Type("button").ID("fix-next").Disabled(last == n).
			DataSet("first", last).Text("Next").OnClick(p.onPage),
	)
}

// fixSummary says what a correction did.
func fixSummary(f correction, names map[string]string) string {
	who := names[f.Speaker]
	if who == "" {
		who = "nobody named"
	}
	switch f.Op {
	case fixSpeaker:
		return fmt.Sprintf("“%s”: said by %s.", shorten(f.Text, 50), who)
	case fixAdd:
		return fmt.Sprintf("Added “%s”, said by %s.", shorten(f.Text, 50), who)
	}
	return fmt.Sprintf("“%s” is not a quotation.", shorten(f.Text, 50))
}
