package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// articleBox is where the article is pasted or typed, with the example and
// Clear. It tells the page what changed (actionEdit, actionReplace); the
// page annotates.
type articleBox struct {
	app.Compo

	article  articleState
	boxText  string // the text last put in the box by the page
	replaced int
}

func (b *articleBox) OnMount(ctx app.Context) {
	ctx.ObserveState(stateArticle, &b.article).OnChange(func() { b.sync() })
	b.sync()
}

// sync takes the page's text into the box only when the page replaced it:
// what the user types is already there.
func (b *articleBox) sync() {
	if b.article.Replaced != b.replaced {
		b.replaced, b.boxText = b.article.Replaced, b.article.Text
	}
}

func (b *articleBox) onInput(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionEdit, typed{Text: ctx.JSSrc().Get("value").String(), At: eventTime(e)})
}

func (b *articleBox) useExample(ctx app.Context, e app.Event) {
	replaceArticle(ctx, exampleArticle, "")
}

func (b *articleBox) clear(ctx app.Context, e app.Event) {
	replaceArticle(ctx, "", "")
}

func (b *articleBox) Render() app.UI {
	return app.Div().Class("article-box").Body(
		app.Label().For("article").Text("Article"),
		prefilled(app.Textarea().
			ID("article").
			Placeholder("Paste a news article here…").
			Spellcheck(false).
			Text(b.boxText).
			OnInput(b.onInput)),
		app.Div().Class("actions").Body(
			app.Button().Type("button").DataSet("early", "example").Text("Use the example").OnClick(b.useExample),
			app.Button().Type("button").DataSet("early", "clear").Text("Clear").OnClick(b.clear),
		),
		app.If(b.article.SaveMsg != "", func() app.UI {
			return app.P().Class("notice").Role("status").Text(b.article.SaveMsg)
		}),
	)
}
