package extract

import (
	_ "embed"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/text"
)

// MaxBytes is the largest text Annotate accepts (about 300,000 words); past
// it the page would stay busy too long to be useful.
const MaxBytes = 2 << 20

// Errors Annotate returns for text it will not annotate.
var (
	ErrEmpty       = errors.New("the text is empty")
	ErrInvalidUTF8 = errors.New("the text is not valid UTF-8")
	ErrTooLarge    = fmt.Errorf("the text is longer than %d MB", MaxBytes>>20)
)

//go:embed model/ner.bin
var nerModelData []byte

var (
	loadOnce  sync.Once
	loaded    *nerModel
	loadError error
)

// Load decodes the embedded models. Annotate calls it on first use; call it
// earlier to pay the cost before the user waits.
func Load() error {
	loadOnce.Do(func() { loaded, loadError = loadNERModel(nerModelData) })
	return loadError
}

// analysis is the state of one Annotate call.
type analysis struct {
	td      *text.Doc
	text    string
	toks    []text.Token
	sents   []text.Sentence
	sentOf  []int // token → sentence
	paraOf  []int // token → paragraph
	ents    []Entity
	entTok  []span // entity → tokens
	entOf   []int  // token → entity, -1 outside
	entRef  []*referent
	inQuote []bool // token → inside a quotation
	lowers  []string
	pause   func()
	hasCue  map[int]bool // sentence → has a cue outside quotations
}

// Options change how Annotate runs, not what it finds.
type Options struct {
	// Pause, if set, is called every few thousand tokens of work. In the
	// browser it sleeps a moment, which hands the main thread back so the
	// page answers input while a long document is annotated.
	Pause func()
}

// pauseEvery is how many tokens are tagged between two Pause calls: about
// 15 ms of work in WebAssembly, well under the 100 ms a page may stall, and
// few pauses (each costs a browser timer, 4 ms or more).
const pauseEvery = 10000

// Annotate finds the entities and quotations of text. Spans are UTF-8 byte
// offsets into text, end exclusive.
func Annotate(text string) (*Document, error) { return AnnotateWith(text, Options{}) }

// AnnotateWith is Annotate with options.
func AnnotateWith(input string, opt Options) (*Document, error) {
	switch {
	case !utf8.ValidString(input):
		return nil, ErrInvalidUTF8
	case strings.TrimSpace(input) == "":
		return nil, ErrEmpty
	case len(input) > MaxBytes:
		return nil, ErrTooLarge
	}
	if err := Load(); err != nil {
		return nil, err
	}
	td := text.Analyze(input, opt.Pause)
	a := &analysis{td: td, text: input, pause: opt.Pause, toks: td.Tokens, lowers: td.Lowers, sents: td.Sentences, sentOf: td.SentOf, paraOf: td.ParaOf}
	a.findEntities()
	marks := quotes.Scan(input)
	a.inQuote = quotes.Inside(td, marks)
	a.tagAcronyms()
	a.rest()
	found := a.attributeAll(marks)
	a.rest()
	reported := a.findReported(found)
	a.rest()
	a.nameSpeakers(found)
	refs := a.linkReferents()
	a.countGender(refs)
	a.rest()
	doc := &Document{Entities: a.ents}
	doc.Quotes = a.resolveAll(found)
	doc.Reported = a.resolveAll(reported)
	a.rest()
	doc.People = people(refs, a.entRef, doc.Quotes)
	doc.Sources = summarizeSources(doc.Quotes, doc.Reported, refs)
	if doc.Entities == nil {
		doc.Entities = []Entity{}
	}
	return doc, nil
}

// rest pauses between stages of a long document.
func (a *analysis) rest() {
	if a.pause != nil && len(a.toks) > pauseEvery {
		a.pause()
	}
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

// words fills buf with the words of a sentence.
func (a *analysis) words(s text.Sentence, buf []string) []string {
	buf = buf[:0]
	for i := s.From; i < s.To; i++ {
		buf = append(buf, a.toks[i].Text)
	}
	return buf
}

// findEntities tags each paragraph run with the NER model and adds dates.
func (a *analysis) findEntities() {
	a.entOf = make([]int, len(a.toks))
	for i := range a.entOf {
		a.entOf[i] = -1
	}
	tg := newTagger(loaded)
	tg.dc = docCase{}
	var words []string
	sincePause := 0
	for _, s := range a.sents {
		if sincePause += s.To - s.From; a.pause != nil && sincePause > 3*pauseEvery {
			a.pause()
			sincePause = 0
		}
		words = a.words(s, words)
		tg.dc.addSentence(words)
	}
	var labels []int
	var spans []span
	var types []string
	sincePause = 0
	for _, s := range a.sents {
		if sincePause += s.To - s.From; a.pause != nil && sincePause > pauseEvery {
			a.pause()
			sincePause = 0
		}
		words = a.words(s, words)
		labels = tg.tag(words, labels[:0])
		for _, c := range sortedChunks(labels) {
			sp := span{From: s.From + c.from, To: s.From + c.to}
			// A name never starts or ends with a quotation mark or comma.
			for sp.From < sp.To && !text.HasWordRune(a.toks[sp.From].Text) {
				sp.From++
			}
			// ... nor ends with a lower-case word ("Revesz said").
			for sp.To > sp.From && (!text.HasWordRune(a.toks[sp.To-1].Text) || text.StartsLower(a.toks[sp.To-1].Text)) {
				sp.To--
			}
			if sp.Empty() {
				continue
			}
			// "Harbour City", "Harbour Gazette": the tagger may stop before
			// a capitalised head noun that belongs to the name.
			for sp.To < s.To && nameHeads[a.lower(sp.To)] != "" && !text.StartsLower(a.toks[sp.To].Text) && !a.toks[sp.To].ParaStart {
				sp.To++
			}
			typ := c.typ
			if sp.To-sp.From > 1 && honorifics[a.lower(sp.From)] {
				typ = 1 // "Sen. Ann Price" is a person whatever the tagger said
			}
			if typ == 1 {
				// "Mayor Elena Vargas": the title is a role, not the name.
				for sp.To-sp.From > 1 && titleWords[a.lower(sp.From)] {
					sp.From++
				}
				if titleWords[a.lower(sp.From)] {
					continue // a bare title ("Mayor") names nobody
				}
			}
			// "Hampshire, Vargas": a comma inside a chunk separates two names
			for k := sp.From + 1; k < sp.To-1; k++ {
				if a.toks[k].Text == "," {
					spans = append(spans, span{From: sp.From, To: k})
					types = append(types, nerTypes[typ-1])
					sp.From = k + 1
				}
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
			a.entOf[i] = k
		}
	}
	// Dates fill what the model left; the model's names win.
	for _, d := range findDates(a.toks) {
		free := true
		for i := d.From; i < d.To; i++ {
			if a.entOf[i] >= 0 {
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
	sort.Slice(order, func(x, y int) bool { return spans[order[x]].From < spans[order[y]].From })
	a.ents = make([]Entity, 0, len(spans))
	a.entTok = make([]span, 0, len(spans))
	for _, k := range order {
		sp := spans[k]
		start, end := a.toks[sp.From].Start, a.toks[sp.To-1].End
		text := a.text[start:end]
		typ := types[k]
		if typ != "DATE" {
			typ = entityType(typ, text)
		}
		for i := sp.From; i < sp.To; i++ {
			a.entOf[i] = len(a.ents)
		}
		a.ents = append(a.ents, Entity{Start: start, End: end, Text: text, Type: typ})
		a.entTok = append(a.entTok, sp)
	}
	a.joinNicknames()
	a.joinNames()
	a.retypeByContext()
	a.unifyTypes()
}

// tokenAt returns the first token starting at or after byte offset off.
func (a *analysis) tokenAt(off int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].Start >= off })
}

func (a *analysis) spanOf(s span) *Span {
	if s.Empty() {
		return nil
	}
	start, end := a.toks[s.From].Start, a.toks[s.To-1].End
	return &Span{Start: start, End: end, Text: a.text[start:end]}
}

// quoteKind tells a quotation that stands as a sentence from a fragment
// worked into the writer's own ("it had "paused" intelligence sharing").
func (a *analysis) quoteKind(q quotes.Span, qa int) string {
	inner := strings.TrimRight(a.text[q.Start:q.End], "\"”»")
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(inner))
	if strings.ContainsRune(".,!?…—-:;", last) && !a.fragmentInSentence(q, qa) {
		return KindDirect
	}
	if qa >= len(a.toks) {
		return KindPartial
	}
	s := a.sents[a.sentOf[qa]]
	if qa == s.From || qa > 0 && (a.toks[qa-1].Text == ":" || a.toks[qa-1].Text == ",") {
		return KindDirect
	}
	return KindPartial
}

// fragmentInSentence tells a fragment that American punctuation closes
// inside its marks (`admires Putin as a "strong leader,"`) from a quoted
// sentence: it starts in lower case, inside a sentence, not after a colon.
func (a *analysis) fragmentInSentence(q quotes.Span, qa int) bool {
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(a.text[q.Start:q.End], "\"“„«' "))
	if !unicode.IsLower(first) || qa >= len(a.toks) || qa == a.sents[a.sentOf[qa]].From {
		return false
	}
	p := a.toks[qa-1].Text
	return p != ":" && p != "," && !text.IsDash(p)
}

// attributed is a quotation with the token span of its speaker, or the
// index of the quotation whose speaker it continues.
type attributed struct {
	Quote
	speaker   span
	continues int  // -1, or the index of the quotation it goes on from
	owned     bool // attributed through a speech noun: nothing goes on from it
}

// attributeAll finds each quotation's cue and speaker phrase.
func (a *analysis) attributeAll(marks []quotes.Span) []attributed {
	out := make([]attributed, 0, len(marks))
	var prevQ quotes.Span
	prevPara := -10
	for _, q := range marks {
		qa := a.tokenAt(q.Start)
		qb := a.tokenAt(q.End)
		cur := attributed{Quote: Quote{Start: q.Start, End: q.End, Text: a.text[q.Start:q.End], Kind: a.quoteKind(q, qa)}, continues: -1}
		at, found := a.attribute(qa, qb, cur.Kind)
		para := -1
		if qa < len(a.toks) {
			para = a.paraOf[qa]
		}
		if found {
			a.attach(&cur, at)
		} else if n := len(out); n > 0 && out[n-1].Speaker != nil && !out[n-1].owned && (prevQ.Continued || para == prevPara || para == prevPara+1 && cur.Kind == KindDirect && a.toks[qa].ParaStart) {
			// The same speaker goes on: the next paragraph reopens the
			// quotation, or another quotation follows in the same paragraph.
			cur.continues = n - 1
			cur.Speaker, cur.Cue = out[n-1].Speaker, out[n-1].Cue
		} else if at, ok := a.attributeFromParaphrase(qa); ok {
			a.attach(&cur, at)
		}
		if cur.Speaker == nil && (!a.looksLikeSpeech(q) && !a.sentenceHasCue(qa)) ||
			a.isTranscriptLine(q) || a.isShowTitle(q, qa) || quotes.IsNickname(a.td, qa, qb) {
			continue // a title or a scare quote: "Fox News Sunday"
		}
		out = append(out, cur)
		prevQ, prevPara = q, para
	}
	a.attributeFromLaterInSentence(out)
	return out
}

// attach gives a quotation the speaker and cue the rules found.
func (a *analysis) attach(q *attributed, at attribution) {
	q.speaker, q.owned = at.speaker, at.owned
	q.Speaker, q.Cue = a.spanOf(at.speaker), a.spanOf(at.cue)
}

// attributeFromLaterInSentence gives a quotation with no attribution of its
// own the speaker of the next quotation in its sentence: `It was a "good
// thing" that yielded "frankly good information," he remarked.` It runs
// back to front so a run of fragments all reach the attribution.
func (a *analysis) attributeFromLaterInSentence(out []attributed) {
	for i := len(out) - 2; i >= 0; i-- {
		cur, next := &out[i], &out[i+1]
		direct := cur.Speaker != nil && cur.continues < 0
		if direct || next.Speaker == nil || next.speaker.Empty() {
			continue
		}
		if a.sentOf[a.tokenAt(cur.Start)] != a.sentOf[a.tokenAt(next.Start)] {
			continue
		}
		cur.speaker, cur.Speaker, cur.Cue, cur.continues = next.speaker, next.Speaker, next.Cue, -1
	}
}

// resolveAll settles who each quotation's speaker is.
func (a *analysis) resolveAll(found []attributed) []Quote {
	out := make([]Quote, len(found))
	for i, f := range found {
		out[i] = f.Quote
		switch {
		case f.continues >= 0:
			out[i].SpeakerID = out[f.continues].SpeakerID
		case !f.speaker.Empty():
			out[i].SpeakerID = a.resolveSpeaker(f.speaker)
		}
		out[i].CueType = cueType(out[i].Cue)
	}
	return out
}

// nameSpeakers makes a person of a speaker the tagger missed: "Elena
// Vargas said" names a person even when the model does not know the name.
func (a *analysis) nameSpeakers(found []attributed) {
	var added []span
	for _, f := range found {
		s := f.speaker
		if s.Empty() {
			continue
		}
		named := false
		for i := s.From; i < s.To; i++ {
			if a.entOf[i] >= 0 && a.ents[a.entOf[i]].Type != "DATE" {
				named = true
			}
		}
		if named {
			continue
		}
		// the capitalized words that end the phrase, after any title
		from := s.To
		for from > s.From && a.nameWord(from-1) {
			from--
		}
		if s.To-from >= 2 && s.To-from <= 4 {
			added = append(added, span{From: from, To: s.To})
		}
	}
	if len(added) > 0 {
		a.addEntities(added, "PERSON")
	}
}

func (a *analysis) nameWord(i int) bool {
	w := a.lower(i)
	t := a.toks[i].Text
	return text.IsCapitalized(t) && !titleWords[w] && !sourceNouns[w] && !determiners[w] && strings.ToUpper(t) != t || len(t) == 2 && t[1] == '.'
}

// addEntities adds entity spans of one type, keeping the entities in order.
func (a *analysis) addEntities(spans []span, typ string) {
	for _, sp := range spans {
		start, end := a.toks[sp.From].Start, a.toks[sp.To-1].End
		a.ents = append(a.ents, Entity{Start: start, End: end, Text: a.text[start:end], Type: typ})
		a.entTok = append(a.entTok, sp)
	}
	order := make([]int, len(a.ents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return a.ents[order[x]].Start < a.ents[order[y]].Start })
	ents := make([]Entity, len(order))
	toks := make([]span, len(order))
	for k, i := range order {
		ents[k], toks[k] = a.ents[i], a.entTok[i]
		for t := toks[k].From; t < toks[k].To; t++ {
			a.entOf[t] = k
		}
	}
	a.ents, a.entTok = ents, toks
}

// looksLikeSpeech tells an unattributed quotation that may still be
// somebody's words from the quotation marks news uses for titles ("Fox News
// Sunday"), terms and scare quotes ("super PACs"): those are a few words
// long, and titles are in title case.
func (a *analysis) looksLikeSpeech(q quotes.Span) bool {
	inner := strings.Trim(a.text[q.Start:q.End], "\"“”«»„ ")
	words := strings.Fields(inner)
	if len(words) <= 4 {
		return false
	}
	capitals := 0
	for _, w := range words {
		if text.IsCapitalized(w) {
			capitals++
		}
	}
	return !(len(words) <= 7 && capitals*10 >= len(words)*8)
}

// isTranscriptLine tells a transcript's `"PENCE: Well, ...` line, which
// names its speaker in capitals: a record, not a quotation in the story.
func (a *analysis) isTranscriptLine(q quotes.Span) bool {
	inner := strings.TrimLeft(a.text[q.Start:q.End], "\"“„« ")
	colon := strings.IndexByte(inner, ':')
	if colon < 2 || colon > 30 {
		return false
	}
	name := inner[:colon]
	return strings.ToUpper(name) == name && strings.IndexFunc(name, unicode.IsLetter) >= 0
}

// titleBefore are the words a title follows: "this weekend's “Fox News
// Sunday”", "an episode of “The Steve Harvey Morning Show”", "a spot
// titled “Arrogant”". ("called" is left out: "he called her “Crooked
// Hillary”" is speech.)
var titleBefore = map[string]bool{"'s": true, "’s": true, "titled": true, "entitled": true}

// showNouns before "of" name a programme ("an episode of", "host of");
// other words do not ("a goal of “Peace Through Strength”" is speech).
var showNouns = map[string]bool{"episode": true, "broadcast": true, "edition": true, "host": true, "season": true, "issue": true, "set": true, "taping": true}

// isShowTitle tells a programme, paper or advert named after one of those
// words from speech.
func (a *analysis) isShowTitle(q quotes.Span, qa int) bool {
	if qa == 0 || qa >= len(a.toks) || !(titleBefore[a.lower(qa-1)] || qa >= 2 && a.lower(qa-1) == "of" && showNouns[a.lower(qa-2)]) {
		return false
	}
	words := strings.Fields(strings.Trim(a.text[q.Start:q.End], "\"“”«»„ ,."))
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if !text.IsCapitalized(w) && w != "of" && w != "the" && w != "and" && w != "in" && w != "on" {
			return false
		}
	}
	return true
}

// sentenceHasCue reports whether the sentence of token i has a cue verb
// outside quotations ("Trump's claim that there were "thousands"").
func (a *analysis) sentenceHasCue(i int) bool {
	if i >= len(a.toks) {
		return false
	}
	if a.hasCue == nil {
		a.hasCue = map[int]bool{}
	}
	n := a.sentOf[i]
	if v, ok := a.hasCue[n]; ok {
		return v
	}
	s := a.sents[n]
	found := false
	for k := s.From; k < s.To && !found; k++ {
		found = !a.inQuote[k] && (a.isCue(k) || cueStem(strings.TrimSuffix(a.lower(k), "s")) != "")
	}
	a.hasCue[n] = found
	return found
}

// attribute tries the arrangements news uses, most specific first.
func (a *analysis) attribute(qa, qb int, kind string) (attribution, bool) {
	if qa >= len(a.toks) {
		return attribution{}, false
	}
	sent := a.sents[a.sentOf[qa]]
	if at, ok := a.attributeAfter(qb); ok {
		// `Feinstein said "I don't know," she said.`: the name the sentence
		// opens with, over the pronoun that repeats it
		if _, pronoun := speakerPronouns[a.lower(at.speaker.From)]; pronoun && at.speaker.To-at.speaker.From == 1 {
			if before, ok := a.attributeBefore(qa, sent.From); ok && a.namesPerson(before.speaker) {
				return before, true
			}
		}
		return at, true
	}
	if at, ok := a.attributeToLabel(qa, sent.From); ok {
		return at, true
	}
	if at, ok := a.attributeToPossessor(qa, sent.From); ok {
		return at, true
	}
	if at, ok := a.attributeAsPutIt(qa, sent.From); ok {
		return at, true
	}
	if at, ok := a.attributeBefore(qa, sent.From); ok {
		return at, true
	}
	// `Sen. Claire McCaskill scolded him: "Q"`: whoever the clause is about
	if qa > sent.From && a.toks[qa-1].Text == ":" {
		if subj := a.subject(sent.From, qa-1); !subj.Empty() && a.namesSomeone(subj) {
			return attribution{speaker: subj}, true
		}
	}
	end := a.sents[a.sentOf[max(qb-1, qa)]].To
	if at, ok := a.attributeLater(qb, end); ok {
		return at, true
	}
	if at, ok := a.attributeFromSentenceBefore(qa); ok {
		return at, true
	}
	// `He said:` closing the paragraph before the quotation.
	if a.toks[qa].ParaStart && qa > 0 && a.toks[qa-1].Text == ":" {
		if at, ok := a.attributeBefore(qa-1, a.sents[a.sentOf[qa-1]].From); ok {
			return at, true
		}
		// `Clinton released the following statement:` closing it
		if at, ok := a.attributeToPossessor(qa, a.sents[a.sentOf[qa-1]].From); ok {
			return at, true
		}
	}
	if kind == KindPartial {
		return a.attributeToSubject(qa)
	}
	return attribution{}, false
}

// resolveSpeaker finds the referent a speaker phrase names: the person in
// it ("Kremlin spokesman Dmitry Peskov", "Scholz's office"), else the
// organisation or place ("The Kremlin"), else who a pronoun points back to.
func (a *analysis) resolveSpeaker(s span) string {
	var person, other string
	for i := s.From; i < s.To; i++ {
		if e := a.entOf[i]; e >= 0 {
			switch a.ents[e].Type {
			case "PERSON":
				person = a.ents[e].EntityID
			case "DATE":
			default:
				other = a.ents[e].EntityID
			}
		}
	}
	if person != "" {
		return person
	}
	if other != "" {
		return other
	}
	if s.To-s.From == 1 {
		if g, ok := speakerPronouns[a.lower(s.From)]; ok && (g == "m" || g == "f") {
			return a.resolvePronoun(s.From, g)
		}
		if g, ok := possessivePronouns[a.lower(s.From)]; ok { // "his claim that"
			return a.resolvePronoun(s.From, g)
		}
	}
	return ""
}

// resolvePronoun picks the person "he" or "she" points back to: the first
// person named (outside quotations) in the same sentence before it, else in
// the nearest sentence before that names one, skipping people the text
// speaks of with the other pronoun.
func (a *analysis) resolvePronoun(tok int, gender string) string {
	sent := a.sentOf[tok]
	for s := sent; s >= 0 && s > sent-8; s-- {
		end := a.sents[s].To
		if s == sent {
			end = tok
		}
		for i := max(a.sents[s].From, tok-400); i < end; i++ {
			e := a.entOf[i]
			if e < 0 || a.inQuote[i] || a.ents[e].Type != "PERSON" {
				continue
			}
			r := a.entRef[e]
			if gender == "m" && r.gender < 0 || gender == "f" && r.gender > 0 {
				continue
			}
			return r.ID
		}
	}
	return ""
}

// countGender reads from the text which pronoun each person takes: in a
// sentence that names one person only, "he"/"his" or "she"/"her" vote.
func (a *analysis) countGender(refs []*referent) {
	for _, s := range a.sents {
		var only *referent
		many := false
		votes := 0
		for i := s.From; i < s.To; i++ {
			if a.inQuote[i] {
				continue
			}
			if e := a.entOf[i]; e >= 0 && a.ents[e].Type == "PERSON" {
				if only != nil && only != a.entRef[e] {
					many = true
				}
				only = a.entRef[e]
			}
			switch a.lower(i) {
			case "he", "his", "him", "himself", "mr.":
				votes++
			case "she", "her", "hers", "herself", "mrs.", "ms.":
				votes--
			}
		}
		if only != nil && !many {
			only.gender += votes
		}
	}
}

// people lists the persons, and whoever else is quoted, for the side panel.
func people(refs []*referent, entRef []*referent, found []Quote) []Referent {
	quoted := map[string]int{}
	for _, q := range found {
		if q.SpeakerID != "" {
			quoted[q.SpeakerID]++
		}
	}
	out := []Referent{}
	for _, r := range refs {
		r.Quotes = quoted[r.ID]
		if r.Type != "PERSON" && r.Quotes == 0 {
			continue
		}
		p := r.Referent
		if p.Aliases == nil {
			p.Aliases = []string{}
		}
		if p.Roles == nil {
			p.Roles = []string{}
		}
		out = append(out, p)
	}
	return out
}
