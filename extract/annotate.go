package extract

import (
	_ "embed"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/entities"
	"github.com/whosaid/whosaid/extract/lexicon"
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

// analysis is the state of one Annotate call.
type analysis struct {
	td      *text.Doc
	text    string
	toks    []text.Token
	sents   []text.Sentence
	sentOf  []int // token → sentence
	paraOf  []int // token → paragraph
	es      *entities.Set
	inQuote []bool // token → inside a quotation
	lowers  []string
	pause   func()
	hasCue  map[int]bool // sentence → has a cue outside quotations
}

// Load decodes the embedded models. Annotate calls it on first use; call it
// earlier to pay the cost before the user waits.
func Load() error { return entities.Load() }

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
	marks := quotes.Scan(input)
	inQuote := quotes.Inside(td, marks)
	es, err := entities.Find(td, inQuote, opt.Pause)
	if err != nil {
		return nil, err
	}
	a := &analysis{td: td, text: input, pause: opt.Pause, toks: td.Tokens, lowers: td.Lowers, sents: td.Sentences, sentOf: td.SentOf, paraOf: td.ParaOf, inQuote: inQuote, es: es}
	a.rest()
	found := a.attributeAll(marks)
	a.rest()
	reported := a.findReported(found)
	a.rest()
	a.nameSpeakers(found)
	refs := a.es.Link()
	a.rest()
	doc := &Document{Entities: a.es.Entities}
	doc.Quotes = a.resolveAll(found)
	doc.Reported = a.resolveAll(reported)
	a.rest()
	doc.People = people(refs, a.es.RefOf, doc.Quotes)
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
			if a.es.Of[i] >= 0 && a.es.Entities[a.es.Of[i]].Type != "DATE" {
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
		a.es.Add(added, "PERSON")
	}
}

func (a *analysis) nameWord(i int) bool {
	w := a.lower(i)
	t := a.toks[i].Text
	return text.IsCapitalized(t) && !lexicon.TitleWords[w] && !sourceNouns[w] && !determiners[w] && strings.ToUpper(t) != t || len(t) == 2 && t[1] == '.'
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
		found = !a.inQuote[k] && (a.isCue(k) || lexicon.CueStem(strings.TrimSuffix(a.lower(k), "s")) != "")
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
		if e := a.es.Of[i]; e >= 0 {
			switch a.es.Entities[e].Type {
			case "PERSON":
				person = a.es.Entities[e].EntityID
			case "DATE":
			default:
				other = a.es.Entities[e].EntityID
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
			e := a.es.Of[i]
			if e < 0 || a.inQuote[i] || a.es.Entities[e].Type != "PERSON" {
				continue
			}
			r := a.es.RefOf[e]
			if gender == "m" && r.Gender < 0 || gender == "f" && r.Gender > 0 {
				continue
			}
			return r.ID
		}
	}
	return ""
}

// people lists the persons, and whoever else is quoted, for the side panel.
func people(refs []*entities.Ref, entRef []*entities.Ref, found []Quote) []Referent {
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
