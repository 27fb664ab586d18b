package main

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract"
)

// summarizeSources counts who speaks again once a teacher has corrected
// the quotations, as the engine counts them (extract/sources.go; its
// summary is built from its own referents, which a document does not
// carry, so the app redoes the arithmetic over the document's people and
// sources; no text is analysed here).
func summarizeSources(doc *extract.Document, before extract.Sources) extract.Sources {
	type who struct {
		name, kind string
		roles      []string
		mentions   int
	}
	known := map[string]who{}
	for _, list := range [][]extract.Source{before.Quoted, before.Mentioned} {
		for _, s := range list {
			if s.ID != "" {
				known[s.ID] = who{s.Name, s.Kind, s.Roles, s.Mentions}
			}
		}
	}
	for _, p := range doc.People {
		if _, ok := known[p.ID]; !ok {
			kind := extract.SourceOrganisation
			if p.Type == "PERSON" {
				kind = extract.SourcePerson
			}
			known[p.ID] = who{p.Name, kind, p.Roles, p.Mentions}
		}
	}
	anonymous := map[string]bool{}
	for _, s := range before.Quoted {
		if s.Kind == extract.SourceAnonymous {
			anonymous[strings.ToLower(s.Name)] = true
		}
	}
	var out extract.Sources
	index := map[string]int{}
	add := func(q extract.Quote) *extract.Source {
		key, src := q.SpeakerID, extract.Source{ID: q.SpeakerID, Roles: []string{}, Cues: []string{}}
		if w, ok := known[q.SpeakerID]; ok && q.SpeakerID != "" {
			src.Name, src.Kind, src.Roles, src.Mentions = w.name, w.kind, nonNilStrings(w.roles), w.mentions
		} else if q.SpeakerID == "" && q.Speaker != nil && anonymous[strings.ToLower(q.Speaker.Text)] {
			src.Name, src.Kind = q.Speaker.Text, extract.SourceAnonymous
			key = "anon:" + strings.ToLower(q.Speaker.Text)
		} else {
			return nil
		}
		i, ok := index[key]
		if !ok {
			i = len(out.Quoted)
			index[key] = i
			out.Quoted = append(out.Quoted, src)
		}
		s := &out.Quoted[i]
		if q.Cue != nil {
			s.Cues = append(s.Cues, q.Cue.Text)
		}
		return s
	}
	for _, q := range doc.Quotes {
		words := extract.WordCount(q.Text)
		out.QuotedWords += words
		s := add(q)
		if s == nil {
			out.Unattributed++
			continue
		}
		s.Quotes++
		s.QuotedWords += words
	}
	for _, q := range doc.Reported {
		if s := add(q); s != nil {
			s.Reported++
		}
	}
	for i := range out.Quoted {
		if out.QuotedWords > 0 {
			out.Quoted[i].Share = float64(out.Quoted[i].QuotedWords) / float64(out.QuotedWords)
		}
	}
	sort.SliceStable(out.Quoted, func(i, j int) bool {
		a, b := out.Quoted[i], out.Quoted[j]
		if a.QuotedWords != b.QuotedWords {
			return a.QuotedWords > b.QuotedWords
		}
		return a.Reported > b.Reported
	})
	out.Mentioned = []extract.Source{}
	for _, list := range [][]extract.Source{before.Quoted, before.Mentioned} {
		for _, s := range list {
			if _, quoted := index[s.ID]; quoted || s.ID == "" || s.Kind == extract.SourceAnonymous {
				continue
			}
			index[s.ID] = -1 // listed once
			out.Mentioned = append(out.Mentioned, extract.Source{ID: s.ID, Name: s.Name, Kind: s.Kind, Roles: nonNilStrings(s.Roles), Mentions: s.Mentions, Cues: []string{}})
		}
	}
	sort.SliceStable(out.Mentioned, func(i, j int) bool { return out.Mentioned[i].Mentions > out.Mentioned[j].Mentions })
	if out.Quoted == nil {
		out.Quoted = []extract.Source{}
	}
	return out
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
