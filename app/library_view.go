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
// whether the article was added. The library is a shared state: the page
// keeps articles it replaces, the library view lists them.
func keepInLibrary(ctx app.Context, text string, fixes []correction) bool {
	var items []libraryItem
	ctx.GetState(stateLibrary, &items)
	if strings.TrimSpace(text) == "" || text == exampleArticle && len(fixes) == 0 || inLibrary(items, text) && len(fixes) == 0 {
		return false
	}
	items = addToLibraryWith(items, text, fixes, time.Now())
	if err := saveLibrary(ctx, items); err != nil {
		ctx.SetState(stateNotice, libraryFullMsg)
		return false
	}
	ctx.SetState(stateLibrary, items)
	return true
}

// libraryView lists the articles kept in this browser: keep, open, delete
// and undo.
type libraryView struct {
	app.Compo

	library   []libraryItem // observed from stateLibrary
	article   articleState
	msg       string
	deleted   *libraryItem // the last article deleted, until undone
	deletedAt int
}

func (l *libraryView) OnMount(ctx app.Context) {
	ctx.ObserveState(stateLibrary, &l.library)
	ctx.ObserveState(statePanels, &l.article)
}

// setLibrary saves the library and shares it; false when it cannot be saved.
func (l *libraryView) setLibrary(ctx app.Context, items []libraryItem) bool {
	if err := saveLibrary(ctx, items); err != nil {
		l.msg = libraryFullMsg
		return false
	}
	l.library = items
	ctx.SetState(stateLibrary, items)
	return true
}

func (l *libraryView) onSave(ctx app.Context, e app.Event) {
	if strings.TrimSpace(l.article.Text) == "" {
		l.msg = "There is no article to keep: paste one first."
		return
	}
	items := addToLibraryWith(l.library, l.article.Text, l.article.Fixes, time.Now())
	if l.setLibrary(ctx, items) {
		l.deleted = nil
		l.msg = "Kept “" + items[0].Title + "” in the library."
	}
}

// libraryID reads the item from the button's data-id (see
// sourcesPanel.onChoose for why not a closure).
func libraryID(ctx app.Context) string {
	return ctx.JSSrc().Get("dataset").Get("id").String()
}

func (l *libraryView) onOpen(ctx app.Context, e app.Event) {
	id := libraryID(ctx)
	for _, it := range l.library {
		if it.ID == id {
			l.msg = "Opened “" + it.Title + "”."
			ctx.NewActionWithValue(actionReplace, replacement{Text: it.Text, Fixes: it.Fixes})
			return
		}
	}
}

func (l *libraryView) onDelete(ctx app.Context, e app.Event) {
	items, removed, at := removeFromLibrary(l.library, libraryID(ctx))
	if removed == nil {
		return
	}
	if l.setLibrary(ctx, items) {
		l.deleted, l.deletedAt = removed, at
		l.msg = "Deleted “" + removed.Title + "”."
	}
}

func (l *libraryView) onUndoDelete(ctx app.Context, e app.Event) {
	if l.deleted == nil {
		return
	}
	at := min(l.deletedAt, len(l.library))
	items := append(append(append([]libraryItem(nil), l.library[:at]...), *l.deleted), l.library[at:]...)
	if l.setLibrary(ctx, items) {
		l.msg = "Restored “" + l.deleted.Title + "”."
		l.deleted = nil
	}
}

func (l *libraryView) Render() app.UI {
	current := textID(l.article.Text)
	return app.Section().Class("library").Aria("labelledby", "library-title").Body(
		app.H2().ID("library-title").Text(fmt.Sprintf("Library (%d)", len(l.library))),
		app.P().Class("hint").Text("Articles kept in this browser only. An article you replace is kept here for you."),
		app.Button().Type("button").ID("save-article").Text("Keep this article in the library").OnClick(l.onSave),
		app.If(l.msg != "", func() app.UI {
			return app.P().Class("notice").Role("status").Body(
				app.Text(l.msg+" "),
				app.If(l.deleted != nil, func() app.UI {
					return app.Button().Type("button").ID("undo-delete").Text("Undo").OnClick(l.onUndoDelete)
				}),
			)
		}),
		app.Ul().Class("library-list").Body(
			app.Range(l.library).Slice(func(i int) app.UI {
				it := l.library[i]
				return app.Li().Class("library-item").DataSet("id", it.ID).Body(
					app.Span().Class("library-title").Text(it.Title),
					app.Span().Class("library-date").Text(savedLabel(it.Saved, it.ID == current)),
					app.Div().Class("library-actions").Body(
						app.Button().Type("button").Class("open").DataSet("id", it.ID).
							Aria("label", "Open "+it.Title).Text("Open").OnClick(l.onOpen),
						app.Button().Type("button").Class("delete").DataSet("id", it.ID).
							Aria("label", "Delete "+it.Title).Text("Delete").OnClick(l.onDelete),
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
