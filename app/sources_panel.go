package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// sourceGroups are the panel's sections, in the order a class discusses
// them: who is named, which institutions speak, who hides behind
// anonymity.
var sourceGroups = []struct {
	kind, title, empty string
}{
	{extract.SourcePerson, "Named people", "No named person is quoted."},
	{extract.SourceOrganisation, "Organisations", "No organisation speaks."},
	{extract.SourceAnonymous, "Anonymous sources", "No anonymous source."},
}

// sourcesPanel answers "who gets to speak here, and who is only talked
// about": every speaker with their quotations, quoted words and share of
// them, sorted by kind; then the people and organisations never quoted.
// Choosing a named source highlights their mentions and quotations (it
// sets stateSelected, which the reading view observes).
type sourcesPanel struct {
	app.Compo

	article  articleState
	selected string
}

func (p *sourcesPanel) OnMount(ctx app.Context) {
	ctx.ObserveState(statePanels, &p.article)
	ctx.ObserveState(stateSelected, &p.selected)
}

// onChoose reads the person from the button's data-person: go-app keeps a
// node's first handler when a list re-renders, so a closure over the id
// would go on choosing whoever held that place in an earlier article.
func (p *sourcesPanel) onChoose(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("person").String()
	if p.selected == id {
		id = ""
	}
	ctx.SetState(stateSelected, id)
	if id != "" {
		// once the reading view has drawn the choice
		ctx.After(50*time.Millisecond, func(app.Context) { scrollToFirstMention() })
	}
}

// scrollToFirstMention brings the chosen person's first highlighted
// mention on screen, unless it is there already: on a phone the article
// is far above the panel.
func scrollToFirstMention() {
	first := app.Window().Get("document").Call("querySelector", ".annotated .selected")
	if !first.Truthy() {
		return
	}
	box := first.Call("getBoundingClientRect")
	if top, bottom := box.Get("top").Float(), box.Get("bottom").Float(); top >= 0 && bottom <= app.Window().Get("innerHeight").Float() {
		return
	}
	first.Call("scrollIntoView", map[string]any{"block": "center"})
}

func (p *sourcesPanel) Render() app.UI {
	if p.article.Doc == nil {
		return app.Section().ID("sources").Class("people sources")
	}
	return renderSources(p.article.Doc, p.selected, p.onChoose)
}

func renderSources(doc *extract.Document, selected string, choose app.EventHandler) app.UI {
	s := doc.Sources
	sections := []app.UI{
		app.H2().Text("Sources"),
		app.P().Class("panel-summary").Text(sourcesSummary(s)),
	}
	for _, g := range sourceGroups {
		var group []extract.Source
		for _, src := range s.Quoted {
			if src.Kind == g.kind {
				group = append(group, src)
			}
		}
		sections = append(sections, app.H3().Text(fmt.Sprintf("%s (%d)", g.title, len(group))))
		if len(group) == 0 {
			sections = append(sections, app.P().Class("empty").Text(g.empty))
			continue
		}
		sections = append(sections, sourceList(g.kind, group, selected, choose))
	}
	sections = append(sections, app.H3().Text(fmt.Sprintf("Mentioned, never quoted (%d)", len(s.Mentioned))))
	if len(s.Mentioned) == 0 {
		sections = append(sections, app.P().Class("empty").Text("Everyone named is quoted."))
	} else {
		sections = append(sections, sourceList("mentioned", s.Mentioned, selected, choose))
	}
	if s.Unattributed > 0 {
		sections = append(sections, app.P().Class("unattributed").Text(fmt.Sprintf("%d quotation%s without a speaker.", s.Unattributed, plural(s.Unattributed))))
	}
	return app.Section().ID("sources").Class("people sources").Body(sections...)
}

func sourcesSummary(s extract.Sources) string {
	voices := len(s.Quoted)
	anonymous := 0
	for _, src := range s.Quoted {
		if src.Kind == extract.SourceAnonymous {
			anonymous++
		}
	}
	return fmt.Sprintf("%d source%s speak%s (%d anonymous); %d quoted word%s in all; %d named but never quoted.",
		voices, plural(voices), verbS(voices), anonymous, s.QuotedWords, plural(s.QuotedWords), len(s.Mentioned))
}

// sourceList is one section: named sources are buttons that highlight
// them in the article; anonymous ones have no referent to highlight.
func sourceList(kind string, group []extract.Source, selected string, choose app.EventHandler) app.UI {
	return app.Ul().Class("source-list").DataSet("kind", kind).Body(
		app.Range(group).Slice(func(i int) app.UI {
			src := group[i]
			details := []app.UI{
				app.Span().Class("person-name").Text(src.Name),
				app.If(len(src.Roles) > 0, func() app.UI {
					return app.Span().Class("person-role").Text(strings.Join(src.Roles, "; "))
				}),
				app.Span().Class("person-counts").Text(sourceCounts(src)),
				app.If(src.QuotedWords > 0, func() app.UI { return shareBar(src.Share) }),
			}
			if src.ID == "" {
				return app.Li().Class("source anonymous").Body(details...)
			}
			class := "person"
			if src.ID == selected {
				class += " selected"
			}
			return app.Li().Class("source").Body(
				app.Button().
					Type("button").
					Class(class).
					DataSet("person", src.ID).
					Aria("pressed", src.ID == selected).
					Title("Highlight " + src.Name + " in the article").
					OnClick(choose).
					Body(details...),
			)
		}),
	)
}

// sourceCounts reads "2 quotes · 21 words (31%) · 1 reported · 2 mentions".
func sourceCounts(s extract.Source) string {
	var parts []string
	if s.Quotes > 0 || s.Reported == 0 {
		parts = append(parts, fmt.Sprintf("%d quote%s", s.Quotes, plural(s.Quotes)))
	}
	if s.QuotedWords > 0 {
		parts = append(parts, fmt.Sprintf("%d word%s (%s)", s.QuotedWords, plural(s.QuotedWords), percent(s.Share)))
	}
	if s.Reported > 0 {
		parts = append(parts, fmt.Sprintf("%d reported", s.Reported))
	}
	if s.Mentions > 0 {
		parts = append(parts, fmt.Sprintf("%d mention%s", s.Mentions, plural(s.Mentions)))
	}
	return strings.Join(parts, " · ")
}

// shareBar draws a source's share of the quoted words; the percentage is
// in the text beside it, so the bar is decoration for screen readers.
func shareBar(share float64) app.UI {
	return app.Span().Class("share-bar").Aria("hidden", true).Body(
		app.Span().Class("share-fill").Style("width", fmt.Sprintf("%.1f%%", share*100)),
	)
}

func percent(share float64) string {
	return fmt.Sprintf("%d%%", int(math.Round(share*100)))
}

func verbS(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// sourcesTable is the same summary as a table, under the article: the
// printed worksheet carries it. It has no controls, so it is one piece of
// markup for go-app to place, not a node per cell: a long document's
// table has hundreds of rows, and go-app would build, compare and place
// each of its thousands of nodes with a call into the browser apiece. Its
// words are escaped: they stay text.
// sourcesTableView draws the table under the article from the panels'
// state: it is not a highlight, and a long document's (hundreds of rows)
// was built and drawn in the task that drew the article's first screen.
type sourcesTableView struct {
	app.Compo
	article articleState
}

func (v *sourcesTableView) OnMount(ctx app.Context) {
	ctx.ObserveState(statePanels, &v.article)
}

func (v *sourcesTableView) Render() app.UI {
	if v.article.Doc == nil { // the panels' state follows in a moment
		return app.Section().ID("sources-table").Class("sources-table").Aria("label", "Sources table")
	}
	return sourcesTable(v.article.Doc)
}

func sourcesTable(doc *extract.Document) app.UI {
	var b strings.Builder
	b.WriteString(`<section id="sources-table" class="sources-table" aria-label="Sources table"><h2>Who speaks, and how much</h2><table><thead><tr>`)
	for _, h := range []string{"Source", "Kind", "Role", "Quotes", "Reported", "Words", "Share", "Verbs"} {
		b.WriteString(`<th scope="col">` + h + `</th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, list := range [][]extract.Source{doc.Sources.Quoted, doc.Sources.Mentioned} {
		for _, s := range list {
			kind := kindLabels[s.Kind]
			if s.Quotes == 0 && s.Reported == 0 {
				kind = "Never quoted (" + strings.ToLower(kind) + ")"
			}
			b.WriteString(`<tr data-source="`)
			escapeTo(&b, s.Name)
			b.WriteString(`"><th scope="row">`)
			escapeTo(&b, s.Name)
			b.WriteString(`</th>`)
			for _, cell := range []string{kind, strings.Join(s.Roles, "; ")} {
				b.WriteString(`<td>`)
				escapeTo(&b, cell)
				b.WriteString(`</td>`)
			}
			for _, n := range []string{strconv.Itoa(s.Quotes), strconv.Itoa(s.Reported), strconv.Itoa(s.QuotedWords), percent(s.Share)} {
				b.WriteString(`<td class="num">` + n + `</td>`)
			}
			b.WriteString(`<td>`)
			escapeTo(&b, strings.Join(uniqueFold(s.Cues), ", "))
			b.WriteString(`</td></tr>`)
		}
	}
	b.WriteString(`</tbody></table></section>`)
	return app.Raw(b.String())
}

var kindLabels = map[string]string{
	extract.SourcePerson:       "Person",
	extract.SourceOrganisation: "Organisation",
	extract.SourceAnonymous:    "Anonymous",
}

// uniqueFold drops repeated words, ignoring case, keeping the first order.
func uniqueFold(words []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		k := strings.ToLower(w)
		if !seen[k] {
			seen[k] = true
			out = append(out, w)
		}
	}
	return out
}
