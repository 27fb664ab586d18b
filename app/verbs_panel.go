package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// verbUse is one attribution verb and how often the article uses it.
type verbUse struct {
	Verb  string // as written, lower case ("falsely claimed")
	Count int
	Note  string // why a loaded verb matters; "" for a neutral one
}

// verbUses splits the article's attribution verbs into neutral and loaded,
// most used first.
func verbUses(doc *extract.Document) (neutral, loaded []verbUse) {
	count := map[string]int{}
	kind := map[string]string{}
	for _, q := range attributedSpans(doc) {
		if q.Cue == nil {
			continue
		}
		v := strings.ToLower(q.Cue.Text)
		count[v]++
		kind[v] = q.CueType
	}
	for v, n := range count {
		u := verbUse{Verb: v, Count: n}
		if kind[v] == "loaded" {
			u.Note = extract.CueNote(v)
			loaded = append(loaded, u)
		} else {
			neutral = append(neutral, u)
		}
	}
	for _, list := range [][]verbUse{neutral, loaded} {
		sort.Slice(list, func(i, j int) bool {
			if list[i].Count != list[j].Count {
				return list[i].Count > list[j].Count
			}
			return list[i].Verb < list[j].Verb
		})
	}
	return neutral, loaded
}

// verbsPanel shows how the writer introduces each quotation: neutral verbs
// report, loaded ones also tell the reader what to think of it. Its toggle
// sets stateLoaded, which the page observes to mark them in the text.
type verbsPanel struct {
	app.Compo

	article    articleState
	showLoaded bool
}

func (p *verbsPanel) OnMount(ctx app.Context) {
	ctx.ObserveState(statePanels, &p.article)
	ctx.ObserveState(stateLoaded, &p.showLoaded)
}

func (p *verbsPanel) onToggle(ctx app.Context, e app.Event) {
	ctx.SetState(stateLoaded, ctx.JSSrc().Get("checked").Bool())
}

func (p *verbsPanel) Render() app.UI {
	if p.article.Doc == nil {
		return app.Section().ID("verbs").Class("verbs")
	}
	return renderVerbs(p.article.Doc, p.showLoaded, p.onToggle)
}

func renderVerbs(doc *extract.Document, showLoaded bool, toggle app.EventHandler) app.UI {
	neutral, loaded := verbUses(doc)
	total := func(l []verbUse) (n int) {
		for _, u := range l {
			n += u.Count
		}
		return n
	}
	return app.Section().ID("verbs").Class("verbs").Body(
		app.H2().Text("Attribution verbs"),
		app.P().Class("panel-summary").Text(fmt.Sprintf("%d neutral, %d loaded.", total(neutral), total(loaded))),
		app.P().Class("hint").Text("Neutral verbs (said, told, wrote) only report what was said. Loaded verbs (claimed, admitted, insisted) also tell you how to take it: the writer has chosen a frame."),
		app.Div().Class("toggle").Body(
			app.Input().Type("checkbox").ID("show-loaded").Checked(showLoaded).OnChange(toggle),
			app.Label().For("show-loaded").Text("Highlight loaded verbs in the article"),
		),
		app.H3().Text(fmt.Sprintf("Loaded (%d)", total(loaded))),
		app.If(len(loaded) == 0, func() app.UI {
			return app.P().Class("empty").Text("No loaded verb: every quotation is introduced neutrally.")
		}),
		verbList("loaded", loaded),
		app.H3().Text(fmt.Sprintf("Neutral (%d)", total(neutral))),
		verbList("neutral", neutral),
	)
}

// verbList lists verbs of one kind with their counts; a loaded verb is
// marked as in the text and carries its note.
func verbList(kind string, uses []verbUse) app.UI {
	return app.Ul().Class("verb-list").Body(
		app.Range(uses).Slice(func(i int) app.UI {
			u := uses[i]
			word, count := "verb-word", fmt.Sprintf(" ×%d", u.Count)
			if kind == "loaded" {
				word, count = "cue cue-loaded verb-word", count+": "
			}
			return app.Li().Class("verb "+kind).DataSet("verb", u.Verb).Body(
				app.Span().Class(word).Text(u.Verb),
				app.Text(count),
				app.If(u.Note != "", func() app.UI { return app.Span().Class("verb-note").Text(u.Note) }),
			)
		}),
	)
}
