package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract"
)

// Exports are built from the engine's document, so a class's spreadsheet,
// a researcher's JSON and the page always agree.

// exportJSON is the engine's document, as the command-line tool prints it.
func exportJSON(doc *extract.Document) ([]byte, error) {
	return json.MarshalIndent(doc, "", "  ")
}

// exportQuotesCSV has one row per quotation and per reported statement.
func exportQuotesCSV(doc *extract.Document) []byte {
	refs := referentsByID(doc)
	rows := [][]string{{"quote", "kind", "speaker", "speaker_as_written", "role", "source_kind", "verb", "verb_type", "start", "end"}}
	for _, q := range attributedSpans(doc) {
		speaker, written, role := "", "", ""
		if q.Speaker != nil {
			written = q.Speaker.Text
		}
		if r, ok := refs[q.SpeakerID]; ok {
			speaker, role = r.Name, strings.Join(r.Roles, "; ")
		} else {
			speaker = written
		}
		verb := ""
		if q.Cue != nil {
			verb = q.Cue.Text
		}
		rows = append(rows, []string{q.Text, q.Kind, speaker, written, role, sourceKindOf(q, doc), verb, q.CueType, strconv.Itoa(q.Start), strconv.Itoa(q.End)})
	}
	return writeCSV(rows)
}

// exportEntitiesCSV has one row per entity mention.
func exportEntitiesCSV(doc *extract.Document) []byte {
	refs := referentsByID(doc)
	rows := [][]string{{"text", "type", "refers_to", "start", "end"}}
	for _, e := range doc.Entities {
		name := e.Text
		if r, ok := refs[e.EntityID]; ok {
			name = r.Name
		}
		rows = append(rows, []string{e.Text, typeLabels[e.Type], name, strconv.Itoa(e.Start), strconv.Itoa(e.End)})
	}
	return writeCSV(rows)
}

func writeCSV(rows [][]string) []byte {
	var buf bytes.Buffer
	buf.WriteString("\ufeff") // so spreadsheet programs read UTF-8 as UTF-8
	w := csv.NewWriter(&buf)
	for _, r := range rows {
		for i := range r {
			r[i] = defuseFormula(r[i])
		}
		_ = w.Write(r) // writes to memory cannot fail
	}
	w.Flush()
	return buf.Bytes()
}

// defuseFormula keeps a cell that starts like a formula ("=HYPERLINK(…")
// from running in a spreadsheet: the article is untrusted text.
func defuseFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func referentsByID(doc *extract.Document) map[string]extract.Referent {
	m := make(map[string]extract.Referent, len(doc.People))
	for _, p := range doc.People {
		m[p.ID] = p
	}
	return m
}

// sourceKindOf says whether a quotation's speaker is a named person, an
// organisation or anonymous, as the sources panel sorts them.
func sourceKindOf(q extract.Quote, doc *extract.Document) string {
	if q.SpeakerID != "" {
		for _, s := range doc.Sources.Quoted {
			if s.ID == q.SpeakerID {
				return s.Kind
			}
		}
		return ""
	}
	if q.Speaker != nil {
		for _, s := range doc.Sources.Quoted {
			if s.ID == "" && strings.EqualFold(s.Name, q.Speaker.Text) {
				return s.Kind
			}
		}
	}
	return ""
}
