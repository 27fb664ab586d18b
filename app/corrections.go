package main

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract"
)

// A teacher's corrections of the engine: a quotation's speaker changed, a
// quotation it missed added, one that is not a quotation removed. They are
// kept with the article (storage, library, share link) and applied to the
// engine's document before anything reads it, so the panels, the exports,
// the worksheet and the exercise's answer key all follow. Plain Go, so it
// is tested natively.

// Correction operations.
const (
	fixSpeaker = "speaker" // the quotation at Start:End is Speaker's
	fixAdd     = "add"     // Start:End is a quotation (of Speaker)
	fixRemove  = "remove"  // Start:End is not a quotation
)

type correction struct {
	Op    string `json:"op"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Text is the quotation's words: an edit of the article moves the
	// correction with them, or drops it when they are gone.
	Text string `json:"text"`
	// Speaker is a referent id, "" for nobody; SpeakerName finds the
	// person again if the engine numbers them differently.
	Speaker     string `json:"speaker,omitempty"`
	SpeakerName string `json:"speaker_name,omitempty"`
}

// Corrected marks, for the reading view.
const (
	correctedSpeaker = "speaker"
	correctedAdded   = "added"
)

// corrected is the engine's document with the corrections that still fit
// the text applied, and which quotations they changed (by span).
func corrected(text string, doc *extract.Document, fixes []correction) (*extract.Document, map[[2]int]string, []correction) {
	if doc == nil || len(fixes) == 0 {
		return doc, nil, nil
	}
	out := *doc
	out.Quotes = append([]extract.Quote(nil), doc.Quotes...)
	out.Reported = append([]extract.Quote(nil), doc.Reported...)
	marks := map[[2]int]string{}
	var kept []correction
	for _, f := range fixes {
		f, ok := relocate(text, f)
		if !ok {
			continue
		}
		f.Speaker = findReferent(doc, f.Speaker, f.SpeakerName)
		list, i := findQuote(&out, f.Start, f.End)
		switch f.Op {
		case fixSpeaker:
			if list == nil {
				continue
			}
			(*list)[i].SpeakerID = f.Speaker
			(*list)[i].Speaker = mentionOf(doc, f.Speaker, f.Start)
			marks[[2]int{f.Start, f.End}] = correctedSpeaker
		case fixRemove:
			if list == nil {
				continue
			}
			*list = append((*list)[:i:i], (*list)[i+1:]...)
			delete(marks, [2]int{f.Start, f.End})
		case fixAdd:
			if overlapsQuote(&out, f.Start, f.End) {
				continue
			}
			out.Quotes = append(out.Quotes, extract.Quote{Start: f.Start, End: f.End, Text: text[f.Start:f.End],
				Kind: extract.KindDirect, SpeakerID: f.Speaker, Speaker: mentionOf(doc, f.Speaker, f.Start)})
			sort.SliceStable(out.Quotes, func(a, b int) bool { return out.Quotes[a].Start < out.Quotes[b].Start })
			marks[[2]int{f.Start, f.End}] = correctedAdded
		default:
			continue
		}
		kept = append(kept, f)
	}
	out.People = recountPeople(doc.People, out.Quotes)
	out.Sources = extract.Resummarize(&out, doc.Sources)
	return &out, marks, kept
}

// relocate finds a correction's words again after an edit.
func relocate(text string, f correction) (correction, bool) {
	if f.Text == "" {
		return f, false
	}
	if f.Start >= 0 && f.End <= len(text) && f.Start < f.End && text[f.Start:f.End] == f.Text {
		return f, true
	}
	i := strings.Index(text, f.Text)
	if i < 0 {
		return f, false
	}
	f.Start, f.End = i, i+len(f.Text)
	return f, true
}

// findQuote finds the quotation or reported statement at start:end.
func findQuote(doc *extract.Document, start, end int) (*[]extract.Quote, int) {
	for _, list := range []*[]extract.Quote{&doc.Quotes, &doc.Reported} {
		for i, q := range *list {
			if q.Start == start && q.End == end {
				return list, i
			}
		}
	}
	return nil, -1
}

func overlapsQuote(doc *extract.Document, start, end int) bool {
	for _, list := range [][]extract.Quote{doc.Quotes, doc.Reported} {
		for _, q := range list {
			if q.Start < end && start < q.End {
				return true
			}
		}
	}
	return false
}

// findReferent is the referent a correction names: its id, or, when the
// engine numbers people differently now, the one with its name.
func findReferent(doc *extract.Document, id, name string) string {
	if id == "" {
		return ""
	}
	for _, c := range speakerChoices(doc) {
		if c.value == id && (name == "" || strings.HasPrefix(c.label, name)) {
			return id
		}
	}
	names := speakerNames(doc)
	for rid, n := range names {
		if n == name {
			return rid
		}
	}
	return ""
}

// mentionOf is the mention of a referent nearest before a quotation (else
// the first after): the speaker as written, for the exports.
func mentionOf(doc *extract.Document, id string, at int) *extract.Span {
	if id == "" {
		return nil
	}
	var best *extract.Span
	for _, e := range doc.Entities {
		if e.EntityID != id {
			continue
		}
		s := &extract.Span{Start: e.Start, End: e.End, Text: e.Text}
		if e.Start < at || best == nil {
			best = s
		}
		if e.Start >= at {
			break
		}
	}
	return best
}

// recountPeople sets each person's count of quotations again.
func recountPeople(people []extract.Referent, quotes []extract.Quote) []extract.Referent {
	out := append([]extract.Referent(nil), people...)
	count := map[string]int{}
	for _, q := range quotes {
		count[q.SpeakerID]++
	}
	for i := range out {
		out[i].Quotes = count[out[i].ID]
	}
	return out
}

// validSpan: start:end is a non-empty stretch of text on rune boundaries.
func validSpan(text string, start, end int) bool {
	return 0 <= start && start < end && end <= len(text) &&
		(start == 0 || utf8.RuneStart(text[start])) && (end == len(text) || utf8.RuneStart(text[end]))
}
