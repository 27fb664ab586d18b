package extract

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAnnotateRejectsBadInputClearly(t *testing.T) {
	cases := []struct {
		text string
		want error
	}{
		{"", ErrEmpty},
		{" \n\t ", ErrEmpty},
		{"caf\xe9 au lait", ErrInvalidUTF8},
		{strings.Repeat("word ", MaxBytes/5+1), ErrTooLarge},
	}
	for _, c := range cases {
		doc, err := Annotate(c.text)
		if !errors.Is(err, c.want) || doc != nil {
			t.Errorf("Annotate(%.20q…) = %v, %v; want error %v", c.text, doc, err, c.want)
		}
	}
	if !strings.Contains(ErrTooLarge.Error(), "2 MB") {
		t.Errorf("the size error names no limit: %q", ErrTooLarge)
	}
}

// Every span must be the text it says it is, on rune boundaries.
func TestSpansAreMeasuredOnTheOriginalText(t *testing.T) {
	text := "  “Prices rose again,” said Dr. Amaka Obi of the Central Bank of Nigeria on Tuesday. 🙂\n\n" +
		"Siobhan O'Sullivan, the bank’s chief economist, said inflation was \"stubborn\"."
	doc, err := Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, start, end int, got string) {
		if start < 0 || end > len(text) || start >= end || text[start:end] != got ||
			!utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end]) {
			t.Errorf("%s span %d:%d %q does not match the text", what, start, end, got)
		}
	}
	for _, e := range doc.Entities {
		check("entity", e.Start, e.End, e.Text)
	}
	for _, q := range doc.Quotes {
		check("quote", q.Start, q.End, q.Text)
		if q.Speaker != nil {
			check("speaker", q.Speaker.Start, q.Speaker.End, q.Speaker.Text)
		}
		if q.Cue != nil {
			check("cue", q.Cue.Start, q.Cue.End, q.Cue.Text)
		}
	}
	if len(doc.Quotes) != 2 {
		t.Fatalf("found %d quotes, want 2", len(doc.Quotes))
	}
	if doc.Quotes[0].Text != "“Prices rose again,”" || doc.Quotes[0].Kind != KindDirect {
		t.Errorf("first quote = %+v", doc.Quotes[0])
	}
	if doc.Quotes[1].Text != `"stubborn"` || doc.Quotes[1].Kind != KindPartial {
		t.Errorf("second quote = %+v", doc.Quotes[1])
	}
	// prose's tokenizer would have cut this name to "O".
	if sp := doc.Quotes[1].Speaker; sp == nil || sp.Text != "Siobhan O'Sullivan" {
		t.Errorf("O'Sullivan's quote has speaker %+v", sp)
	}
}

func entityTypes(doc *Document) map[string]string {
	out := map[string]string{}
	for _, e := range doc.Entities {
		out[e.Text] = e.Type
	}
	return out
}

// entityTypeCase is a sentence and the types a reader expects in it.
type entityTypeCase struct {
	text string
	want map[string]string // entity text → type ("" = no entity)
}

// checkEntityTypes annotates each case's sentence and reports every name
// whose type differs from the one a reader expects.
func checkEntityTypes(t *testing.T, cases []entityTypeCase) {
	t.Helper()
	for _, c := range cases {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		types := entityTypes(doc)
		for text, typ := range c.want {
			if types[text] != typ {
				t.Errorf("%q: %q is %q, want %q (all: %v)", c.text, text, types[text], typ, types)
			}
		}
	}
}

func TestEntityTypesUsersSee(t *testing.T) {
	doc, err := Annotate("The United States and Germany signed the deal in Brussels on Wednesday, " +
		"German Chancellor Anna Keller said. American officials met the European Commission last week.")
	if err != nil {
		t.Fatal(err)
	}
	types := entityTypes(doc)
	want := map[string]string{
		"United States": "GPE", "Germany": "GPE", "Brussels": "GPE", "Wednesday": "DATE",
		"German": "NORP", "Anna Keller": "PERSON", "American": "NORP", "last week": "DATE",
		"European Commission": "ORG",
	}
	for text, typ := range want {
		if types[text] != typ {
			t.Errorf("%q is %q, want %s (all: %v)", text, types[text], typ, types)
		}
	}
}

func TestOnePersonOneReferent(t *testing.T) {
	doc, err := Annotate("Foreign Minister Lena Fischer arrived in Oslo. Fischer met the press. " +
		"Later, Lena Fischer flew home and Fischer said nothing.")
	if err != nil {
		t.Fatal(err)
	}
	var people []Referent
	for _, p := range doc.People {
		if p.Type == "PERSON" {
			people = append(people, p)
		}
	}
	if len(people) != 1 {
		t.Fatalf("people = %+v, want Lena Fischer only", people)
	}
	p := people[0]
	if p.Name != "Lena Fischer" || p.Mentions != 4 || !slices.Contains(p.Aliases, "Fischer") || !slices.Contains(p.Roles, "Foreign Minister") {
		t.Errorf("referent = %+v", p)
	}
	for _, e := range doc.Entities {
		if e.Type == "PERSON" && e.EntityID != p.ID {
			t.Errorf("mention %q has id %s, want %s", e.Text, e.EntityID, p.ID)
		}
	}
}

func TestDates(t *testing.T) {
	doc, err := Annotate("A day earlier, on 6 March 2025, the talks of late-Wednesday failed; they resume next week, in May or in 2027.")
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, e := range doc.Entities {
		if e.Type == "DATE" {
			dates = append(dates, e.Text)
		}
	}
	want := "A day earlier|6 March 2025|late-Wednesday|next week|May|2027"
	if strings.Join(dates, "|") != want {
		t.Errorf("dates = %q, want %q", strings.Join(dates, "|"), want)
	}
}

// The seed article is not in the repository (others' copyright); it is read
// from ../shared when that folder is beside the checkout.
func TestSeedArticleQuotes(t *testing.T) {
	text, err := os.ReadFile("../../shared/data/seed/article.txt")
	if err != nil {
		t.Skip("../shared is not beside this checkout:", err)
	}
	doc, err := Annotate(string(text))
	if err != nil {
		t.Fatal(err)
	}
	// start offset of each gold quote → its speaker (from gold.json)
	gold := []struct {
		start        int
		speaker, cue string
	}{
		{459, "Volodymyr Zelensky", "said"}, {983, "United States", "said"}, {1265, "Volodymyr Zelensky", "wrote"},
		{1578, "Volodymyr Zelensky", "said"}, {1692, "Volodymyr Zelensky", "said"}, {2407, "Dmitry Peskov", "told"},
		{3520, "Olaf Scholz", "said"}, {4038, "Emmanuel Macron", "said"}, {4484, "John Ratcliffe", "said"},
	}
	names := map[string]string{}
	for _, p := range doc.People {
		names[p.ID] = p.Name
	}
	found, right := 0, 0
	for _, g := range gold {
		for _, q := range doc.Quotes {
			if q.Start == g.start {
				found++
				if names[q.SpeakerID] == g.speaker && q.Cue != nil && q.Cue.Text == g.cue {
					right++
				} else {
					t.Logf("quote at %d attributed to %q (cue %+v), gold %q (%s)", g.start, names[q.SpeakerID], q.Cue, g.speaker, g.cue)
				}
			}
		}
	}
	if found < 9 || right < 9 {
		t.Errorf("seed article: %d of 9 quotes found, %d with the right speaker and cue; want all 9", found, right)
	}
}

func TestEntityTypesInModernNews(t *testing.T) {
	doc, err := Annotate("Kremlin spokesman Dmitry Peskov told AFP on Monday that Putin would not attend. " +
		"The Kremlin said the talks in Brussels were over. CIA director Anna Keller briefed the EU, " +
		"according to the Institute for the Study of War (ISW). Fighting went on in the eastern Donetsk region. " +
		"The United States said nothing, and the US did not comment. Ukrainian, European and German officials met in Paris.")
	if err != nil {
		t.Fatal(err)
	}
	types := entityTypes(doc)
	want := map[string]string{
		"Dmitry Peskov": "PERSON", "Putin": "PERSON", "Anna Keller": "PERSON",
		"Kremlin": "ORG", "AFP": "ORG", "CIA": "ORG", "EU": "ORG", "Institute for the Study of War": "ORG", "ISW": "ORG",
		"Brussels": "GPE", "Donetsk": "GPE", "Paris": "GPE", "United States": "GPE", "US": "GPE",
		"Ukrainian": "NORP", "European": "NORP", "German": "NORP",
	}
	for text, typ := range want {
		if types[text] != typ {
			t.Errorf("%q is %q, want %s", text, types[text], typ)
		}
	}
}

// Every entity of the seed article's hand annotation, with its type, and
// never a place or an organisation labelled a person.
func TestSeedArticleEntities(t *testing.T) {
	text, err := os.ReadFile("../../shared/data/seed/article.txt")
	if err != nil {
		t.Skip("../shared is not beside this checkout:", err)
	}
	raw, err := os.ReadFile("../../shared/data/seed/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Entities map[string]map[string][]string `json:"entities"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	doc, err := Annotate(string(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]map[string]bool{}
	for _, e := range doc.Entities {
		if got[e.Text] == nil {
			got[e.Text] = map[string]bool{}
		}
		got[e.Text][e.Type] = true
	}
	missed, total := 0, 0
	for typ, names := range gold.Entities {
		for _, forms := range names {
			for _, form := range forms {
				total++
				if !got[form][typ] {
					missed++
					t.Logf("%q is %v, want %s", form, got[form], typ)
				}
				if typ != "PERSON" && got[form]["PERSON"] {
					t.Errorf("%q (%s) is labelled a person", form, typ)
				}
			}
		}
	}
	if missed*10 > total {
		t.Errorf("%d of %d entity forms of the seed article missed or mistyped; want at most a tenth", missed, total)
	}
}

// Pausing hands control back during long documents and changes nothing.
func TestAnnotateWithPausesFindsTheSame(t *testing.T) {
	text := strings.Repeat(`"We are ready," Elena Vargas said in Oslo on Monday. `, 2000)
	pauses := 0
	paused, err := AnnotateWith(text, Options{Pause: func() { pauses++ }})
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := Annotate(text)
	if pauses < 5 {
		t.Errorf("paused %d times over %d bytes", pauses, len(text))
	}
	a, _ := json.Marshal(paused)
	b, _ := json.Marshal(plain)
	if string(a) != string(b) {
		t.Error("pausing changed the result")
	}
}

// Roles keep the word that says whose they are; "no." ends a sentence
// unless a number follows.
func TestRolesAndSentenceEndingInNo(t *testing.T) {
	doc, err := Annotate("Union leader Marco Bellini said no. He told reporters the plan was wrong.\n\nThe opposition leader Sam Kerr spoke after No. 10 did.")
	if err != nil {
		t.Fatal(err)
	}
	roles := map[string]string{}
	for _, p := range doc.People {
		roles[p.Name] = strings.Join(p.Roles, "; ")
		if p.Name == "He" {
			t.Error(`"He" after "said no." is taken for a name`)
		}
	}
	if roles["Marco Bellini"] != "Union leader" || roles["Sam Kerr"] != "opposition leader" {
		t.Errorf("roles = %q", roles)
	}
	// "said no." is a statement of one word; "No. 10 did" says nothing
	if len(doc.Reported) != 2 || doc.Reported[0].Text != "no" || doc.Reported[1].Text != "the plan was wrong" {
		t.Errorf("reported = %+v, want his no and what he told reporters", doc.Reported)
	}
}

// A name never runs over a comma, whatever the tagger's chunk: "Salem, New
// Hampshire, Vargas" is a place, its state and a person.
func TestNamesStopAtCommas(t *testing.T) {
	doc, err := Annotate(`Speaking at a town hall in Salem, New Hampshire, Vargas went after Becker.`)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if strings.Contains(e.Text, ",") {
			t.Errorf("entity %q (%s) runs over a comma", e.Text, e.Type)
		}
	}
}
