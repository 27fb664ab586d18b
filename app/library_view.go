package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const libraryFullMsg = "The library could not be saved: the browser's storage is full or turned off. Delete an article you no longer need and try again."

// keepInLibrary adds an article about to be replaced, so opening another
// never loses one; the example and an empty box are not kept. It reports
// whether the article was added.
func (c *annotator) keepInLibrary(ctx app.Context, text string) bool {
	if strings.TrimSpace(text) == "" || text == exampleArticle || inLibrary(c.library, text) {
		return false
	}
	items := addToLibrary(c.library, text, time.Now())
	if err := saveLibrary(ctx, items); err != nil {
		c.libMsg = libraryFullMsg
		return false
	}
	c.library = items
	return true
}

func (c *annotator) onSaveToLibrary(ctx app.Context, e app.Event) {
	if strings.TrimSpace(c.text) == "" {
		c.libMsg = "There is no article to keep: paste one first."
		return
	}
	items := addToLibrary(c.library, c.text, time.Now())
	if err := saveLibrary(ctx, items); err != nil {
		c.libMsg = libraryFullMsg
		return
	}
	c.library, c.deleted = items, nil
	c.libMsg = "Kept “" + items[0].Title + "” in the library."
}

// libraryID reads the item from the button's data-id (see onChoosePerson
// for why not a closure).
func libraryID(ctx app.Context) string {
	return ctx.JSSrc().Get("dataset").Get("id").String()
}

func (c *annotator) onOpenFromLibrary(ctx app.Context, e app.Event) {
	id := libraryID(ctx)
	for _, it := range c.library {
		if it.ID != id {
			continue
		}
		c.keepInLibrary(ctx, c.text)
		c.setText(ctx, it.Text)
		c.libMsg = "Opened “" + it.Title + "”."
		c.restoreExercise(ctx)
		c.annotate(ctx)
		return
	}
}

func (c *annotator) onDeleteFromLibrary(ctx app.Context, e app.Event) {
	items, removed, at := removeFromLibrary(c.library, libraryID(ctx))
	if removed == nil {
		return
	}
	if err := saveLibrary(ctx, items); err != nil {
		c.libMsg = libraryFullMsg
		return
	}
	c.library, c.deleted, c.deletedAt = items, removed, at
	c.libMsg = "Deleted “" + removed.Title + "”."
}

func (c *annotator) onUndoDelete(ctx app.Context, e app.Event) {
	if c.deleted == nil {
		return
	}
	at := min(c.deletedAt, len(c.library))
	items := append(append(append([]libraryItem(nil), c.library[:at]...), *c.deleted), c.library[at:]...)
	if err := saveLibrary(ctx, items); err != nil {
		c.libMsg = libraryFullMsg
		return
	}
	c.libMsg = "Restored “" + c.deleted.Title + "”."
	c.library, c.deleted = items, nil
}

func (c *annotator) renderLibrary() app.UI {
	current := textID(c.text)
	return app.Section().Class("library").Aria("labelledby", "library-title").Body(
		app.H2().ID("library-title").Text(fmt.Sprintf("Library (%d)", len(c.library))),
		app.P().Class("hint").Text("Articles kept in this browser only. An article you replace is kept here for you."),
		app.Button().Type("button").ID("save-article").Text("Keep this article in the library").OnClick(c.onSaveToLibrary),
		app.If(c.libMsg != "", func() app.UI {
			return app.P().Class("notice").Role("status").Body(
				app.Text(c.libMsg+" "),
				app.If(c.deleted != nil, func() app.UI {
					return app.Button().Type("button").ID("undo-delete").Text("Undo").OnClick(c.onUndoDelete)
				}),
			)
		}),
		app.Ul().Class("library-list").Body(
			app.Range(c.library).Slice(func(i int) app.UI {
				it := c.library[i]
				return app.Li().Class("library-item").DataSet("id", it.ID).Body(
					app.Span().Class("library-title").Text(it.Title),
					app.Span().Class("library-date").Text(savedLabel(it.Saved, it.ID == current)),
					app.Div().Class("library-actions").Body(
						app.Button().Type("button").Class("open").DataSet("id", it.ID).
							Aria("label", "Open "+it.Title).Text("Open").OnClick(c.onOpenFromLibrary),
						app.Button().Type("button").Class("delete").DataSet("id", it.ID).
							Aria("label", "Delete "+it.Title).Text("Delete").OnClick(c.onDeleteFromLibrary),
					),
				)
			}),
		),
	)
}

func savedLabel(t time.Time, open bool) string {
	s := "kept " + t.Local().Format("2 Jan 2006, 15:04")
	if open {
		s += " · open now"
	}
	return s
}
