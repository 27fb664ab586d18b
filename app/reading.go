package main

import (
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// reading is what the reading view draws, prepared once per annotation:
// the chunk components share it by pointer, which go-app compares cheaply.
type reading struct {
	text   string
	doc    *extract.Document
	spans  []extract.Quote
	marks  []extract.Entity // entities and attribution verbs, in text order
	names  map[string]string
	chunks [][][2]int // paragraphs, in chunks
	// corrected are the quotations a teacher corrected (by span)
	corrected map[[2]int]string
	// preview: the server's page, whose highlights carry no data
	// attributes (firstArticle)
	preview bool
	// upto: the chunks doc covers, when it is of the text's first part
	// only (0: all)
	upto int

	// html is each paragraph's markup once written, for the person
	// htmlFor (paragraphHTML); prev is the reading drawn before this one,
	// whose markup a paragraph drawn alike takes as it is (reuseFrom)
	html    []string
	htmlFor string
	prev    *reading
}

// drawable is how many chunks may be drawn.
func (r *reading) drawable() int {
	if r.upto > 0 {
		return min(r.upto, len(r.chunks))
	}
	return len(r.chunks)
}

// chunkParagraphs is how many paragraphs one chunk draws: small enough that
// drawing one chunk stays well under a frame's worth of a long task.
const chunkParagraphs = 20

func newReading(text string, doc *extract.Document, corrected map[[2]int]string) *reading {
	r := &reading{text: text, doc: doc, spans: withTerms(attributedSpans(doc), doc.Terms), names: speakerNames(doc), corrected: corrected}
	r.marks = withCues(doc.Entities, r.spans)
	paras := paragraphs(text)
	for i := 0; i < len(paras); i += chunkParagraphs {
		r.chunks = append(r.chunks, paras[i:min(i+chunkParagraphs, len(paras))])
	}
	return r
}

// readingView renders the article with its highlights, a few chunks at a
// time: a long document appears progressively instead of freezing the page
// while tens of thousands of highlights are built. The article is
// untrusted: it only ever becomes text.
type readingView struct {
	app.Compo
	Reading  *reading
	Selected string
	shown    int      // chunks drawn so far
	drawn    *reading // the reading they belong to
	growing  bool
}

func (v *readingView) OnMount(ctx app.Context) { v.grow(ctx) }

// OnUpdate starts over for a new article; choosing a person keeps what is
// drawn.
func (v *readingView) OnUpdate(ctx app.Context) { v.grow(ctx) }

// drawBytes is how much of the article one drawing adds: a news article
// (900 words are 5 KB) is drawn whole at once, a long document a few
// chunks at a time, each in a task of the browser's of its own.
const drawBytes = 10000

// grow draws more chunks, in a task of their own, until all are drawn.
func (v *readingView) grow(ctx app.Context) {
	v.start()
	if v.shown >= v.Reading.drawable() {
		v.Reading.prev = nil // every paragraph has its markup: the reading before may go
	}
	if v.growing || v.shown >= v.Reading.drawable() {
		return
	}
	v.growing = true
	r := v.Reading
	ctx.Async(func() {
		// a browser task, not a timer: a Go timer that is already due
		// when the frame ends runs in the same task, and the whole
		// document was one block of the page's thread
		yieldToBrowser()
		ctx.Dispatch(func(ctx app.Context) {
			v.growing = false
			if r != v.Reading {
				return // a newer article took its place
			}
			v.shown = r.upTo(v.shown, drawBytes)
			v.grow(ctx)
		})
	})
}

// upTo is how many chunks are drawn when those after the first shown
// chunks add up to bytes of text or more (one at least).
func (r *reading) upTo(shown, bytes int) int {
	n := r.drawable()
	if shown >= n {
		return n
	}
	size := 0
	for shown < n && size < bytes {
		paras := r.chunks[shown]
		size += paras[len(paras)-1][1] - paras[0][0]
		shown++
	}
	return shown
}

// keptChunks is how many chunks a new reading of an edited article draws
// at once in place of the ones on screen (200 paragraphs, longer than
// nearly any news article): a paragraph whose markup is unchanged is left
// as it is, so an edit does not collapse the article below the first chunk
// (moving what the reader was looking at) to grow it back. A longer
// document, or another article, is drawn from its first chunks, a drawing
// per task: every paragraph of it is new to the page.
const keptChunks = 10

// start draws the first chunks of a reading not drawn yet.
func (v *readingView) start() {
	if v.drawn == v.Reading {
		return
	}
	shown := v.Reading.upTo(0, drawBytes)
	if v.drawn != nil && v.shown > 0 && v.drawn.text == v.Reading.text {
		// the same text annotated again (a long text's whole after its
		// first part): the chunks on screen first, in the frame that
		// replaces their highlights, the rest in tasks of their own
		shown = min(v.shown, keptChunks)
	} else if v.drawn != nil && !largelyReplaced(v.drawn.text, v.Reading.text) {
		shown = max(shown, min(v.shown, keptChunks))
	}
	v.Reading.reuseFrom(v.drawn)
	v.drawn, v.shown = v.Reading, min(shown, v.Reading.drawable())
}

func (v *readingView) Render() app.UI {
	v.start()
	var chunks []app.UI
	for i := 0; i < v.shown; i++ {
		chunks = append(chunks, &readingChunk{Reading: v.Reading, Index: i, Selected: v.Selected})
	}
	return app.Article().Class("annotated").Aria("busy", v.shown < len(v.Reading.chunks)).Body(chunks...)
}

// readingChunk draws one chunk of paragraphs.
type readingChunk struct {
	app.Compo
	Reading  *reading
	Index    int
	Selected string
}

func (c *readingChunk) Render() app.UI {
	r := c.Reading
	paras := make([]app.UI, len(r.chunks[c.Index]))
	for j := range paras {
		paras[j] = app.Raw(r.paragraphHTML(c.Index*chunkParagraphs+j, c.Selected))
	}
	return app.Div().Class("chunk").Body(paras...)
}

// paragraphHTML is the markup of paragraph i (counted through the chunks)
// with selected's highlights chosen. It is written once a reading and
// person, or taken from the reading drawn before when the paragraph is
// drawn alike there: typing in one paragraph, or a long text's whole after
// its first part, leaves most paragraphs as they were, and writing every
// paragraph of the article again was most of the reading pane's part of a
// reply (and go-app compares an unchanged string at once).
func (r *reading) paragraphHTML(i int, selected string) string {
	if r.preview {
		// the server's reading of the example, shared by every request
		// it draws, perhaps at once: nothing is kept in it
		return r.writeHTML(r.paragraph(i), selected)
	}
	if r.html == nil || r.htmlFor != selected {
		r.html, r.htmlFor = make([]string, r.paragraphCount()), selected
	}
	if h := r.html[i]; h != "" {
		return h
	}
	p := r.paragraph(i)
	h := r.prev.sameAs(r, i, p, selected)
	if h == "" {
		h = r.writeHTML(p, selected)
	}
	r.html[i] = h
	return h
}

// writeHTML writes paragraph p's markup.
func (r *reading) writeHTML(p [2]int, selected string) string {
	var b strings.Builder
	writeParagraph(&b, r, p[0], p[1], selected)
	if r.preview {
		return withoutDataAttributes(b.String())
	}
	return b.String()
}

func (r *reading) paragraphCount() int {
	if len(r.chunks) == 0 {
		return 0
	}
	return (len(r.chunks)-1)*chunkParagraphs + len(r.chunks[len(r.chunks)-1])
}

func (r *reading) paragraph(i int) [2]int { return r.chunks[i/chunkParagraphs][i%chunkParagraphs] }

// reuseFrom lets r take the markup of old's paragraphs drawn alike. Only
// the reading drawn last is kept: old lets go of its own.
func (r *reading) reuseFrom(old *reading) {
	if old == r || old == nil {
		return
	}
	old.prev = nil
	if old.html != nil {
		r.prev = old
	}
}

// sameAs returns the markup old (the reading drawn before r) wrote for the
// paragraph that r's paragraph i, p, is drawn as exactly alike: the same
// words with the same highlights at the same places, for the same person
// chosen. It looks at old's paragraph of the same number, counted from the
// start and from the end (typing before it adds or removes none, or a
// paragraph). "" when there is none.
func (old *reading) sameAs(r *reading, i int, p [2]int, selected string) string {
	if old == nil || old.htmlFor != selected {
		return ""
	}
	n, on := r.paragraphCount(), old.paragraphCount()
	for _, j := range [2]int{i, on - (n - i)} {
		if j < 0 || j >= on || old.html[j] == "" {
			continue
		}
		if op := old.paragraph(j); drawnAlike(r, p, old, op, selected) {
			return old.html[j]
		}
	}
	return ""
}

// drawnAlike tells whether paragraph p of r and op of old make the same
// markup (writeParagraph): the same text, and in it the same spans and
// marks, each at the same place in the paragraph with everything of it
// that the markup shows.
func drawnAlike(r *reading, p [2]int, old *reading, op [2]int, selected string) bool {
	if p[1]-p[0] != op[1]-op[0] || r.text[p[0]:p[1]] != old.text[op[0]:op[1]] {
		return false
	}
	if len(r.corrected)+len(old.corrected) > 0 {
		return false // rare: written anew
	}
	spans, ospans := spansIn(r.spans, p), spansIn(old.spans, op)
	if len(spans) != len(ospans) {
		return false
	}
	for k := range spans {
		a, b := spans[k], ospans[k]
		if a.Start-p[0] != b.Start-op[0] || a.End-p[0] != b.End-op[0] || a.Kind != b.Kind ||
			speakerOf(a, r.names) != speakerOf(b, old.names) ||
			(selected != "" && a.SpeakerID == selected) != (selected != "" && b.SpeakerID == selected) {
			return false
		}
	}
	marks, omarks := marksIn(r.marks, p), marksIn(old.marks, op)
	if len(marks) != len(omarks) {
		return false
	}
	for k := range marks {
		a, b := marks[k], omarks[k]
		if a.Start-p[0] != b.Start-op[0] || a.End-p[0] != b.End-op[0] || a.Type != b.Type || a.EntityID != b.EntityID ||
			a.Type == cueMark && a.Text != b.Text { // a verb's title is of its words
			return false
		}
	}
	return true
}

// spansIn and marksIn are the spans and marks that reach into paragraph
// p (both lists are in text order, neither overlapping itself).
func spansIn(spans []extract.Quote, p [2]int) []extract.Quote {
	return reachingInto(spans, p, func(q extract.Quote) (int, int) { return q.Start, q.End })
}

func marksIn(marks []extract.Entity, p [2]int) []extract.Entity {
	return reachingInto(marks, p, func(e extract.Entity) (int, int) { return e.Start, e.End })
}

// reachingInto returns the run of xs, in text order and not overlapping
// each other, whose [start, end) reach into p.
func reachingInto[T any](xs []T, p [2]int, bounds func(T) (start, end int)) []T {
	i := sort.Search(len(xs), func(i int) bool { _, end := bounds(xs[i]); return end > p[0] })
	j := i
	for ; j < len(xs); j++ {
		if start, _ := bounds(xs[j]); start >= p[1] {
			break
		}
	}
	return xs[i:j]
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
	// an organisation that only speaks in reported speech is a source,
	// not one of the people
	for _, list := range [][]extract.Source{doc.Sources.Quoted, doc.Sources.Mentioned} {
		for _, s := range list {
			if s.ID != "" && names[s.ID] == "" {
				names[s.ID] = s.Name
			}
		}
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

// attributedSpans merges quotations and reported speech, in text order
// (they never overlap: reported clauses exclude quotations); at one
// start, the quotation first. The engine lists each in text order, so
// they are merged in one pass: a stable sort of a 50,000-word document's
// 3,400 spans moved the large structs about for 5 ms natively, and the
// panels call it on every drawing.
func attributedSpans(doc *extract.Document) []extract.Quote {
	quotes, reported := doc.Quotes, doc.Reported
	all := make([]extract.Quote, 0, len(quotes)+len(reported))
	if !inTextOrder(quotes) || !inTextOrder(reported) {
		all = append(append(all, quotes...), reported...)
		sort.SliceStable(all, func(i, j int) bool { return all[i].Start < all[j].Start })
		return all
	}
	for len(quotes) > 0 && len(reported) > 0 {
		if reported[0].Start < quotes[0].Start {
			all, reported = append(all, reported[0]), reported[1:]
		} else {
			all, quotes = append(all, quotes[0]), quotes[1:]
		}
	}
	return append(append(all, quotes...), reported...)
}

func inTextOrder(spans []extract.Quote) bool {
	for i := 1; i < len(spans); i++ {
		if spans[i].Start < spans[i-1].Start {
			return false
		}
	}
	return true
}

// writeParagraph writes one paragraph as markup: a paragraph is one node
// for go-app to place, where building each highlight as a node costs a
// call from WebAssembly into the browser per element and attribute (the
// 50,000-word document has tens of thousands). Every piece of the article
// in it is escaped: it stays text.
func writeParagraph(b *strings.Builder, r *reading, from, to int, selected string) {
	text, marks, spans := r.text, r.marks, r.spans
	b.WriteString("<p>")
	pos := from
	qi := sort.Search(len(spans), func(i int) bool { return spans[i].End > from })
	for ; qi < len(spans) && spans[qi].Start < to; qi++ {
		q := spans[qi]
		qs, qe := max(q.Start, pos), min(q.End, to)
		if qs >= qe {
			continue
		}
		writeEntityHTML(b, text, pos, qs, marks, selected)
		if q.Kind == termKind {
			writeTerm(b, text, qs, qe, marks, selected)
		} else {
			writeAttributed(b, text, qs, qe, q, marks, r.names, selected, r.corrected[[2]int{q.Start, q.End}])
		}
		pos = qe
	}
	writeEntityHTML(b, text, pos, to, marks, selected)
	b.WriteString("</p>")
}

// writeAttributed writes one quotation (data-quote) or reported clause
// (data-reported) with its speaker beside it. data-speaker is "" when
// unattributed; data-corrected says what a teacher corrected.
func writeAttributed(b *strings.Builder, text string, from, to int, q extract.Quote, marks []extract.Entity, names map[string]string, selected, fixed string) {
	speaker := speakerOf(q, names)
	what := "quote"
	if q.Kind == extract.KindReported {
		what = "reported speech"
	}
	label := what + " by " + speaker
	tag := speaker
	if speaker == "" {
		label, tag = "unattributed "+what, "unattributed"
	}
	class := "quote quote-" + q.Kind
	kindAttr := `data-quote="` + q.Kind + `"`
	if q.Kind == extract.KindReported {
		class, kindAttr = "reported", `data-reported="reported"`
	}
	if selected != "" && q.SpeakerID == selected {
		class += " selected"
	}
	switch fixed {
	case correctedSpeaker:
		label += " (speaker corrected by the teacher)"
		tag += " ✎ corrected"
	case correctedAdded:
		label += " (added by the teacher)"
		tag += " ✎ added"
	}
	if fixed != "" {
		class += " corrected"
		kindAttr += ` data-corrected="` + fixed + `"`
	}
	// Screen readers announce "quote by Ana Lindqvist:" before the words;
	// the visible tag after them says the same, so it is hidden from them.
	b.WriteString(`<span class="sr-only">`)
	escapeTo(b, label)
	b.WriteString(`: </span><span class="` + class + `" ` + kindAttr + ` data-speaker="`)
	escapeTo(b, speaker)
	b.WriteString(`" title="`)
	escapeTo(b, label)
	b.WriteString(`">`)
	writeEntityHTML(b, text, from, to, marks, selected)
	b.WriteString(`</span><span class="speaker-tag" aria-hidden="true">`)
	escapeTo(b, tag)
	b.WriteString(`</span>`)
}

// writeEntityHTML writes text[from:to], escaped, with its entity marks.
func writeEntityHTML(b *strings.Builder, text string, from, to int, ents []extract.Entity, selected string) {
	eachSegment(text, from, to, ents, func(plain string, e *extract.Entity, marked string) {
		if e == nil {
			escapeTo(b, plain)
			return
		}
		if e.Type == cueMark {
			b.WriteString(`<span class="` + cueClass(*e) + `" data-cue="`)
			escapeTo(b, e.EntityID)
			b.WriteString(`" title="`)
			escapeTo(b, cueTitle(*e))
			b.WriteString(`">`)
			escapeTo(b, marked)
			b.WriteString(`</span>`)
			return
		}
		b.WriteString(`<mark class="` + markClass(*e, selected) + `" data-entity-type="`)
		escapeTo(b, e.Type)
		b.WriteString(`" data-entity-id="`)
		escapeTo(b, e.EntityID)
		b.WriteString(`" title="`)
		escapeTo(b, typeLabels[e.Type])
		b.WriteString(`">`)
		escapeTo(b, marked)
		b.WriteString(`</mark>`)
	})
}

// escapeTo writes s as html.EscapeString would, without making a copy of
// it first: the reading view writes every word of the article this way.
func escapeTo(b *strings.Builder, s string) {
	for {
		i := strings.IndexAny(s, `<>&'"`)
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		switch s[i] {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '"':
			b.WriteString("&#34;")
		}
		s = s[i+1:]
	}
}

// eachSegment walks text[from:to] as plain stretches (e == nil) and entity
// mentions, clipped to the range.
func eachSegment(text string, from, to int, ents []extract.Entity, f func(plain string, e *extract.Entity, marked string)) {
	pos := from
	i := sort.Search(len(ents), func(i int) bool { return ents[i].End > from })
	for ; i < len(ents) && ents[i].Start < to; i++ {
		s, end := max(ents[i].Start, pos), min(ents[i].End, to)
		if s >= end {
			continue
		}
		if s > pos {
			f(text[pos:s], nil, "")
		}
		f("", &ents[i], text[s:end])
		pos = end
	}
	if pos < to {
		f(text[pos:to], nil, "")
	}
}

func markClass(e extract.Entity, selected string) string {
	class := "ent ent-" + strings.ToLower(e.Type)
	if selected != "" && e.EntityID == selected {
		class += " selected"
	}
	return class
}

// cueMark is the Type of an attribution verb among the reading's marks; its
// EntityID holds the verb's CueType.
const cueMark = "CUE"

// withCues adds each quotation's attribution verb to the entity marks, so
// loaded verbs can be highlighted where they stand. A verb that overlaps
// a name is left out (the name's mark wins).
func withCues(ents []extract.Entity, spans []extract.Quote) []extract.Entity {
	var cues []extract.Entity
	for _, q := range spans {
		if q.Cue != nil {
			cues = append(cues, extract.Entity{Start: q.Cue.Start, End: q.Cue.End, Text: q.Cue.Text, Type: cueMark, EntityID: q.CueType})
		}
	}
	if len(cues) == 0 {
		return ents
	}
	sort.Slice(cues, func(i, j int) bool { return cues[i].Start < cues[j].Start })
	out := make([]extract.Entity, 0, len(ents)+len(cues))
	i := 0
	for _, c := range cues {
		for ; i < len(ents) && ents[i].Start < c.End; i++ {
			out = append(out, ents[i])
		}
		last := len(out) - 1
		if last >= 0 && out[last].End > c.Start || i < len(ents) && ents[i].Start < c.End {
			continue // overlaps a name, or a verb shared by two quotations
		}
		out = append(out, c)
	}
	return append(out, ents[i:]...)
}

func cueClass(e extract.Entity) string {
	return "cue cue-" + e.EntityID
}

func cueTitle(e extract.Entity) string {
	if note := extract.CueNote(e.Text); note != "" {
		return "Loaded verb: " + note
	}
	return "Attribution verb"
}
