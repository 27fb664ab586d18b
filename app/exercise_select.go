package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The exercise's article is text in the page, not a text box: a selection
// in it is a DOM range, measured here in the article's bytes.

// listen watches the page for what go-app's handlers cannot do: they run
// after the event, too late to refuse an edit of the article, and on a
// touch screen the selection may be gone by the time a button is tapped.
func (c *exerciseView) listen(ctx app.Context) {
	doc := app.Window().Get("document")
	on := func(event string, f func(e app.Value)) {
		fn := app.FuncOf(func(this app.Value, args []app.Value) any {
			if len(args) > 0 {
				f(args[0])
			}
			return nil
		})
		doc.Call("addEventListener", event, fn, true)
		c.listens = append(c.listens, func() {
			doc.Call("removeEventListener", event, fn, true)
			fn.Release()
		})
	}
	for _, event := range []string{"beforeinput", "paste", "drop", "cut"} {
		on(event, func(e app.Value) {
			if !inExerciseText(e.Get("target")) {
				return
			}
			e.Call("preventDefault")
			ctx.Dispatch(func(ctx app.Context) {
				c.msg = "The article cannot be changed during the exercise: go back to “Annotated article” to edit it."
			})
		})
	}
	on("selectionchange", func(app.Value) {
		if s, e, ok := c.selection(); ok {
			c.lastSel = [2]int{s, e}
		}
	})
}

// inExerciseText: the node is the article's text (not a mark's controls).
func inExerciseText(n app.Value) bool {
	if !n.Truthy() {
		return false
	}
	if n.Get("nodeType").Int() != 1 {
		n = n.Get("parentElement")
	}
	return n.Truthy() && n.Call("closest", "#exercise-text").Truthy() && !n.Call("closest", ".mark-tag").Truthy()
}

// selection is the article's selected text, in byte offsets.
func (c *exerciseView) selection() (start, end int, ok bool) {
	root := app.Window().GetElementByID("exercise-text")
	sel := app.Window().Call("getSelection")
	if !root.Truthy() || !sel.Truthy() || sel.Get("rangeCount").Int() == 0 || sel.Get("isCollapsed").Bool() {
		return 0, 0, false
	}
	r := sel.Call("getRangeAt", 0)
	if !root.Call("contains", r.Get("commonAncestorContainer")).Bool() {
		return 0, 0, false
	}
	text := c.article.Text
	start = pointOffset(r.Get("startContainer"), r.Get("startOffset").Int(), text)
	end = pointOffset(r.Get("endContainer"), r.Get("endOffset").Int(), text)
	if start < 0 || end <= start || end > len(text) {
		return 0, 0, false
	}
	return start, end, true
}

// pointOffset turns a point of a selection into a byte offset in the
// text: every run of text is a span that says where it starts and ends
// (data-o, data-e), and a mark's controls where they stand (data-at).
func pointOffset(node app.Value, off int, text string) int {
	if node.Get("nodeType").Int() == 3 {
		el := node.Get("parentElement")
		if tag := el.Call("closest", "[data-at]"); tag.Truthy() {
			return dataInt(tag, "at")
		}
		run := el.Call("closest", "[data-o]")
		if !run.Truthy() {
			return -1
		}
		o, e := dataInt(run, "o"), dataInt(run, "e")
		if o < 0 || e < o || e > len(text) {
			return -1
		}
		return o + byteOffset(text[o:e], off)
	}
	kids := node.Get("childNodes")
	n := kids.Length()
	for i := off; i < n; i++ {
		if o := edgeOffset(kids.Index(i), true); o >= 0 {
			return o
		}
	}
	for i := min(off, n) - 1; i >= 0; i-- {
		if e := edgeOffset(kids.Index(i), false); e >= 0 {
			return e
		}
	}
	return -1
}

// edgeOffset is where an element's text starts (first) or ends.
func edgeOffset(el app.Value, first bool) int {
	if el.Get("nodeType").Int() != 1 {
		return -1
	}
	if el.Call("matches", "[data-at]").Bool() {
		return dataInt(el, "at")
	}
	if first {
		if el.Call("matches", "[data-o]").Bool() {
			return dataInt(el, "o")
		}
		if s := el.Call("querySelector", "[data-o]"); s.Truthy() {
			return dataInt(s, "o")
		}
		return -1
	}
	if el.Call("matches", "[data-e]").Bool() {
		return dataInt(el, "e")
	}
	if all := el.Call("querySelectorAll", "[data-e]"); all.Length() > 0 {
		return dataInt(all.Index(all.Length()-1), "e")
	}
	return -1
}

func dataInt(el app.Value, key string) int {
	n, err := strconv.Atoi(el.Get("dataset").Get(key).String())
	if err != nil {
		return -1
	}
	return n
}
