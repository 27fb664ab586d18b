package main

import (
	"errors"
	"strings"
	"time"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Every export is made from the document on the page, in the page:
// nothing is uploaded.

// toolbar holds the two modes, the exports, the printed worksheet and the
// share link; it owns the link and what is said about it.
type toolbar struct {
	app.Compo

	article  articleState
	mode     string
	share    string // the last share link made
	sharedOf string // the text it carries
	shareMsg string
	open     bool // observed from stateExerciseOpen
	guard    bool // the student asked for the answers before checking
	printing bool // the choice of sheets is open
}

func (t *toolbar) OnMount(ctx app.Context) {
	ctx.ObserveState(statePanels, &t.article).OnChange(func() {
		if t.article.Text != t.sharedOf {
			t.share, t.shareMsg = "", "" // the link holds another text
		}
	})
	ctx.ObserveState(stateMode, &t.mode).OnChange(func() { t.guard = false })
	ctx.ObserveState(stateExerciseOpen, &t.open)
}

// onMode switches between the article and the exercise. The annotated
// article is the exercise's answers: before the student has checked, it
// asks first.
func (t *toolbar) onMode(ctx app.Context, e app.Event) {
	mode := ctx.JSSrc().Get("dataset").Get("mode").String()
	if mode != modeExercise {
		mode = modeRead
	}
	switch {
	case mode == modeRead && t.mode == modeExercise && t.open:
		t.guard = true
	case mode == modeRead && t.mode == modeExercise:
		ctx.NewAction(actionLeaveExercise) // nothing to hide: it just ends
	default:
		ctx.SetState(stateMode, mode)
	}
}

// onLeaveExercise shows the answers without checking: the exercise ends.
func (t *toolbar) onLeaveExercise(ctx app.Context, e app.Event) {
	t.guard = false
	ctx.NewAction(actionLeaveExercise)
}

func (t *toolbar) onStay(ctx app.Context, e app.Event) {
	t.guard = false
}

func (t *toolbar) onExportJSON(ctx app.Context, e app.Event) {
	if t.article.Doc == nil {
		return
	}
	b, err := exportJSON(t.article.Doc)
	if err != nil {
		t.shareMsg = "The JSON could not be written: " + err.Error()
		return
	}
	download(fileName(t.article.Text, ".json"), "application/json", b)
}

func (t *toolbar) onExportQuotes(ctx app.Context, e app.Event) {
	if t.article.Doc != nil {
		download(fileName(t.article.Text, "-quotes.csv"), "text/csv;charset=utf-8", exportQuotesCSV(t.article.Doc))
	}
}

func (t *toolbar) onExportEntities(ctx app.Context, e app.Event) {
	if t.article.Doc != nil {
		download(fileName(t.article.Text, "-entities.csv"), "text/csv;charset=utf-8", exportEntitiesCSV(t.article.Doc))
	}
}

// onPrint offers the printed sheets.
func (t *toolbar) onPrint(ctx app.Context, e app.Event) {
	t.printing = !t.printing
}

// onPrintAs prints one sheet: the print stylesheet reads the page's class.
// During an exercise not yet checked, the sheet is the exercise as it is:
// no answers.
func (t *toolbar) onPrintAs(ctx app.Context, e app.Event) {
	as := ctx.JSSrc().Get("dataset").Get("print").String()
	if as != printStudent && as != printStudentMarked {
		as = printKey
	}
	ctx.SetState(statePrint, as)
	// The choice closes after printing: go-app drops a delayed call whose
	// button has left the page.
	printNow := func(app.Context) {
		t.printing = false
		app.Window().Call("print")
	}
	if t.mode == modeExercise && t.open {
		ctx.After(50*time.Millisecond, printNow)
		return
	}
	ctx.SetState(stateMode, modeRead)
	// The article is drawn a chunk a frame: from the exercise, wait until
	// all of it is on the page.
	wait := 50 * time.Millisecond
	if v := t.article.View; v != nil {
		wait += time.Duration(len(v.chunks)) * 40 * time.Millisecond
	}
	ctx.After(wait, printNow)
}

func (t *toolbar) onShare(ctx app.Context, e app.Event) {
	u := *ctx.Page().URL()
	u.Fragment, u.RawFragment, u.RawQuery = "", "", ""
	link, err := shareLinkWith(u.String(), t.article.Text, t.article.Fixes)
	t.sharedOf = t.article.Text
	switch {
	case errors.Is(err, errTooLongToShare):
		t.share, t.shareMsg = "", "This article is too long to share as a link ("+err.Error()+"). Export it as JSON and send the file instead."
	case err != nil:
		t.share, t.shareMsg = "", "The link could not be made: "+err.Error()
	default:
		t.share = link
		t.shareMsg = "The article is inside this link (after the #), so it reaches no server: whoever opens it sees the article in their own browser."
	}
}

func (t *toolbar) onCopyShare(ctx app.Context, e app.Event) {
	box := app.Window().GetElementByID("share-link")
	if !box.Truthy() {
		return
	}
	box.Call("focus")
	box.Call("select")
	// execCommand answers at once, where the Clipboard API's promise may
	// never settle on a page without focus; either way the link is
	// selected for the user to copy by hand.
	if app.Window().Get("document").Call("execCommand", "copy").Bool() {
		t.shareMsg = "Link copied. Paste it in an e-mail or a message."
	} else {
		t.shareMsg = "The link is selected: copy it with Ctrl+C (⌘C on a Mac)."
	}
}

// fileName makes a download's name from the article's title.
func fileName(text, suffix string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(articleTitle(text)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	name := b.String()
	if b.Len() >= 40 && strings.LastIndexByte(name, '-') > 0 {
		name = name[:strings.LastIndexByte(name, '-')] // a whole word last
	}
	name = strings.Trim(name, "-")
	if name == "" {
		name = "article"
	}
	return "whosaid-" + name + suffix
}

func (t *toolbar) Render() app.UI {
	noDoc := t.article.Doc == nil || t.article.Partial // the exports wait for the whole document
	return app.Nav().Class("toolbar").Aria("label", "Tools").Body(
		app.Div().Class("modes").Role("group").Aria("label", "Mode").Body(
			app.Button().Type("button").ID("mode-read").DataSet("mode", modeRead).
				Aria("pressed", t.mode != modeExercise).Text("Annotated article").OnClick(t.onMode),
			app.Button().Type("button").ID("mode-exercise").DataSet("mode", modeExercise).
				Aria("pressed", t.mode == modeExercise).Text("Exercise").OnClick(t.onMode),
		),
		app.Div().Class("exports").Role("group").Aria("label", "Export").Body(
			app.Button().Type("button").ID("export-json").Disabled(noDoc).Text("JSON").Title("The engine's document, as the command-line tool writes it").OnClick(t.onExportJSON),
			app.Button().Type("button").ID("export-quotes").Disabled(noDoc).Text("Quotes CSV").Title("One row per quotation: text, speaker, role, verb, kind").OnClick(t.onExportQuotes),
			app.Button().Type("button").ID("export-entities").Disabled(noDoc).Text("Entities CSV").Title("One row per name, place and date").OnClick(t.onExportEntities),
			app.Button().Type("button").ID("print").Disabled(noDoc).Aria("expanded", t.printing).Text("Print worksheet…").OnClick(t.onPrint),
			app.Button().Type("button").ID("share").Disabled(strings.TrimSpace(t.article.Text) == "").Text("Share link").OnClick(t.onShare),
		),
		app.If(t.printing, func() app.UI {
			hide := t.mode == modeExercise && t.open
			return app.Div().Class("print-choice").Role("group").Aria("label", "Print").Body(
				app.Button().Type("button").ID("print-student").DataSet("print", printStudent).
					Text("Student sheet").Title("The article without highlights, the legend, questions with lines to answer on").OnClick(t.onPrintAs),
				app.If(!hide, func() app.UI {
					return app.Button().Type("button").ID("print-student-marked").DataSet("print", printStudentMarked).
						Text("Student sheet with highlights").OnClick(t.onPrintAs)
				}),
				app.If(!hide, func() app.UI {
					return app.Button().Type("button").ID("print-key").DataSet("print", printKey).
						Text("Teacher's key").Title("Highlights, the sources table and the answers").OnClick(t.onPrintAs)
				}),
			)
		}),
		app.If(t.guard, func() app.UI {
			return app.Div().Class("guard notice").Role("alert").Body(
				app.P().Text("The annotated article shows the answers. Check your answers first (“Check my answers”, above the article), or leave the exercise: your marks are kept, but it will no longer be an exercise."),
				app.Div().Class("actions").Body(
					app.Button().Type("button").ID("stay-exercise").Text("Go on with the exercise").OnClick(t.onStay),
					app.Button().Type("button").ID("leave-exercise").Text("Show the answers").OnClick(t.onLeaveExercise),
				),
			)
		}),
		app.If(t.share != "" || t.shareMsg != "", func() app.UI {
			return app.Div().Class("share-box").Body(
				app.If(t.share != "", func() app.UI {
					return app.Div().Class("share-row").Body(
						app.Label().For("share-link").Text("Share link"),
						app.Input().Type("text").ID("share-link").ReadOnly(true).Value(t.share),
						app.Button().Type("button").ID("copy-share").Text("Copy").OnClick(t.onCopyShare),
					)
				}),
				app.P().Class("share-msg").Role("status").Text(t.shareMsg),
			)
		}),
	)
}
