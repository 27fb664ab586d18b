package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

// This file is where text becomes a document: the engine starts here
// (startEngine) and every change of the article, typed or replaced, is
// annotated here (annotate) and handed to the other components as the
// article state.

// annotateDelay lets a burst of typing settle before the engine runs.
const annotateDelay = 250 * time.Millisecond

// articleState is the article on the page and what the engine made of it.
// The page sets it; every component that shows the article observes it.
type articleState struct {
	Text string
	Doc  *extract.Document // nil when there is nothing to show; corrected
	View *reading          // Doc prepared for the reading view
	// Engine is the engine's own document; Fixes the teacher's corrections
	// that fit the text, applied to make Doc; Corrected the quotations they
	// changed.
	Engine    *extract.Document
	Fixes     []correction
	Corrected map[[2]int]string
	// Replaced counts the times the text was put in the box by the page
	// (not typed): the article box then shows the new text.
	Replaced int
	Started  bool   // the engine is loaded
	Err      string // why there is no document
	Status   string
	SaveMsg  string // the article could not be kept in the browser

	// measured, for the status line and for make bench
	ShownRun   int // the annotation on the page
	AnnotateMs float64
	EngineMs   float64
	HeapMB     float64
	Thread     string // where the document came from: "worker" (the engine's thread), "page", or "remembered" (remembered.go)
	// Preview: the server's page, drawn before WebAssembly runs (boot.go).
	Preview bool
	// Partial: Doc and View are of the first part of a long text, whose
	// whole document is on its way (engine_steps.go); FirstRun is the
	// annotation whose first part was shown last (make bench).
	Partial  bool
	FirstRun int
	// SettleMs is how long the last edit waited for typing to settle
	// before the engine was asked: none for an article pasted over
	// another (make bench counts from the end of the wait)
	SettleMs float64

	// prepared is the reading view of the engine's reply, made where the
	// reply was read, off go-app's loop (page.OnMount); taken by
	// readingView when it is of the document shown.
	prepared *reading
}

// readingView returns the reading view of the document shown: the one
// prepared with the reply when it fits (no corrections changed the
// document), else a new one. A 50,000-word document's takes 2 ms
// natively (BenchmarkArrival50k), some 3-4 times that in WebAssembly: it
// was in the same block as drawing it.
func (a *articleState) readingView() *reading {
	r := a.prepared
	a.prepared = nil
	if r != nil && r.doc == a.Doc && r.text == a.Text && a.Corrected == nil {
		return r
	}
	return newReading(a.Text, a.Doc, a.Corrected)
}

// startEngine starts the engine and opens the article: the one kept from
// the last visit, else the example; a share link's article takes its place.
// With the engine's worker there is nothing to wait for here: the worker
// loads the models while the page draws, and its first reply says how long
// that took.
func (p *page) startEngine(ctx app.Context) {
	if p.engine == nil && !p.loadEngineHere(ctx) {
		return
	}
	p.article.Started = true
	saved, err := loadArticle(ctx)
	if err != nil {
		p.article.SaveMsg = "Your browser does not let this page keep the article: it will be lost on reload."
	}
	if saved == "" {
		saved = exampleArticle
	}
	p.article.Fixes = nil
	if fixes, err := loadCorrections(ctx); err == nil && fixes.TextID == textID(saved) {
		p.article.Fixes = fixes.List
	}
	saved = p.takeEarlyInput(ctx, saved)
	p.article.Text = saved
	p.article.Replaced++
	p.openSharedLink(ctx)
	if f := firstArticle(); p.article.Engine != nil && p.runs == f.ShownRun && p.article.Text == f.Text && (len(p.article.Fixes)+len(f.Fixes) == 0 || reflect.DeepEqual(p.article.Fixes, f.Fixes)) {
		p.publish(ctx) // the first drawing shows this document already
	} else {
		p.annotate(ctx)
	}
	// An exercise not yet checked comes back as an exercise: a reload
	// does not show the answers.
	if st, err := loadExercise(ctx); err == nil && st.TextID == textID(p.article.Text) && st.Active && !st.Checked {
		ctx.SetState(stateMode, modeExercise)
	}
}

// loadEngineHere loads the engine's models on the page's own thread, where
// the browser gave the page no engine worker; it reports whether they load.
func (p *page) loadEngineHere(ctx app.Context) bool {
	start := time.Now()
	mark("engine-load")
	if err := extract.Load(); err != nil {
		p.article.Err = "The language engine could not start: " + err.Error()
		p.article.Status = ""
		p.publish(ctx)
		return false
	}
	p.article.EngineMs = msSince(start)
	mark("engine-loaded")
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	p.article.HeapMB = float64(mem.HeapAlloc) / (1 << 20)
	return true
}

// OnNav handles a share link opened while the page is already running.
func (p *page) OnNav(ctx app.Context) {
	if p.article.Started && p.openSharedLink(ctx) {
		p.annotate(ctx)
	}
}

// openSharedLink opens the article a share link carries in its fragment,
// keeps the article it replaces in the library, and takes the article out
// of the address bar (it stays out of history and bookmarks). It reports
// whether the article changed.
func (p *page) openSharedLink(ctx app.Context) bool {
	u := *ctx.Page().URL()
	text, ok, err := sharedArticle(u.Fragment)
	fixes := sharedCorrections(u.Fragment)
	if !ok {
		return false
	}
	u.Fragment, u.RawFragment = "", ""
	ctx.Page().ReplaceURL(&u)
	if err != nil {
		p.setNotice(ctx, "This share link could not be opened: "+err.Error()+". Your own article is kept.")
		return false
	}
	text = normalizeNewlines(text)
	if text == p.article.Text && len(fixes) == 0 {
		p.setNotice(ctx, "Opened the article from the share link.")
		return false
	}
	old, oldFixes := p.article.Text, p.article.Fixes
	p.setText(ctx, text, fixes)
	p.replaced(ctx, old, oldFixes, "Opened the article from the share link.")
	return true
}

func (p *page) setNotice(ctx app.Context, notice string) {
	p.undo = ""
	ctx.SetState(stateNotice, notice)
}

// replaced keeps the article that was just replaced in the library and
// says so, with an undo: no way of replacing an article loses it.
func (p *page) replaced(ctx app.Context, old string, oldFixes []correction, notice string) {
	if strings.TrimSpace(old) == "" || old == p.article.Text && len(oldFixes) == 0 {
		p.setNotice(ctx, notice)
		return
	}
	if old == exampleArticle && len(oldFixes) == 0 {
		p.setNotice(ctx, notice) // the example is one click away
		return
	}
	keepInLibrary(ctx, old, oldFixes)
	msg := strings.TrimSpace(notice + " “" + articleTitle(old) + "” is kept in the library.")
	p.setNotice(ctx, msg)
	p.undo, p.undoFixes, p.undoFor = old, oldFixes, msg
}

// onUndoReplace puts back the article replaced last.
func (p *page) onUndoReplace(ctx app.Context, e app.Event) {
	old := p.undo
	if old == "" {
		return
	}
	current, currentFixes := p.article.Text, p.article.Fixes
	p.setText(ctx, old, p.undoFixes)
	p.replaced(ctx, current, currentFixes, "Put back “"+articleTitle(old)+"”.")
	p.annotate(ctx)
}

// largelyReplaced: an edit that leaves less than half of a real article
// (pasting over it, selecting all and deleting) replaces it; typing and
// cutting a paragraph do not.
func largelyReplaced(old, text string) bool {
	if len(strings.Fields(old)) < 5 {
		return false
	}
	prefix := 0
	for prefix < len(old) && prefix < len(text) && old[prefix] == text[prefix] {
		prefix++
	}
	suffix := 0
	for suffix < len(old)-prefix && suffix < len(text)-prefix && old[len(old)-1-suffix] == text[len(text)-1-suffix] {
		suffix++
	}
	return 2*(prefix+suffix) < len(old)
}

// normalizeNewlines writes line breaks as a text box does, so offsets
// measured in the box and in the text agree.
func normalizeNewlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// onEdit is the article box's actionEdit: the user typed or pasted.
func (p *page) onEdit(ctx app.Context, a app.Action) {
	mark("edit")
	defer mark("edited")
	edit, _ := a.Value.(typed)
	text := edit.Text
	old := p.article.Text
	p.article.Text = text
	pasted := largelyReplaced(old, text)
	if pasted {
		p.replaced(ctx, old, p.article.Fixes, "")
	}
	// The text is saved once the engine has it, not on every keystroke:
	// writing a 50,000-word article to storage took the page's thread 16
	// ms (make profile). Leaving the page meanwhile saves it (saveOnLeave).
	p.unsaved = true
	p.pending++
	n := p.pending
	if pasted {
		// another article pasted over this one: no typing to wait for
		p.article.SettleMs = 0
		p.publish(ctx)
		p.annotate(ctx)
		ctx.After(time.Millisecond, p.saveEdit) // apart from the paste's own work
		return
	}
	p.article.SettleMs = float64(annotateDelay.Milliseconds())
	p.publish(ctx) // the text at once (a share link made now holds it); the document follows
	// The wait counts from the keystroke, not from when a goroutine of
	// go-app's After would start (after the frame this edit draws).
	due := time.Now().Add(annotateDelay - since(edit.At))
	ctx.Async(func() {
		time.Sleep(time.Until(due))
		ctx.Dispatch(func(ctx app.Context) {
			if n == p.pending {
				p.annotate(ctx)
				p.saveEdit(ctx)
			}
		})
	})
}

// saveEdit saves the edited article, and says so when that fails or
// works again.
func (p *page) saveEdit(ctx app.Context) {
	if !p.unsaved {
		return
	}
	msg := p.article.SaveMsg
	p.save(ctx)
	if p.article.SaveMsg != msg {
		p.publish(ctx)
	}
}

// onReplace is actionReplace: another article takes the place of this
// one, which is kept in the library.
func (p *page) onReplace(ctx app.Context, a app.Action) {
	r, _ := a.Value.(replacement)
	old, oldFixes := p.article.Text, p.article.Fixes
	p.setText(ctx, r.Text, r.Fixes)
	p.replaced(ctx, old, oldFixes, r.Notice)
	p.annotate(ctx)
}

// setText replaces the article (from the example, the library or a link).
// The box is written here, not on every render: writing back what the user
// just typed would cost a relayout of the whole box per keystroke (and
// move the caret), which a 50,000-word article makes long.
func (p *page) setText(ctx app.Context, text string, fixes []correction) {
	p.article.Text, p.article.Fixes = text, fixes
	p.article.Replaced++
	if box := app.Window().GetElementByID("article"); box.Truthy() {
		box.Set("value", text)
	}
	p.save(ctx)
}

func (p *page) save(ctx app.Context) {
	p.unsaved = false
	err := p.saveText(ctx)
	if err != nil && forgetDocument(ctx) { // the kept document makes room
		err = p.saveText(ctx)
	}
	if err != nil {
		p.article.SaveMsg = "This article could not be saved in the browser (storage is full or turned off); it is still here until you close the page."
		return
	}
	p.article.SaveMsg = ""
}

func (p *page) saveText(ctx app.Context) error {
	err := saveArticle(ctx, p.article.Text)
	if err == nil {
		err = saveCorrections(ctx, savedCorrections{TextID: textID(p.article.Text), List: p.article.Fixes})
	}
	return err
}

// longText is where annotation moves off the event handler: past it, the
// engine pauses now and then so the page keeps answering while it works.
const longText = 30000

// annotate runs the engine on the article and publishes the result.
func (p *page) annotate(ctx app.Context) {
	p.runs++
	run, text := p.runs, p.article.Text
	if doc := rememberedDocument(text); doc != nil {
		mark("remembered")
		p.article.Thread = "remembered"
		p.show(ctx, doc, nil, -1, run)
		return
	}
	if p.engine != nil {
		p.sent = text
		if len(text) >= longText {
			p.article.Status = "Annotating…"
			p.publish(ctx)
		}
		mark("posted")
		p.engine.annotate(run, text)
		return
	}
	start := time.Now()
	mark("annotate")
	p.article.Thread = "page"
	if len(text) < longText {
		doc, err := extract.Annotate(text)
		mark("annotated")
		p.show(ctx, doc, err, msSince(start), run)
		return
	}
	p.article.Status = "Annotating…"
	p.publish(ctx)
	ctx.Async(func() {
		// Between slices of work the engine yields (yield_wasm.go): Go in
		// WebAssembly gives the main thread back when every goroutine waits.
		doc, err := extract.AnnotateWith(text, extract.Options{Pause: yieldToBrowser})
		ms := msSince(start)
		mark("annotated")
		ctx.Dispatch(func(ctx app.Context) {
			if run == p.runs { // a later edit has its own run
				p.show(ctx, doc, err, ms, run)
			}
		})
	})
}

// onEngineReply is the engine worker's answer (engine.go). An answer for
// an older text is dropped: the text's own annotation is on its way.
func (p *page) onEngineReply(ctx app.Context, r engineReply) {
	// Nothing the page draws itself changes here (the article goes to
	// its observers): go-app would draw the whole page again, and compare
	// every component in it, before the highlights.
	ctx.PreventUpdate()
	a := &p.article
	if r.Failed != "" { // no worker after all: the page runs the engine itself
		p.engine = nil
		if a.Started && p.loadEngineHere(ctx) {
			p.annotate(ctx)
		}
		return
	}
	if a.EngineMs == 0 {
		a.EngineMs, a.HeapMB = r.LoadMs, r.HeapMB
	}
	if r.LoadErr != "" {
		a.Err = "The language engine could not start: " + r.LoadErr
		a.Status = ""
		p.publish(ctx)
		return
	}
	if r.Ready {
		p.publish(ctx) // the models' load time, for the status line's data
	}
	if r.Ready || r.ID != p.runs || a.Text != p.sent {
		return
	}
	doc, err := r.decoded, r.decodeErr
	a.Thread = "worker"
	a.prepared = r.view
	if r.Partial {
		if err == nil && p.mode != modeExercise {
			p.showFirstPart(ctx, doc, r.ID)
		}
		return
	}
	if a.Partial && selectedPerson(ctx) != "" {
		// the first part numbered its people by itself: the same id may
		// be someone else in the whole
		ctx.SetState(stateSelected, "")
	}
	p.show(ctx, doc, err, r.Ms, r.ID)
	if err == nil {
		// kept for the next visit once the highlights are drawn: keeping a
		// long document (127 KB of storage for 50,000 words) held them
		// back 20-40 ms
		text, raw := a.Text, r.Doc
		ctx.Defer(func(ctx app.Context) {
			ctx.Async(func() {
				yieldToBrowser()
				ctx.Dispatch(func(ctx app.Context) { rememberDocument(ctx, text, raw) })
			})
		})
	}
}

// show puts an annotation (or the reason there is none) on the page; ms is
// the engine's time, negative for a document the page had kept.
func (p *page) show(ctx app.Context, doc *extract.Document, err error, ms float64, run int) {
	p.article.present(doc, err, ms, run)
	if doc != nil && err == nil {
		if id := selectedPerson(ctx); id != "" && !hasReferent(doc, id) {
			ctx.SetState(stateSelected, "")
		}
	}
	p.publishReadingFirst(ctx)
	ctx.Defer(func(app.Context) { mark("shown") }) // after go-app has drawn it
}

// showFirstPart shows the document of a long text's first part while the
// engine reads the rest: its first screen, highlighted, with the panels
// of that part; the exports wait for the whole.
func (p *page) showFirstPart(ctx app.Context, doc *extract.Document, run int) {
	a := &p.article
	a.Partial, a.FirstRun = true, run
	a.Doc, a.Corrected, _ = corrected(a.Text, doc, a.Fixes) // the teacher's corrections stay for the whole
	a.Engine, a.Err = nil, ""
	a.View = a.readingView()
	a.View.upto = 1
	a.Status = fmt.Sprintf("Annotating… the first %d paragraphs are shown; the rest follows.", chunkParagraphs)
	p.publishReadingFirst(ctx)
	ctx.Defer(func(app.Context) { mark("first-part-shown") })
}

// present takes the engine's answer for run into the article: the
// corrected document and the reading view's preparation, or why there is
// none.
func (a *articleState) present(doc *extract.Document, err error, ms float64, run int) {
	a.ShownRun, a.Partial = run, false
	switch {
	case err == extract.ErrEmpty:
		a.Doc, a.Engine, a.View, a.Err = nil, nil, nil, ""
		a.Status = "Paste an article to begin."
	case err != nil:
		a.Doc, a.Engine, a.View = nil, nil, nil
		a.Err = "This text cannot be annotated: " + err.Error() + ". Your text is kept as it is."
		a.Status = ""
	default:
		a.Engine, a.Err = doc, ""
		a.Doc, a.Corrected, a.Fixes = corrected(a.Text, doc, a.Fixes)
		a.View = a.readingView()
		counts := fmt.Sprintf("%d entit%s, %d quotation%s", len(doc.Entities), entityPlural(len(doc.Entities)), len(doc.Quotes), plural(len(doc.Quotes)))
		a.Status = counts + ", annotated in " + duration(ms) + "."
		if ms < 0 { // a document the page had kept (remembered.go)
			a.Status = counts + "."
		} else {
			a.AnnotateMs = ms
		}
	}
}

// onCorrect is actionCorrect: a teacher corrects the engine.
func (p *page) onCorrect(ctx app.Context, a app.Action) {
	f, ok := a.Value.(correction)
	if !ok || p.article.Engine == nil {
		return
	}
	p.recorrect(ctx, append(append([]correction(nil), p.article.Fixes...), f))
}

// onUncorrect is actionUncorrect: a correction is taken back.
func (p *page) onUncorrect(ctx app.Context, a app.Action) {
	i, ok := a.Value.(int)
	if !ok || i < 0 || i >= len(p.article.Fixes) || p.article.Engine == nil {
		return
	}
	fixes := append(append([]correction(nil), p.article.Fixes[:i]...), p.article.Fixes[i+1:]...)
	p.recorrect(ctx, fixes)
}

// recorrect applies the corrections to the engine's document again: no
// need to run the engine.
func (p *page) recorrect(ctx app.Context, fixes []correction) {
	a := &p.article
	a.Doc, a.Corrected, a.Fixes = corrected(a.Text, a.Engine, fixes)
	a.View = newReading(a.Text, a.Doc, a.Corrected)
	p.save(ctx)
	p.publish(ctx)
}

// publish hands the article to the components that observe it.
func (p *page) publish(ctx app.Context) {
	p.panelsDue++ // a later handing to the panels is not needed
	ctx.SetState(stateArticle, p.article)
	ctx.SetState(statePanels, p.article)
}

// publishReadingFirst hands a new document to the reading pane (the
// highlights and the status line) now, and to the panels in the browser's
// next task, as they are then: go-app draws every observer of a state in
// one frame, and the panels' part of the frame that drew a 900-word
// article's highlights was a third to a half of it (sources, verbs, the
// worksheet, the toolbar, the library, the table under the article; for a
// 50,000-word document 10–20 ms), which the reader waited for before
// seeing any highlight.
func (p *page) publishReadingFirst(ctx app.Context) {
	p.panelsDue++
	due := p.panelsDue
	ctx.SetState(stateArticle, p.article)
	ctx.Async(func() {
		yieldToBrowser()
		ctx.Dispatch(func(ctx app.Context) {
			if due == p.panelsDue {
				ctx.SetState(statePanels, p.article)
			}
		})
	})
}

func msSince(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }

func hasReferent(doc *extract.Document, id string) bool {
	for _, p := range doc.People {
		if p.ID == id {
			return true
		}
	}
	return false
}

// duration says how long the engine took as a reader reads times: tenths
// of a millisecond only where they matter, seconds past one.
func duration(ms float64) string {
	switch {
	case ms >= 1000:
		return fmt.Sprintf("%.2f s", ms/1000)
	case ms >= 100:
		return fmt.Sprintf("%.0f ms", ms)
	default:
		return fmt.Sprintf("%.1f ms", ms)
	}
}

func entityPlural(n int) string {
	if n == 1 {
		return "y"
	}
	return "ies"
}
