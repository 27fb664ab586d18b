package entities

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/text"
)

// Set is the entities of one text: what the tagger found, dates, and later
// the names of speakers; Link ties mentions of one person together.
type Set struct {
	Entities []Entity    // in text order
	Spans    []text.Span // entity → its tokens
	Of       []int       // token → entity, -1 outside
	RefOf    []*Ref      // entity → referent, after Link
	Refs     []*Ref      // every referent, after Link

	td      *text.Doc
	text    string
	toks    []text.Token
	lowers  []string
	sents   []text.Sentence
	sentOf  []int
	inQuote []bool
	pause   func()
}

// span is a token range toks[From:To].
type span = text.Span

func (a *Set) lower(i int) string { return a.lowers[i] }

// tagPauseEvery is how many tokens are tagged between two pause calls (as
// the pipeline's stages).
const tagPauseEvery = 10000

// Find tags the names and dates of a text. inQuote marks the tokens inside
// quotations; pause, if set, is called every few thousand tokens.
func Find(td *text.Doc, inQuote []bool, pause func()) (*Set, error) {
	if err := Load(); err != nil {
		return nil, err
	}
	a := &Set{td: td, text: td.Text, toks: td.Tokens, lowers: td.Lowers, sents: td.Sentences, sentOf: td.SentOf, inQuote: inQuote, pause: pause}
	a.findEntities()
	if !ruleOff["acronyms"] {
		a.tagAcronyms()
	}
	return a, nil
}

// Link assigns every mention to a referent (one person, many names) and
// reads from the text which pronoun each person takes.
func (a *Set) Link() []*Ref {
	a.Refs = a.linkReferents()
	a.countGender(a.Refs)
	return a.Refs
}

// findEntities tags each paragraph run with the NER model and adds dates.
func (a *Set) findEntities() {
	a.Of = make([]int, len(a.toks))
	for i := range a.Of {
		a.Of[i] = -1
	}
	tg := borrowTagger(loaded)
	defer tg.giveBack()
	sents := a.taggerSentences()
	sentWords := make([][]string, len(sents))
	sentFirst := make([][]int, len(sents))
	// The sentences' words share one array (an allocation a sentence was
	// a tenth of the engine's), and so do their first tokens.
	rest := make([]string, len(a.toks))
	restFirst := make([]int, len(a.toks))
	for k, s := range sents {
		w, first := a.words(s, rest[:0], restFirst[:0])
		sentWords[k] = w[:len(w):len(w)]
		sentFirst[k] = first[:len(first):len(first)]
		if len(w) <= len(rest) {
			rest, restFirst = rest[len(w):], restFirst[len(w):]
		}
	}
	all := tg.tagDocument(sentWords, a.pause)
	var spans []span
	var types []string
	for k, s := range sents {
		labels := all[k]
		first := sentFirst[k]
		for _, c := range sortedChunks(labels) {
			sp := span{From: first[c.from], To: s.To}
			if c.to < len(first) {
				sp.To = first[c.to]
			}
			// A name never starts or ends with a quotation mark or comma.
			for sp.From < sp.To && !text.HasWordRune(a.toks[sp.From].Text) && !ruleOff["trim"] {
				sp.From++
			}
			// ... nor ends with a lower-case word ("Revesz said").
			// (a word the tagger read whole, "US$", keeps its end).
			for sp.To > sp.From && !a.joinsWord(sp.To-1) && (!text.HasWordRune(a.toks[sp.To-1].Text) || text.StartsLower(a.toks[sp.To-1].Text) && !capitalAfterHyphen(a.toks[sp.To-1].Text)) && !ruleOff["trim"] {
				sp.To--
			}
			if sp.Empty() {
				continue
			}
			// "Harbour City", "Harbour Gazette": the tagger may stop before
			// a capitalised head noun that belongs to the name.
			typ := c.typ
			for sp.To < s.To && !ruleOff["heads"] && nameHeads[a.lower(sp.To)] != "" && !text.StartsLower(a.toks[sp.To].Text) && !a.toks[sp.To].ParaStart {
				// "USA Today", "Denver Post": the head noun the tagger
				// left out says what the whole name is.
				if headType[nameHeads[a.lower(sp.To)]] != 0 && !ruleOff["headtype"] {
					typ = headType[nameHeads[a.lower(sp.To)]]
				}
				sp.To++
			}
			// "Transport Minister Tom Becker": a title inside a chunk is a
			// role, and the words after it the person (CoNLL never puts a
			// title in a name); so is a title opening a chunk the tagger
			// called an organisation ("Councillor Tom Becker").
			for k := sp.To - 3; k >= sp.From && (typ == 1 || typ == 4 || typ == 2 && k == sp.From) && !ruleOff["titles"]; k-- {
				if personTitles[a.lower(k)] && text.IsCapitalized(a.toks[k+1].Text) && text.IsCapitalized(a.toks[k+2].Text) {
					sp.From, typ = k+1, 1
					break
				}
			}
			if sp.To-sp.From > 1 && honorifics[a.lower(sp.From)] && !ruleOff["honorifics"] {
				typ = 1 // "Sen. Ann Price" is a person whatever the tagger said
			}
			if typ == 1 && !ruleOff["titles"] {
				// "Mayor Elena Vargas": the title is a role, not the name.
				for sp.To-sp.From > 1 && personTitles[a.lower(sp.From)] {
					sp.From++
				}
				if personTitles[a.lower(sp.From)] {
					continue // a bare title ("Mayor") names nobody
				}
			}
			// "Hampshire, Vargas": a comma inside a chunk separates two
			// names; so does a quotation mark (`Ann "Nan" Price` is joined
			// again as a nickname later).
			split := false
			for k := sp.From + 1; k < sp.To-1; k++ {
				// ... but not the comma before a company's "Inc" ("A.G. Edwards &
				// Sons, Inc").
				if (a.toks[k].Text == "," && !corporateSuffixes[a.lower(k+1)] || quotes.IsMark(a.toks[k].Text)) && !ruleOff["split"] {
					if piece := a.splitPiece(span{From: sp.From, To: k}); !piece.Empty() {
						spans = append(spans, piece)
						types = append(types, nerTypes[typ-1])
					}
					sp.From, split = k+1, true
				}
			}
			if split {
				sp = a.splitPiece(sp)
			}
			if sp = a.namePiece(sp); sp.Empty() {
				continue
			}
			spans = append(spans, sp)
			types = append(types, nerTypes[typ-1])
		}
	}
	// A head noun taken into a name ("D-Newport News") may be a chunk of
	// its own too: one entity, never two over the same words.
	merged, mergedTypes := spans[:0], types[:0]
	for k, sp := range spans {
		if n := len(merged); n > 0 && sp.From < merged[n-1].To {
			merged[n-1].To = max(merged[n-1].To, sp.To)
			continue
		}
		merged, mergedTypes = append(merged, sp), append(mergedTypes, types[k])
	}
	spans, types = merged, mergedTypes
	for k, sp := range spans {
		for i := sp.From; i < sp.To; i++ {
			a.Of[i] = k
		}
	}
	// Dates fill what the model left; the model's names win.
	for _, d := range findDates(a.toks, a.lowers) {
		free := true
		for i := d.From; i < d.To; i++ {
			if a.Of[i] >= 0 {
				free = false
			}
		}
		if free {
			spans = append(spans, d)
			types = append(types, "DATE")
		}
	}
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	// the spans do not overlap: no two start together, and any sort orders them alike
	slices.SortFunc(order, func(x, y int) int { return cmp.Compare(spans[x].From, spans[y].From) })
	a.Entities = make([]Entity, 0, len(spans))
	a.Spans = make([]span, 0, len(spans))
	for _, k := range order {
		sp := spans[k]
		start, end := a.toks[sp.From].Start, a.toks[sp.To-1].End
		text := a.text[start:end]
		typ := types[k]
		if typ != "DATE" {
			typ = entityType(typ, text)
		}
		for i := sp.From; i < sp.To; i++ {
			a.Of[i] = len(a.Entities)
		}
		a.Entities = append(a.Entities, Entity{Start: start, End: end, Text: text, Type: typ})
		a.Spans = append(a.Spans, sp)
	}
	if !ruleOff["nicknames"] {
		a.joinNicknames()
	}
	if !ruleOff["join"] {
		a.joinNames()
	}
	a.retypeByContext()
	if !ruleOff["unify"] {
		a.unifyTypes()
	}
}

// capitalAfterHyphen reports a word written lower-case before a hyphen
// and capitalised after it: "post-Soviet", "pro-Baghdad", "al-Kabariti" are
// names' words, not the verb or noun after a name that trimming drops (on
// eng.train 5-fold cross-validation, trimming them removed 16 right names
// and 9 wrong ones).
func capitalAfterHyphen(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && text.IsCapitalized(w[i+1:])
}

// namePiece trims what cannot open a name from a piece of a split chunk:
// marks, and a clitic left after a quotation mark ("'s").
func (a *Set) namePiece(sp span) span {
	for sp.From < sp.To && (!text.HasWordRune(a.toks[sp.From].Text) || strings.HasPrefix(a.toks[sp.From].Text, "'") || strings.HasPrefix(a.toks[sp.From].Text, "’")) {
		sp.From++
	}
	return sp
}

// splitPiece is namePiece for a piece after a comma or mark that split a
// chunk: one that opens with a lower-case word is no name ("Vermonter,
// which runs between" split at its comma: on eng.train 5-fold
// cross-validation every such piece was wrong). A whole chunk may ("de
// Klerk").
func (a *Set) splitPiece(sp span) span {
	sp = a.namePiece(sp)
	if sp.From < sp.To && text.StartsLower(a.toks[sp.From].Text) && !capitalAfterHyphen(a.toks[sp.From].Text) {
		return span{From: sp.From, To: sp.From}
	}
	return sp
}

// taggerSentences are the sentences the tagger reads: the text's, but a
// list item's number ("5." before "Veerle De Jaeghere (Belgium) 2:43.18",
// a sentence of its own to the splitter) opens the sentence after it on
// its line, as in CoNLL-2003, where the name after it read as a
// sentence's first word was often taken for an organisation.
func (a *Set) taggerSentences() []text.Sentence {
	var out []text.Sentence // nil while no sentence is joined
	for k := 0; k < len(a.sents) && !ruleOff["listitems"]; k++ {
		s := a.sents[k]
		if k+1 < len(a.sents) && s.To-s.From == 2 && a.listNumber(s.From+1) && !strings.Contains(a.text[a.toks[s.To-1].End:a.toks[a.sents[k+1].From].Start], "\n") {
			if out == nil {
				out = append(make([]text.Sentence, 0, len(a.sents)), a.sents[:k]...)
			}
			out = append(out, text.Sentence{From: s.From, To: a.sents[k+1].To})
			k++
			continue
		}
		if out != nil {
			out = append(out, s)
		}
	}
	if out == nil {
		return a.sents
	}
	return out
}

// listNumber reports whether token j is the full stop of a list item's
// number opening a line ("5." of "5. Veerle De Jaeghere").
func (a *Set) listNumber(j int) bool {
	if j < 1 || j >= len(a.toks) || a.toks[j].Text != "." || a.toks[j].Start != a.toks[j-1].End {
		return false
	}
	n := a.toks[j-1].Text
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(n) <= 3 && (j == 1 || strings.Contains(a.text[a.toks[j-2].End:a.toks[j-1].Start], "\n"))
}

// words fills buf with a sentence's words as the tagger reads them: as
// CoNLL-2003 wrote them, where the tokenizer cuts some in two ("US$" and
// "U.S.-led" are one word there, a currency and a compound, both MISC;
// "US" "$" and "U.S." "-" "led" here). first gets the token each word
// starts at.
func (a *Set) words(s text.Sentence, buf []string, first []int) ([]string, []int) {
	buf, first = buf[:0], first[:0]
	for i := s.From; i < s.To; i++ {
		j := i + 1
		for j < s.To && a.joinsWord(j) {
			j++
		}
		buf = append(buf, a.text[a.toks[i].Start:a.toks[j-1].End])
		first = append(first, i)
		i = j - 1
	}
	return buf, first
}

// joinsWord reports whether token j is written on to the word before it
// as CoNLL-2003 keeps in one word: a "$" after letters ("US$", "HK$"), a
// hyphen and the word after it behind an abbreviation ("U.S.-led"), and a
// list item's full stop ("5.").
func (a *Set) joinsWord(j int) bool {
	if j < 1 || j >= len(a.toks) {
		return false
	}
	// most tokens have a space before them: told before the table's call
	prev, t := &a.toks[j-1], &a.toks[j]
	if t.Start != prev.End || prev.Text == "" || ruleOff["words"] {
		return false
	}
	switch {
	case a.listNumber(j):
		return true
	case t.Text == "$":
		return text.HasWordRune(prev.Text) && !unicode.IsDigit(rune(prev.Text[len(prev.Text)-1]))
	case t.Text == "-":
		return strings.HasSuffix(prev.Text, ".") && j+1 < len(a.toks) && a.toks[j+1].Start == t.End && text.HasWordRune(a.toks[j+1].Text)
	case prev.Text == "-":
		return j > 1 && strings.HasSuffix(a.toks[j-2].Text, ".") && a.toks[j-2].End == prev.Start
	}
	return false
}

// Add adds entity spans of one type, keeping the entities in order.
func (a *Set) Add(spans []span, typ string) {
	for _, sp := range spans {
		start, end := a.toks[sp.From].Start, a.toks[sp.To-1].End
		a.Entities = append(a.Entities, Entity{Start: start, End: end, Text: a.text[start:end], Type: typ})
		a.Spans = append(a.Spans, sp)
	}
	order := make([]int, len(a.Entities))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(a.Entities[x].Start, a.Entities[y].Start) })
	ents := make([]Entity, len(order))
	toks := make([]span, len(order))
	for k, i := range order {
		ents[k], toks[k] = a.Entities[i], a.Spans[i]
		for t := toks[k].From; t < toks[k].To; t++ {
			a.Of[t] = k
		}
	}
	a.Entities, a.Spans = ents, toks
}

// entityType maps the tagger's CoNLL classes to the types users see.
func entityType(conll string, text string) string {
	switch conll {
	case "PER":
		return "PERSON"
	case "LOC":
		return "GPE"
	case "MISC":
		if isNationality(text) {
			return "NORP"
		}
		return "MISC"
	}
	return conll
}

// isNationality tells "Ukrainian", "Europeans", "Republican" (NORP) from
// other miscellaneous names ("World Cup").
func isNationality(text string) bool {
	if strings.ContainsRune(text, ' ') {
		return false
	}
	w := strings.TrimSuffix(strings.ToLower(text), "s")
	for _, suf := range []string{"an", "ian", "ese", "ish", "ch", "i", "ic", "ern", "ite", "ist"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	switch w {
	case "democrat", "republican", "muslim", "christian", "jew", "arab", "greek", "thai", "swiss", "dutch", "french", "british", "irish", "welsh", "scots", "briton", "kiwi":
		return true
	}
	return false
}
