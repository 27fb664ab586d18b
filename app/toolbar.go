package main

import (
	"errors"
	"strings"
	"time"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The toolbar: the two modes, the exports, the printed worksheet and the
// share link. Every export is made from the document on the page, in the
// page: nothing is uploaded.

func (c *annotator) onExportJSON(ctx app.Context, e app.Event) {
	if c.doc == nil {
		return
	}
	b, err := exportJSON(c.doc)
	if err != nil {
		c.errMsg = "The JSON could not be written: " + err.Error()
		return
	}
	download(fileName(c.text, ".json"), "application/json", b)
}

func (c *annotator) onExportQuotes(ctx app.Context, e app.Event) {
	if c.doc != nil {
		download(fileName(c.text, "-quotes.csv"), "text/csv;charset=utf-8", exportQuotesCSV(c.doc))
	}
}

func (c *annotator) onExportEntities(ctx app.Context, e app.Event) {
	if c.doc != nil {
		download(fileName(c.text, "-entities.csv"), "text/csv;charset=utf-8", exportEntitiesCSV(c.doc))
	}
}

// onPrint prints the worksheet: the print stylesheet turns the page into
// the article with its highlights, the sources table and questions.
func (c *annotator) onPrint(ctx app.Context, e app.Event) {
	c.mode = modeRead
	// The article is drawn a chunk a frame: from the exercise, wait until
	// all of it is on the page.
	wait := time.Duration(0)
	if c.view != nil {
		wait = time.Duration(len(c.view.chunks)) * 40 * time.Millisecond
	}
	ctx.After(wait, func(ctx app.Context) { app.Window().Call("print") })
}

func (c *annotator) onShare(ctx app.Context, e app.Event) {
	u := *ctx.Page().URL()
	u.Fragment, u.RawFragment, u.RawQuery = "", "", ""
	link, err := shareLink(u.String(), c.text)
	switch {
	case errors.Is(err, errTooLongToShare):
		c.share, c.shareMsg = "", "This article is too long to share as a link ("+err.Error()+"). Export it as JSON and send the file instead."
	case err != nil:
		c.share, c.shareMsg = "", "The link could not be made: "+err.Error()
	default:
		c.share = link
		c.shareMsg = "The article is inside this link (after the #), so it reaches no server: whoever opens it sees the article in their own browser."
	}
}

func (c *annotator) onCopyShare(ctx app.Context, e app.Event) {
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
		c.shareMsg = "Link copied. Paste it in an e-mail or a message."
	} else {
		c.shareMsg = "The link is selected: copy it with Ctrl+C (⌘C on a Mac)."
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

func (c *annotator) renderToolbar() app.UI {
	noDoc := c.doc == nil
	return app.Nav().Class("toolbar").Aria("label", "Tools").Body(
		app.Div().Class("modes").Role("group").Aria("label", "Mode").Body(
			app.Button().Type("button").ID("mode-read").DataSet("mode", modeRead).
				Aria("pressed", c.mode != modeExercise).Text("Annotated article").OnClick(c.onMode),
			app.Button().Type("button").ID("mode-exercise").DataSet("mode", modeExercise).
				Aria("pressed", c.mode == modeExercise).Text("Exercise").OnClick(c.onMode),
		),
		app.Div().Class("exports").Role("group").Aria("label", "Export").Body(
			app.Button().Type("button").ID("export-json").Disabled(noDoc).Text("JSON").Title("The engine's document, as the command-line tool writes it").OnClick(c.onExportJSON),
			app.Button().Type("button").ID("export-quotes").Disabled(noDoc).Text("Quotes CSV").Title("One row per quotation: text, speaker, role, verb, kind").OnClick(c.onExportQuotes),
			app.Button().Type("button").ID("export-entities").Disabled(noDoc).Text("Entities CSV").Title("One row per name, place and date").OnClick(c.onExportEntities),
			app.Button().Type("button").ID("print").Disabled(noDoc).Text("Print worksheet").OnClick(c.onPrint),
			app.Button().Type("button").ID("share").Disabled(strings.TrimSpace(c.text) == "").Text("Share link").OnClick(c.onShare),
		),
		app.If(c.share != "" || c.shareMsg != "", func() app.UI {
			return app.Div().Class("share-box").Body(
				app.If(c.share != "", func() app.UI {
					return app.Div().Class("share-row").Body(
						app.Label().For("share-link").Text("Share link"),
						app.Input().Type("text").ID("share-link").ReadOnly(true).Value(c.share),
						app.Button().Type("button").ID("copy-share").Text("Copy").OnClick(c.onCopyShare),
					)
				}),
				app.P().Class("share-msg").Role("status").Text(c.shareMsg),
			)
		}),
	)
}
