package e2e

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// downloaded waits for a file the page saves into dir.
func downloaded(t *testing.T, dir, name string) []byte {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(100 * time.Millisecond)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	t.Fatalf("%s was not downloaded; the folder holds %q", name, names)
	return nil
}

func csvRows(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, b)
	}
	return rows
}

// Each export downloads what the page shows: the engine's JSON, one CSV row
// per quotation and one per entity.
func TestExportsDownloadTheDocument(t *testing.T) {
	srv := startServer(t)
	ctx, requests := newBrowser(t)
	dir := t.TempDir()

	err := chromedp.Run(ctx,
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dir),
		openAndPaste(srv.URL),
		click(`#export-json`),
		click(`#export-quotes`),
		click(`#export-entities`),
	)
	if err != nil {
		t.Fatal(err)
	}
	const base = "whosaid-lakeside-robotics-said-on-friday-that"
	var doc struct {
		Quotes []struct {
			Text    string `json:"text"`
			Speaker *struct {
				Text string `json:"text"`
			} `json:"speaker"`
		} `json:"quotes"`
		Sources struct {
			Quoted []struct {
				Name string `json:"name"`
			} `json:"quoted"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(downloaded(t, dir, base+".json"), &doc); err != nil {
		t.Fatal("the JSON export does not parse:", err)
	}
	if len(doc.Quotes) != 4 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Text != "Ana Lindqvist" || len(doc.Sources.Quoted) == 0 {
		t.Errorf("JSON export: %+v", doc)
	}

	quotes := csvRows(t, downloaded(t, dir, base+"-quotes.csv"))
	if strings.Join(quotes[0], ",") != "quote,kind,speaker,speaker_as_written,role,source_kind,verb,verb_type,start,end" {
		t.Errorf("quotes CSV header: %q", quotes[0])
	}
	want := [][]string{
		{"it will close its factory in Porto", "reported", "Lakeside Robotics"},
		{`"We did everything we could to keep the plant open,"`, "direct", "Ana Lindqvist"},
		{`"a betrayal of two thousand families"`, "partial", "Marco Bellini"},
		{`"They knew this for months,"`, "direct", "Marco Bellini"},
		{`"Nobody told us anything."`, "direct", "Marco Bellini"},
	}
	if len(quotes) != len(want)+1 {
		t.Fatalf("quotes CSV has %d rows, want %d: %q", len(quotes)-1, len(want), quotes)
	}
	for i, w := range want {
		if r := quotes[i+1]; r[0] != w[0] || r[1] != w[1] || r[2] != w[2] {
			t.Errorf("quotes CSV row %d = %q, want %q", i+1, r[:3], w)
		}
	}
	if r := quotes[3]; r[3] != "Union leader Marco Bellini" || r[4] != "Union leader" || r[6] != "told" || r[7] != "neutral" {
		t.Errorf("Bellini's row: %q", r)
	}

	entities := csvRows(t, downloaded(t, dir, base+"-entities.csv"))
	found := false
	for _, r := range entities[1:] {
		if r[0] == "Bellini" && r[1] == "Person" && r[2] == "Marco Bellini" {
			found = true
		}
	}
	if strings.Join(entities[0], ",") != "text,type,refers_to,start,end" || !found {
		t.Errorf("entities CSV: %q", entities)
	}
	assertOnlyOwnRequests(t, srv.URL, requests.all())
}

// The printed worksheet: no buttons or text box, a header with questions,
// the article with its highlights and the sources table, in black and white.
func TestPrintWorksheet(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)

	var printed struct {
		Worksheet, Input, Toolbar, Table, Article, Legend string
		QuoteBackground, QuoteBorder                      string
	}
	var pdf []byte
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		emulation.SetEmulatedMedia().WithMedia("print"),
		evalJSON(`(() => { const d = s => getComputedStyle(document.querySelector(s)).display;
			const q = getComputedStyle(document.querySelector('[data-quote]'));
			return {Worksheet: d('.worksheet'), Input: d('.input'), Toolbar: d('.toolbar'), Table: d('.sources-table'),
				Article: d('.annotated'), Legend: d('.legend'), QuoteBackground: q.backgroundColor, QuoteBorder: q.borderBottomColor}; })()`, &printed),
		chromedp.ActionFunc(func(ctx context.Context) (err error) {
			pdf, _, err = page.PrintToPDF().Do(ctx)
			return err
		}),
	)
	if err != nil {
		t.Fatal(err)
	}
	if printed.Worksheet == "none" || printed.Table == "none" || printed.Article == "none" || printed.Legend == "none" {
		t.Errorf("printed, a part of the worksheet is hidden: %+v", printed)
	}
	if printed.Input != "none" || printed.Toolbar != "none" {
		t.Errorf("printed, the text box or the buttons show: %+v", printed)
	}
	if printed.QuoteBackground != "rgba(0, 0, 0, 0)" || printed.QuoteBorder != "rgb(0, 0, 0)" {
		t.Errorf("printed quotations are not black and white: background %s, rule %s", printed.QuoteBackground, printed.QuoteBorder)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Error("the page does not print")
	}
}
