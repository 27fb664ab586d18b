package main

import (
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// readingView renders the article with its highlights. The article is
// untrusted: it only ever becomes text nodes, never markup.
func readingView(text string, doc *extract.Document, selected string) app.UI {
	names := speakerNames(doc)
	var paras []app.UI
	for _, p := range paragraphs(text) {
		paras = append(paras, app.P().Body(paragraphNodes(text, p[0], p[1], doc, names, selected)...))
	}
	return app.Article().Class("annotated").Body(paras...)
}

// paragraphs returns the [start, end) byte ranges of the non-blank lines.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, [2]int{start, end})
		}
		start = end + 1
	}
	return out
}

// speakerNames maps referent ids to display names.
func speakerNames(doc *extract.Document) map[string]string {
	names := make(map[string]string, len(doc.People))
	for _, p := range doc.People {
		names[p.ID] = p.Name
	}
	return names
}

// speakerOf is the name shown beside a quotation: the person it resolves
// to, else the words that name the speaker ("officials"), else "".
func speakerOf(q extract.Quote, names map[string]string) string {
	if n := names[q.SpeakerID]; n != "" {
		return n
	}
	if q.Speaker != nil {
		return q.Speaker.Text
	}
	return ""
}

func paragraphNodes(text string, from, to int, doc *extract.Document, names map[string]string, selected string) []app.UI {
	var out []app.UI
	pos := from
	qi := sort.Search(len(doc.Quotes), func(i int) bool { return doc.Quotes[i].End > from })
	for ; qi < len(doc.Quotes) && doc.Quotes[qi].Start < to; qi++ {
		q := doc.Quotes[qi]
		qs, qe := max(q.Start, pos), min(q.End, to)
		if qs >= qe {
			continue
		}
		out = append(out, entityNodes(text, pos, qs, doc.Entities, selected)...)
		speaker := speakerOf(q, names)
		label := "quote by " + speaker
		tag := speaker
		if speaker == "" {
			label, tag = "unattributed quote", "unattributed"
		}
		class := "quote quote-" + q.Kind
		if selected != "" && q.SpeakerID == selected {
			class += " selected"
		}
		out = append(out,
			app.Span().
				Class(class).
				Attr("data-quote", q.Kind).
				DataSet("speaker", speaker).
				Title(label).
				Body(entityNodes(text, qs, qe, doc.Entities, selected)...),
			app.Span().Class("speaker-tag").Aria("label", label).Text(tag),
		)
		pos = qe
	}
	return append(out, entityNodes(text, pos, to, doc.Entities, selected)...)
}

// entityNodes renders text[from:to] with its entity mentions highlighted.
func entityNodes(text string, from, to int, ents []extract.Entity, selected string) []app.UI {
	var out []app.UI
	pos := from
	i := sort.Search(len(ents), func(i int) bool { return ents[i].End > from })
	for ; i < len(ents) && ents[i].Start < to; i++ {
		e := ents[i]
		s, end := max(e.Start, pos), min(e.End, to)
		if s >= end {
			continue
		}
		if s > pos {
			out = append(out, app.Text(text[pos:s]))
		}
		class := "ent ent-" + strings.ToLower(e.Type)
		if selected != "" && e.EntityID == selected {
			class += " selected"
		}
		out = append(out, app.Mark().
			Class(class).
			DataSet("entity-type", e.Type).
			DataSet("entity-id", e.EntityID).
			Title(typeLabels[e.Type]).
			Text(text[s:end]))
		pos = end
	}
	if pos < to {
		out = append(out, app.Text(text[pos:to]))
	}
	return out
}
