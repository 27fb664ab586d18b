package main

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/extract"
)

func (c *exerciseView) renderResults(r exerciseResult) app.UI {
	names := speakerNames(c.article.Doc)
	engineSpeaker := func(q extract.Quote) string {
		if s := speakerOf(q, names); s != "" {
			return s
		}
		return "the text does not say"
	}
	return app.Section().Class("results").Aria("labelledby", "results-title").Body(
		app.H3().ID("results-title").Text("Your results"),
		app.P().Class("score").DataSet("score", r.Score).Text(scoreSentence(r)),
		app.P().Class("score-how").Text(scoreHow(r)),
		app.H4().Text(fmt.Sprintf("Found (%d)", len(r.Found))),
		app.Ul().Body(app.Range(r.Found).Slice(func(i int) app.UI {
			f := r.Found[i]
			verdict := "speaker right: " + engineSpeaker(f.Quote)
			if !f.SpeakerRight {
				verdict = fmt.Sprintf("you said %s; the engine says %s", c.answerLabel(c.exercise.Marks[f.Mark].Speaker), engineSpeaker(f.Quote))
			}
			return app.Li().Class("result found").DataSet("result", "found").DataSet("speaker-right", f.SpeakerRight).Body(
				app.Span().Class("result-label").Text("Found"),
				app.Span().Class("result-quote").Text(shorten(f.Quote.Text, 160)),
				app.Span().Class("result-speaker").Text(" — "+verdict),
			)
		})),
		app.H4().Text(fmt.Sprintf("Missed (%d)", len(r.Missed))),
		app.Ul().Body(app.Range(r.Missed).Slice(func(i int) app.UI {
			q := r.Missed[i]
			return app.Li().Class("result missed").DataSet("result", "missed").Body(
				app.Span().Class("result-label").Text("Missed"),
				app.Span().Class("result-quote").Text(shorten(q.Text, 160)),
				app.Span().Class("result-speaker").Text(" — said by "+engineSpeaker(q)),
			)
		})),
		app.H4().Text(fmt.Sprintf("Not quotations (%d)", len(r.Extra))),
		app.Ul().Body(app.Range(r.Extra).Slice(func(i int) app.UI {
			m := c.exercise.Marks[r.Extra[i]]
			return app.Li().Class("result extra").DataSet("result", "extra").Body(
				app.Span().Class("result-label").Text("Extra"),
				app.Span().Class("result-quote").Text(shorten(c.article.Text[m.Start:m.End], 160)),
			)
		})),
		app.P().Class("hint").Text("The engine can be wrong too: if you disagree, look at the quotation marks and the verb that introduces it, and discuss it."),
	)
}

// scoreSentence says the score and what it is made of, in words.
func scoreSentence(r exerciseResult) string {
	total := len(r.Found) + len(r.Missed)
	extra := "none of your marks is outside a quotation"
	switch n := len(r.Extra); n {
	case 0:
	case 1:
		extra = "1 of your marks is not a quotation"
	default:
		extra = fmt.Sprintf("%d of your marks are not quotations", n)
	}
	s := fmt.Sprintf("Score %d%%: you found %d of the %d quotation%s and missed %d; %s.",
		r.Score, len(r.Found), total, plural(total), len(r.Missed), extra)
	if len(r.Found) > 0 {
		s += fmt.Sprintf(" You named the right speaker for %d of the %d you found.", r.SpeakersRight, len(r.Found))
	}
	return s
}

// scoreHow explains how the score is counted (it is the F1 measure).
func scoreHow(r exerciseResult) string {
	f, m, x := len(r.Found), len(r.Missed), len(r.Extra)
	if f+m+x == 0 {
		return "There is nothing to count yet."
	}
	return fmt.Sprintf("How it is counted: each quotation you found counts twice (you found it, and your mark was right), each one you missed and each mark that is not a quotation counts once against it: %d × 2 = %d out of %d + %d + %d = %d, which is %d%%. Speakers do not change the score.",
		f, 2*f, 2*f, m, x, 2*f+m+x, r.Score)
}

// shorten cuts s to n characters at most, marking the cut.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
