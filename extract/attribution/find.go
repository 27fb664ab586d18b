package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/entities"
	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/syntax"
	"github.com/whosaid/whosaid/extract/text"
)

// analysis is the state the rules read: the text, its entities, quotations.
type analysis struct {
	found    []attributed // quotations
	reported []attributed // reported speech

	td        *text.Doc
	text      string
	toks      []text.Token
	sents     []text.Sentence
	sentOf    []int // token → sentence
	paraOf    []int // token → paragraph
	es        *entities.Set
	marks     []quotes.Span
	inQuote   []bool // token → inside a quotation
	syn       *syntax.Result
	lowers    []string
	hasCue    []int8 // sentence → has a cue outside quotations: 1 yes, -1 no, 0 not yet known
	said      saidChoice
	cueAt     []bool        // token → a cue, as the cue detector says (nil until asked)
	cueMargin []float32     // token → the cue detector's margin (nil until asked)
	content   contentFinder // what a cue introduces, by the content tagger (nil: none)
	terms     []Span        // quoted words that are not a quotation
	memo      tokenMemo     // what the rules worked out of each token's word
	// roleWords are each referent's roles split into lower-case words,
	// made on first need (describedPerson asks of every person it passes).
	roleWords map[*entities.Ref][][]string
	persons   []int32 // personTokens, nil until asked
	// cueToks are the cue detector's tokens (cueTokens), nil until made;
	// scratch a former analysis's buffers (scratch.go), nil until asked.
	cueToks []cues.Token
	scratch *scratch
}

// Input is what the earlier stages found in a text.
type Input struct {
	Doc      *text.Doc
	Syntax   *syntax.Result // part-of-speech tags and phrase chunks, per token
	Marks    []quotes.Span  // the quotation marks' stretches
	InQuote  []bool         // token → inside a quotation
	Entities *entities.Set
	// Cues is the cue detector of reported speech; nil is the embedded one
	// (the cross-validation harness passes each fold's model).
	Cues *cues.Model
	// Said tells quotations from quoted words; nil is the embedded model.
	Said *quotes.Said
	// RuleSaid keeps the rules' decision instead (training reads it).
	RuleSaid bool
	// ObserveSaid, if set, sees each quotation-marked stretch with the
	// features the model reads (training).
	ObserveSaid func(start, end int, features []uint32)
}

// Analysis finds the quotations' speakers and the reported speech of one
// text. The pipeline calls its steps in order: Quotations, Reported,
// SpeakerNames (whose names the entities take in), then, once the entities
// are linked to referents, Resolve.
type Analysis struct {
	a    *analysis
	cues *cues.Model
}

// New starts the attribution of a text.
func New(in Input) *Analysis {
	d := in.Doc
	return &Analysis{a: &analysis{td: d, text: d.Text, toks: d.Tokens, lowers: d.Lowers, sents: d.Sentences, sentOf: d.SentOf, paraOf: d.ParaOf, inQuote: in.InQuote, es: in.Entities, marks: in.Marks, syn: in.Syntax,
		said: saidChoice{model: in.Said, rules: in.RuleSaid, observe: in.ObserveSaid}}, cues: in.Cues}
}

// Quotations finds each quotation's cue and speaker phrase, and sets apart
// the quoted words that are not a quotation (Terms).
func (x *Analysis) Quotations() error {
	if err := x.a.said.load(); err != nil {
		return err
	}
	if x.a.said.model != nil || x.a.said.observe != nil {
		if _, err := x.cueFlags(); err != nil {
			return err
		}
	}
	x.a.found = x.a.attributeAll(x.a.marks)
	return nil
}

// Terms are the quotation-marked stretches that are not quotations: scare
// quotes, terms, titles, nicknames (`the so-called "reset"`).
func (x *Analysis) Terms() []Span { return x.a.terms }

// Reported finds reported speech: statements with a source and a cue
// outside quotation marks, the cues found by the cue detector.
func (x *Analysis) Reported() error {
	cueAt, err := x.cueFlags()
	if err != nil {
		return err
	}
	x.a.reported = x.a.findReported(x.a.found, cueAt, x.a.content)
	return nil
}

// cueFlags are the cue detector's verdicts for every token, computed once:
// the quotation model reads them too.
func (x *Analysis) cueFlags() ([]bool, error) {
	if x.a.cueAt != nil {
		return x.a.cueAt, nil
	}
	m := x.cues
	if m == nil {
		var err error
		if m, err = LoadCues(); err != nil {
			return nil, err
		}
	}
	toks, sents := x.a.cueTokens(m)
	margins := m.Margins(toks, sents)
	x.a.cueMargin = margins
	x.a.cueAt = make([]bool, len(margins))
	for i, v := range margins {
		x.a.cueAt[i] = v > m.Threshold
	}
	if t := m.ContentTagger(); t != nil {
		x.a.content = func(c, from, to int) (int, int, bool) {
			if margins[c] <= t.Threshold {
				return 0, 0, false
			}
			return t.Content(toks, from, to, c)
		}
	}
	return x.a.cueAt, nil
}

// SpeakerNames are the speaker phrases that name a person the tagger missed
// ("Elena Vargas said").
func (x *Analysis) SpeakerNames() []text.Span { return x.a.nameSpeakers(x.a.found) }

// Resolve settles who each quotation's and statement's speaker is, once the
// entities are linked to referents.
func (x *Analysis) Resolve() (quotations, reported []Quote) {
	return x.a.resolveAll(x.a.found), x.a.resolveAll(x.a.reported)
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
	inner := strings.TrimRight(a.quoted(q), "\"”»")
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
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(a.quoted(q), "\"“„«' "))
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

// attributeAll finds each quotation's cue and speaker phrase. With the
// quotation model, a first pass reads every stretch as the rules keep
// them (so the model sees what it was trained on) and the model decides;
// the second attributes the stretches it keeps.
func (a *analysis) attributeAll(marks []quotes.Span) []attributed {
	if a.said.model == nil && a.said.observe == nil {
		return a.attributeMarks(marks)
	}
	a.said.attrs = make([]markAttribution, len(marks))
	a.said.pending = make([]saidCandidate, 0, len(marks))
	out := a.attributeMarks(marks)
	keep := make([]bool, len(marks))
	for i := range a.said.pending {
		c := &a.said.pending[i]
		f := a.saidFeatures(c)
		if a.said.observe != nil {
			a.said.observe(c.q.Start, c.q.End, f)
		}
		if a.said.model != nil {
			keep[c.k] = a.said.keeps(c, f)
		}
	}
	a.said.pending = nil
	if a.said.model == nil {
		return out
	}
	a.said.fixed, a.terms = keep, nil
	return a.attributeMarks(marks)
}

// markAttribution is what attribute found for a stretch, kept between the
// two passes.
type markAttribution struct {
	done, found bool
	at          speakerCue
}

// attributeOnce is attribute for marks[k], computed once.
func (a *analysis) attributeOnce(k, qa, qb int, kind string) (speakerCue, bool) {
	if a.said.attrs == nil {
		return a.attribute(qa, qb, kind)
	}
	m := &a.said.attrs[k]
	if !m.done {
		m.at, m.found = a.attribute(qa, qb, kind)
		m.done = true
	}
	return m.at, m.found
}

// attributeMarks attributes the stretches the rules or the model keep.
func (a *analysis) attributeMarks(marks []quotes.Span) []attributed {
	out := make([]attributed, 0, len(marks))
	var prevQ quotes.Span
	prevPara := -10
	for k, q := range marks {
		qa := a.tokenAt(q.Start)
		qb := a.tokenAt(q.End)
		cur := attributed{Quote: Quote{Start: q.Start, End: q.End, Text: a.text[q.Start:q.End], Kind: a.quoteKind(q, qa)}, continues: -1}
		at, found := a.attributeOnce(k, qa, qb, cur.Kind)
		para := -1
		if qa < len(a.toks) {
			para = a.paraOf[qa]
		}
		how := "none"
		if found {
			a.attach(&cur, at)
			how = "cue"
		} else if n := len(out); n > 0 && out[n-1].Speaker != nil && !out[n-1].owned && (prevQ.Continued || para == prevPara || para == prevPara+1 && cur.Kind == KindDirect && a.toks[qa].ParaStart) {
			// The same speaker goes on: the next paragraph reopens the
			// quotation, or another quotation follows in the same paragraph.
			cur.continues = n - 1
			cur.Speaker, cur.Cue = out[n-1].Speaker, out[n-1].Cue
			how = "continues"
		} else if at, ok := a.attributeFromParaphrase(qa); ok {
			a.attach(&cur, at)
			how = "paraphrase"
		}
		if !a.isQuotation(k, qa, qb, &cur, how) {
			a.terms = append(a.terms, Span{Start: q.Start, End: q.End, Text: cur.Text})
			continue // a title or a scare quote: "Fox News Sunday"
		}
		out = append(out, cur)
		prevQ, prevPara = q, para
	}
	a.attributeFromLaterInSentence(out)
	return out
}

// attach gives a quotation the speaker and cue the rules found.
func (a *analysis) attach(q *attributed, at speakerCue) {
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

// looksLikeSpeech tells an unattributed quotation that may still be
// somebody's words from the quotation marks news uses for titles ("Fox News
// Sunday"), terms and scare quotes ("super PACs"): those are a few words
// long, and titles are in title case.
func (a *analysis) looksLikeSpeech(q quotes.Span) bool {
	inner := strings.Trim(a.quoted(q), "\"“”«»„ ")
	n, capitals, _ := countWords(inner)
	if n <= 4 {
		return false
	}
	return !(n <= 7 && capitals*10 >= n*8)
}

// isTranscriptLine tells a transcript's `"PENCE: Well, ...` line, which
// names its speaker in capitals: a record, not a quotation in the story.
func (a *analysis) isTranscriptLine(q quotes.Span) bool {
	inner := strings.TrimLeft(a.quoted(q), "\"“„« ")
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
	words := strings.Fields(strings.Trim(a.quoted(q), "\"“”«»„ ,."))
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
		a.hasCue = make([]int8, len(a.sents))
	}
	n := a.sentOf[i]
	if v := a.hasCue[n]; v != 0 {
		return v > 0
	}
	s := a.sents[n]
	found := false
	for k := s.From; k < s.To && !found; k++ {
		found = !a.inQuote[k] && (a.isCue(k) || a.cueStemOf(strings.TrimSuffix(a.lower(k), "s")) != "")
	}
	a.hasCue[n] = -1
	if found {
		a.hasCue[n] = 1
	}
	return found
}

// attribute tries the arrangements news uses, most specific first.
func (a *analysis) attribute(qa, qb int, kind string) (speakerCue, bool) {
	if qa >= len(a.toks) {
		return speakerCue{}, false
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
			return speakerCue{speaker: subj}, true
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
	return speakerCue{}, false
}

// quoted is a quotation's text without its marks when they are single ones
// or an archive's two apostrophes,
// which the rules below read as they read double marks.
func (a *analysis) quoted(q quotes.Span) string {
	s := a.text[q.Start:q.End]
	switch {
	case strings.HasPrefix(s, "''"):
		s = strings.TrimSuffix(s[2:], "''")
	case strings.HasPrefix(s, "'"):
		s = strings.TrimSuffix(s[1:], "'")
	case strings.HasPrefix(s, "‘"):
		s = strings.TrimSuffix(s[len("‘"):], "’")
	}
	return s
}
