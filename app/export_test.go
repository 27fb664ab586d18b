package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

func readCSV(t *testing.T, b []byte) []map[string]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\ufeff")) {
		t.Error("the CSV does not start with a byte-order mark: spreadsheets would misread accents")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func TestQuotesCSVHasOneRowPerQuotationWithSpeakerRoleVerbAndKind(t *testing.T) {
	doc, err := extract.Annotate(exampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, exportQuotesCSV(doc))
	if len(rows) != len(doc.Quotes)+len(doc.Reported) {
		t.Fatalf("%d rows, want %d quotations and reported statements", len(rows), len(doc.Quotes)+len(doc.Reported))
	}
	find := func(prefix string) map[string]string {
		for _, r := range rows {
			if strings.HasPrefix(r["quote"], prefix) {
				return r
			}
		}
		t.Fatalf("no row for %q", prefix)
		return nil
	}
	pier := find(`"This pier carried`)
	if pier["speaker"] != "Elena Vargas" || pier["role"] != "Mayor" || pier["verb"] != "said" || pier["verb_type"] != "neutral" || pier["kind"] != "direct" || pier["source_kind"] != "person" {
		t.Errorf("the mayor's quotation: %v", pier)
	}
	fishermen := find(`"Nobody asked the fishermen`)
	if fishermen["source_kind"] != "anonymous" || fishermen["verb_type"] != "loaded" || fishermen["verb"] != "insisted" {
		t.Errorf("the anonymous source's quotation: %v", fishermen)
	}
	budget := find("the budget had doubled")
	if budget["kind"] != "reported" || budget["speaker"] != "Tom Becker" || budget["verb"] != "claimed" {
		t.Errorf("reported speech: %v", budget)
	}
}

func TestEntitiesCSVAndJSONExport(t *testing.T) {
	doc, err := extract.Annotate(exampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, exportEntitiesCSV(doc))
	if len(rows) != len(doc.Entities) {
		t.Fatalf("%d entity rows, want %d", len(rows), len(doc.Entities))
	}
	found := false
	for _, r := range rows {
		if r["text"] == "Vargas" && r["type"] == "Person" && r["refers_to"] == "Elena Vargas" {
			found = true
		}
	}
	if !found {
		t.Errorf("no row says Vargas is the person Elena Vargas: %v", rows)
	}
	b, err := exportJSON(doc)
	if err != nil {
		t.Fatal(err)
	}
	var back extract.Document
	if err := json.Unmarshal(b, &back); err != nil || len(back.Quotes) != len(doc.Quotes) || back.Sources.QuotedWords != doc.Sources.QuotedWords {
		t.Errorf("the JSON export does not read back as the document (err %v)", err)
	}
}

// The article is untrusted: a cell that starts like a formula must not run
// when a teacher opens the CSV.
func TestCSVDefusesFormulas(t *testing.T) {
	rows := readCSV(t, writeCSV([][]string{{"text", "type"}, {"=HYPERLINK(\"http://x\")", "+1"}, {"said", "-"}}))
	if rows[0]["text"] != `'=HYPERLINK("http://x")` || rows[0]["type"] != "'+1" || rows[1]["text"] != "said" {
		t.Errorf("rows %v: want formulas prefixed with ' and plain text untouched", rows)
	}
}

func TestDownloadNamesComeFromTheTitle(t *testing.T) {
	for text, want := range map[string]string{
		exampleArticle:                      "whosaid-harbour-city-votes-to-rebuild-the-old.json",
		"\n\n  <script>!!</script>\n":       "whosaid-script-script.json",
		"":                                  "whosaid-untitled-article.json",
		"¿Qué dijo Ana? «Nada», respondió.": "whosaid-qué-dijo-ana-nada-respondió.json",
	} {
		if got := fileName(text, ".json"); got != want {
			t.Errorf("fileName(%.20q) = %q, want %q", text, got, want)
		}
	}
}
