package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/text"
)

// span is a token range toks[From:To]; To == From means none.
type span = text.Span

// speakerCue is what the rules find for one quotation.
type speakerCue struct {
	speaker, cue span
	// owned: the speaker owns a speech noun (`Trump's claim that "Q"`);
	// the next quotation in the paragraph is not taken to go on with it.
	owned bool
}

func (a *analysis) lower(i int) string { return a.lowers[i] }

// window bounds how far from a quotation its attribution is looked for, so
// a text of thousands of quotation marks in one "sentence" stays linear.
const window = 60

// headlineCues are the cues a title-case headline uses (each starts with
// an ASCII capital: isCue looks them up only for such words).
var headlineCues = map[string]bool{
	"Says": true, "Said": true, "Say": true, "Tells": true, "Warns": true,
	"Claims": true, "Admits": true, "Insists": true, "Denies": true,
	"Told": true, "Describes": true, "Described": true, "Urges": true,
	"Explains": true, "Calls": true, "Slams": true, "Blasts": true,
}

func (a *analysis) isCue(i int) bool {
	w := a.lower(i)
	if w == "according" {
		return i+1 < len(a.toks) && a.lower(i+1) == "to"
	}
	// "he wanted to know, "How ...?"": asking
	if w == "know" && i >= 2 && a.lower(i-1) == "to" && strings.HasPrefix(a.lower(i-2), "want") {
		return true
	}
	// "Trump shot back", "Sanders pointed out": a verb and its particle
	if a.particleCue(i) {
		return true
	}
	// a headline in title case: "Bellwether County Says Trump Should Win"
	// (the neighbours first: most capitals are names, among words in
	// lower case, and the table's lookup costs more than they)
	if t := a.toks[i].Text; t != "" && 'A' <= t[0] && t[0] <= 'Z' && i > 0 && i+1 < len(a.toks) && text.IsCapitalized(a.toks[i-1].Text) && text.IsCapitalized(a.toks[i+1].Text) && headlineCues[t] {
		return true
	}
	// a word with no cue stem is none (most words: asked first, its
	// answer remembered)
	stem := a.cueStemAt(i)
	if stem == "" {
		return false
	}
	// "Murphy … Tweeted on Friday": the platform's capital, still a verb
	if text.IsCapitalized(a.toks[i].Text) && !a.sentenceStart(i) && !strings.HasPrefix(w, "tweet") || a.inQuote != nil && a.inQuote[i] {
		return false
	}
	if i > 0 && a.on(i-1, onNounMarkers) {
		return false
	}
	// "will continue to be \"a champion\"", "would continue \"to break
	// barriers\"": going on, not speaking; "she continued: \"…\"" speaks
	if stem == "continue" && i+1 < len(a.toks) && (a.lower(i+1) == "to" || quotes.IsMark(a.toks[i+1].Text)) {
		return false
	}
	// "late-night tweets", "his claims": a plural after a plain word is a noun.
	if nounishCues[stem] && strings.HasSuffix(w, "s") && i > 0 {
		p := a.lower(i - 1)
		if !a.on(i-1, onSpeakerPronouns|onSkipBeforeCue) && !text.IsCapitalized(a.toks[i-1].Text) && !strings.HasSuffix(p, "ly") && p != "who" && p != "that" {
			return false
		}
		// "Republican claims": after an adjective of a group, a noun
		// ("Democrats claim" stays a verb)
		if e := a.es.Of[i-1]; e >= 0 && a.es.Entities[e].Type == "NORP" && !strings.HasSuffix(p, "s") {
			return false
		}
	}
	return true
}

// particleVerbs say something with their particle: a retort ("shot back",
// "fired back") or a remark ("pointed out", "weighed in") introduces a
// quotation; a stance ("calls for", "voted against", "referring to") only
// reports one, and is no cue for a quotation: "referring to Clinton as
// 'she'" quotes a word, not a statement.
var particleVerbs = map[[2]string]particleKind{}

type particleKind int

const (
	speechParticle particleKind = iota + 1
	stanceParticle
)

func init() {
	for _, p := range []struct {
		particle, forms string
		kind            particleKind
	}{
		{"back", "shot fired hit pushed snapped", speechParticle},
		{"out", "point points pointed pointing spell spells spelled spelling lay lays laid laying speak speaks spoke speaking", speechParticle},
		{"in", "weigh weighs weighed weighing", speechParticle},
		{"on", "went goes", speechParticle},
		{"to", "refer refers referred referring point points pointed pointing", stanceParticle},
		{"about", "talk talks talked talking speak speaks spoke speaking ask asks asked asking", stanceParticle},
		{"for", "call calls called calling vote votes voted voting", stanceParticle},
		{"against", "vote votes voted voting", stanceParticle},
	} {
		for _, f := range strings.Fields(p.forms) {
			particleVerbs[[2]string{f, p.particle}] = p.kind
		}
		if !slices.Contains(particles, p.particle) {
			particles = append(particles, p.particle)
			particleLens[p.particle[0]] |= 1 << len(p.particle)
		}
	}
}

// particles are the second words of particleVerbs: most words are none,
// and comparing a few short strings is cheaper than hashing two for the
// map (particleOf asks of every word the rules pass).
var particles []string

// particleLens tell, by a word's first byte, the lengths of the particles
// that start with it (bit n: n bytes): most words are no particle, told
// without comparing them to each.
var particleLens [256]uint32

// particleCue reports whether the word at i and the next make a cue.
func (a *analysis) particleCue(i int) bool { return a.particleKind(i) == speechParticle }

// particleOf tells what the word at i and the next make, 0 for nothing
// (particleKind remembers it).
func (a *analysis) particleOf(i int) particleKind {
	if i+1 >= len(a.toks) || a.lower(i+1) == "on" && i+2 < len(a.toks) && a.lower(i+2) == "to" { // "went on to win"
		return 0
	}
	if next := a.lower(i + 1); next == "" || len(next) >= 32 || particleLens[next[0]]&(1<<len(next)) == 0 || !slices.Contains(particles, next) {
		return 0
	}
	return particleVerbs[[2]string{a.lower(i), a.lower(i + 1)}]
}

// nounishCues are cue stems whose plural is often a noun.
var nounishCues = map[string]bool{
	"tweet": true, "post": true, "report": true, "call": true, "claim": true,
	"comment": true, "remark": true, "note": true, "answer": true, "quote": true,
	"charge": true, "attack": true, "demand": true, "promise": true, "text": true,
	"email": true, "reply": true, "question": true, "estimate": true, "vow": true,
	"pledge": true, "praise": true, "protest": true, "state": true, "rule": true,
}

func (a *analysis) sentenceStart(i int) bool { return a.sents[a.sentOf[i]].From == i }

// isParticiple tells "saying" (whose speaker is the main clause's subject).
func (a *analysis) isParticiple(i int) bool { return strings.HasSuffix(a.lower(i), "ing") }

func (a *analysis) cueSpan(i int) span {
	if a.lower(i) == "according" && i+1 < len(a.toks) && a.lower(i+1) == "to" {
		return span{From: i, To: i + 2}
	}
	if a.lower(i) == "know" && i >= 2 && a.lower(i-1) == "to" && strings.HasPrefix(a.lower(i-2), "want") { // "wanted to know"
		return span{From: i - 2, To: i + 1}
	}
	if a.particleKind(i) != 0 { // "shot back", "pointed out", "calls for"
		return span{From: i, To: i + 2}
	}
	// "falsely claimed": the writer's verdict is part of the framing.
	if i > 0 && judgingAdverbs[a.lower(i-1)] {
		return span{From: i - 1, To: i + 1}
	}
	return span{From: i, To: i + 1}
}

// npToken reports whether token i can stand inside a speaker phrase.
func (a *analysis) npToken(i int) bool {
	t := a.toks[i].Text
	w := a.lower(i)
	switch {
	case a.es.Of[i] >= 0 && a.es.Entities[a.es.Of[i]].Type != "DATE" && !a.isCue(i):
		return true
	case w == "'s" || w == "’s":
		return true
	case quotes.IsMark(t):
		return quotes.NicknameMark(a.td, i)
	case text.IsTerminal(t):
		return false
	case text.IsCapitalized(t) && (a.cueStemAt(i) == "" || i > 0 && text.IsCapitalized(a.toks[i-1].Text)):
		return true
	}
	return a.on(i, onTitleWords|onSourceNouns|onDeterminers)
}

// contentWord is a lower-case word that can stand inside a noun phrase
// ("The New York businessman", "the ad's narrator").
func (a *analysis) contentWord(i int) bool {
	w := a.lower(i)
	if a.on(i, onNPStop|onSkipBeforeCue) || strings.HasSuffix(w, "ly") || a.isCue(i) || !text.HasWordRune(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// forwardNP reads a speaker phrase starting at i ("said Kremlin spokesman
// Dmitry Peskov", "according to officials familiar with the talks").
func (a *analysis) forwardNP(i, limit int) span {
	if i >= limit {
		return span{}
	}
	if ok := a.on(i, onSpeakerPronouns); ok {
		return span{From: i, To: i + 1}
	}
	limit = min(limit, i+window)
	k := i
	afterDet := a.on(i, onDeterminers)
	// "panel Chairman Rep. Jason Chaffetz", "conservative talk radio host
	// Rush Limbaugh": plain words before a title or a name
	if !a.npToken(i) && (a.contentWord(i) || startsWithDigit(a.toks[i].Text)) {
		for j := i + 1; j < limit && j <= i+3; j++ {
			if a.on(j, onTitleWords) || text.IsCapitalized(a.toks[j].Text) && a.npToken(j) {
				k = j
				break
			}
			if a.personHead(span{From: j, To: j + 1}) && j+1 < limit && text.IsCapitalized(a.toks[j+1].Text) {
				k = j + 1 // "historian" before "Tom Becker"
				break
			}
			if !a.contentWord(j) {
				break
			}
		}
	}
	for k < limit && !(k > i && a.toks[k].ParaStart) {
		if a.npToken(k) || afterDet && k < i+6 && (a.contentWord(k) || startsWithDigit(a.toks[k].Text)) {
			k++
			continue
		}
		// "Texas delegate Bill Eastland": a role between a place and a name
		if k > i && (a.personHead(span{From: k, To: k + 1}) || a.on(k, onTitleWords)) && k+1 < limit && text.IsCapitalized(a.toks[k+1].Text) && a.npToken(k+1) {
			k++
			continue
		}
		// "Institute for the Study of War", "the head of the agency"
		w := a.lower(k)
		if (w == "of" || w == "for" || w == "and") && k > i && k+1 < limit && a.npToken(k+1) {
			k++
			continue
		}
		// "a narrator in the Clinton ad", "a spokeswoman at the ministry"
		if afterDet && (w == "in" || w == "at" || w == "from") && k > i+1 && k+2 < limit && a.on(k+1, onDeterminers) {
			k += 2
			continue
		}
		break
	}
	return a.extendSourceForward(a.trimNP(span{From: i, To: k}), limit)
}

// trimNP drops determiners and possessives that end a phrase, and checks
// that something in it names somebody.
func (a *analysis) trimNP(s span) span {
	// "said that Clinton ...": "that" opens a clause, not a phrase.
	for s.From < s.To && (a.lower(s.From) == "that" || a.lower(s.From) == "which" || a.lower(s.From) == "this") {
		s.From++
	}
	// "When Tom Becker said": a capitalised opener is not part of the name
	for s.From < s.To && a.on(s.From, onOpeners) && a.es.Of[s.From] < 0 {
		s.From++
	}
	// "said Friday that Curiel ...": "that" opens a clause inside
	for k := s.From + 1; k < s.To; k++ {
		if a.lower(k) == "that" {
			s.To = k
			break
		}
	}
	if s.To-s.From > 12 {
		return span{}
	}
	for s.To > s.From {
		w := a.lower(s.To - 1)
		if a.on(s.To-1, onDeterminers) || w == "of" || w == "and" || w == "for" {
			s.To--
			continue
		}
		break
	}
	if a.personHead(s) {
		return s // "the ad's narrator", "one questioner"
	}
	// "a narrator in the Clinton ad": the head comes before the place
	for k := s.From + 1; k < s.To; k++ {
		if w := a.lower(k); w == "in" || w == "at" || w == "from" {
			if a.personHead(span{From: s.From, To: k}) {
				return s
			}
			break
		}
	}
	for k := s.From; k < s.To; k++ {
		w := a.lower(k)
		if text.IsCapitalized(a.toks[k].Text) || a.on(k, onSourceNouns|onTitleWords) || a.es.Of[k] >= 0 || isAge(w) && k == s.To-1 {
			return s
		}
		if a.on(k, onSpeakerPronouns) {
			return s
		}
	}
	return span{}
}

// backwardNP reads the subject phrase that ends at token k, not before lo
// ("Kremlin spokesman Dmitry Peskov" in "... Dmitry Peskov told").
func (a *analysis) backwardNP(k, lo int) span {
	for k >= lo && a.on(k, onSkipBeforeCue) {
		k--
	}
	// "Scholz on Wednesday said": step over a time adjunct.
	if k-1 >= lo && a.es.Of[k] >= 0 && a.es.Entities[a.es.Of[k]].Type == "DATE" {
		e := a.es.Entities[a.es.Of[k]]
		j := k
		for j >= lo && a.es.Of[j] >= 0 && a.es.Entities[a.es.Of[j]].Start == e.Start {
			j--
		}
		if j >= lo && (a.lower(j) == "on" || a.lower(j) == "in") {
			k = j - 1
		}
	}
	// "Gov. Pat McCrory (R) said": step over the party in brackets.
	k = a.skipBrackets(k, lo)
	// "Macron, who visited Kyiv, said": the speaker stands before the clause;
	// dashes do the same ("Gingrich — mentioned by Newsmax … — told").
	nameTo := -1 // "Another councillor, Tom Becker, said": the name closes it
	// "host of MSNBC's “Morning Joe,” said": the apposition's comma sits
	// inside the title's marks
	titleComma := k-1 >= lo && quotes.IsMark(a.toks[k].Text) && a.toks[k-1].Text == "," && a.titleOpening(k, lo) >= 0
	if k >= lo && (a.toks[k].Text == "," || text.IsDash(a.toks[k].Text) || titleComma) {
		dash := text.IsDash(a.toks[k].Text)
		from := k - 1
		if titleComma {
			from = a.titleOpening(k, lo) - 1
		}
		for j := from; j >= lo && j > k-25; j-- {
			if a.toks[j].Text == "," && !dash || dash && text.IsDash(a.toks[j].Text) {
				if a.isName(j+1, k) {
					nameTo = k
				}
				k = j - 1
				break
			}
			if quotes.IsMark(a.toks[j].Text) {
				// "Joe Scarborough, host of MSNBC's “Morning Joe,” said": a
				// title inside the apposition
				if open := a.titleOpening(j, lo); open >= 0 {
					j = open
					continue
				}
				break
			}
		}
	}
	if k < lo {
		return span{}
	}
	if nameTo < 0 { // "Roy Cooper (D), the state's attorney general, said"
		if k = a.skipBrackets(k, lo); k < lo {
			return span{} // only a bracket before the cue
		}
	}
	if ok := a.on(k, onSpeakerPronouns); ok {
		return span{From: k, To: k + 1}
	}
	// "Several said …", "Others said": a quantity standing for people
	if a.on(k, onQuantityPronouns) && (k == lo || a.toks[k-1].Text == ",") {
		return span{From: k, To: k + 1}
	}
	// "Franklin Graham, who has vowed ...": the relative pronoun speaks for
	// the phrase before it, which the mention takes in.
	if w := a.lower(k); (w == "who" || w == "which") && k-2 >= lo && a.toks[k-1].Text == "," {
		if ante := a.backwardNP(k-2, lo); !ante.Empty() && ante.To == k-1 && ante.To-ante.From <= 8 && a.namesSomeone(ante) && (w == "who" || a.namesBody(ante)) && !a.hasClause(ante) {
			return span{From: ante.From, To: k + 1}
		}
		return span{}
	}
	// "voters who said …", "those who say …": a restrictive relative; the
	// phrase it restricts speaks, unless it is spoken to ("told a young
	// woman who suggested … that \"Q\"")
	if a.lower(k) == "who" && k-1 >= lo {
		ante := a.backwardNP(k-1, lo)
		if ante.Empty() || ante.To != k || ante.To-ante.From > 8 {
			return span{From: k, To: k + 1}
		}
		if ante.From-1 >= lo && a.isCue(ante.From-1) {
			return span{}
		}
		return span{From: ante.From, To: k + 1}
	}
	if sp, ok := a.countedSource(k, lo); ok {
		return sp
	}
	j := k
	for j >= lo {
		// "The New York businessman says": plain nouns count when a
		// determiner or a name opens the phrase.
		if !a.npToken(j) && a.contentWord(j) {
			if d := a.phraseOpener(j, lo); d >= 0 {
				j = d - 1
				break
			}
		}
		if a.npToken(j) {
			if a.on(j, onDeterminers) {
				j--
				break
			}
			j--
			continue
		}
		w := a.lower(j)
		if (w == "of" || w == "for" || w == "and") && j-1 >= lo && j < k && a.npToken(j-1) {
			j--
			continue
		}
		break
	}
	if ext := a.extendSourceBackward(j+1, k, lo); !ext.Empty() {
		return ext
	}
	np := a.trimNP(span{From: j + 1, To: k + 1})
	if nameTo >= 0 && !np.Empty() && np.To == k+1 {
		np.To = nameTo
	}
	return np
}

// timeConjunctions open a clause that says when the words were said.
var timeConjunctions = map[string]bool{"as": true, "while": true, "when": true, "before": true, "after": true}

// titleClosing finds the closing mark of a short quoted title that opens at
// i ("“Ted Cruz”"), titleOpening the opening mark of one that closes at j
// ("“Morning Joe,”"). Either returns -1 where no such title stands.
func (a *analysis) titleClosing(i int) int { return a.titleMark(i, 1, len(a.toks)-1) }

func (a *analysis) titleOpening(j, lo int) int { return a.titleMark(j, -1, lo) }

// titleMark walks from the mark at m by step, no further than bound, to
// the other mark of a short title whose every word is capitalised.
func (a *analysis) titleMark(m, step, bound int) int {
	for k := m + step; k*step <= bound*step && k != m+8*step; k += step {
		t := a.toks[k].Text
		switch {
		case quotes.IsMark(t):
			if k == m+step {
				return -1 // empty marks
			}
			return k
		case text.HasWordRune(t) && !text.IsCapitalized(t), text.IsTerminal(t):
			return -1
		}
	}
	return -1
}

// skipBrackets steps back over a bracket closing at k: "(R)", "(D-Mo.)".
func (a *analysis) skipBrackets(k, lo int) int {
	if k > lo && a.toks[k].Text == ")" {
		j := k - 1
		for j > lo && j > k-8 && a.toks[j].Text != "(" {
			j--
		}
		if a.toks[j].Text == "(" {
			return j - 1
		}
	}
	return k
}

// isName reports whether toks[from:to] is one person's name and nothing else.
func (a *analysis) isName(from, to int) bool {
	e := a.es.Of[from]
	return from < to && e >= 0 && a.es.Entities[e].Type == "PERSON" && a.es.Of[to-1] == e
}

// quoteClosesClause reports whether a quotation ends its clause (`"Q,"`,
// `"Q."`, `"Q",`): only then can the words after it attribute it. A
// fragment inside a sentence ("called it "a disgrace" and left") cannot.
func (a *analysis) quoteClosesClause(qb int) bool {
	if qb < 1 {
		return false
	}
	if qb >= len(a.toks) || a.toks[qb].ParaStart {
		return true
	}
	last := qb - 2
	if last >= 0 && (a.toks[last].Text == "’" || a.toks[last].Text == "'") {
		last-- // a nested quotation closes first: ,’”
	}
	if last >= 0 && strings.ContainsAny(a.toks[last].Text, ",.!?…—–-") && len(a.toks[last].Text) <= 3 {
		return true
	}
	return text.IsDash(a.toks[qb].Text) || strings.Contains(",.!?", a.toks[qb].Text)
}

// phraseOpener looks back from the plain noun at j, over at most five
// words, for the determiner or capitalized word that opens its phrase.
func (a *analysis) phraseOpener(j, lo int) int {
	for d := j; d >= lo && d > j-6; d-- {
		switch {
		case a.on(d, onDeterminers) || a.npToken(d) && text.IsCapitalized(a.toks[d].Text):
			if d == lo || !a.npToken(d-1) && !a.contentWord(d-1) || a.on(d, onDeterminers) {
				return d
			}
		case a.npToken(d) || a.contentWord(d) || isAge(a.toks[d].Text) && d < j:
			// "the 34-year-old mother"
		default:
			return -1
		}
	}
	return -1
}

// attributeAfter handles a speaker after the quotation: `"Q," X said`,
// `"Q," said X`, `"Q," according to X`, `"Q," X, the party's leader, said`,
// `"Q," a senior official who asked not to be named said`.
func (a *analysis) attributeAfter(qb int) (speakerCue, bool) {
	n := len(a.toks)
	if !a.quoteClosesClause(qb) {
		return speakerCue{}, false
	}
	j := qb
	dashed := false
	for j < n && !a.toks[j].ParaStart && (a.toks[j].Text == "," || text.IsDash(a.toks[j].Text)) {
		dashed = dashed || text.IsDash(a.toks[j].Text)
		j++
	}
	if j >= n || a.toks[j].ParaStart {
		return speakerCue{}, false
	}
	limit := j
	for limit < n && limit < j+25 && !(limit > j && a.toks[limit].ParaStart) && !text.IsTerminal(a.toks[limit].Text) {
		if quotes.IsMark(a.toks[limit].Text) && !quotes.NicknameMark(a.td, limit) {
			// `Bill Eastland, wearing "Ted Cruz" campaign pins, said`: a
			// title inside the speaker's description
			end := a.titleClosing(limit)
			if end < 0 || limit == j {
				break
			}
			limit = end
		}
		limit++
	}
	// `"We are ready." Gov. Pat McCrory said it would be ...` is a new
	// sentence about something else: a quotation that ends its sentence is
	// attributed after it only when the attribution ends there too.
	endsSentence := qb >= 2 && text.IsTerminal(a.toks[qb-2].Text)
	closes := func(k int) bool {
		return !endsSentence || k >= n || a.toks[k].ParaStart || text.IsTerminal(a.toks[k].Text) || a.toks[k].Text == "," || quotes.IsMark(a.toks[k].Text) ||
			// `"Q!" Marcia Price shouted to the crowd.`: an adjunct, not a
			// clause of its own (`said to reporters that …` is one)
			(adjunctOpeners[a.lower(k)] || strings.HasSuffix(a.lower(k), "ly")) && a.shortAdjunct(k, limit) ||
			// `"Q!" Sessions said as he launched the roll call`: a clause of time
			timeConjunctions[a.lower(k)]
	}
	// `"Q," as a Homeland Security memo put it`
	if a.lower(j) == "as" {
		if sp := a.forwardNP(j+1, limit); !sp.Empty() && sp.To+1 < limit && a.lower(sp.To) == "put" && a.lower(sp.To+1) == "it" {
			return speakerCue{speaker: sp, cue: span{From: sp.To, To: sp.To + 2}}, true
		}
	}
	if a.isCue(j) {
		cue := a.cueSpan(j)
		sp := a.forwardNP(cue.To, limit)
		if sp.Empty() || !closes(sp.To) {
			return speakerCue{}, false
		}
		return speakerCue{speaker: sp, cue: cue}, true
	}
	sp := a.forwardNP(j, limit)
	if sp.Empty() {
		return speakerCue{}, false
	}
	if k := a.cueAfterSubject(sp.To, limit); k >= 0 && closes(a.cueSpan(k).To) && !(endsSentence && a.isParticiple(k)) {
		return speakerCue{speaker: a.withNamedApposition(sp, k), cue: a.cueSpan(k)}, true
	}
	// `"Q." ― Carla Sanchez`: a signature after a dash, no verb.
	if dashed && (sp.To >= n || a.toks[sp.To].ParaStart || text.IsTerminal(a.toks[sp.To].Text) || quotes.IsMark(a.toks[sp.To].Text)) {
		return speakerCue{speaker: sp}, true
	}
	return speakerCue{}, false
}

// adjunctOpeners start a phrase that can follow a cue verb ending an
// attribution ("shouted to the crowd", "said at a rally").
var adjunctOpeners = map[string]bool{
	"to": true, "at": true, "during": true, "from": true, "outside": true,
	"before": true, "after": true, "afterward": true, "afterwards": true,
	"later": true, "then": true, "again": true, "loudly": true,
	"on": true, "in": true, "via": true, "online": true, "yesterday": true, "today": true,
	"out": true, "up": true, "back": true, "as": true, "while": true,
	// an object: "he urged them, as ...", "she told reporters."
	"him": true, "her": true, "them": true, "us": true, "me": true,
	"reporters": true, "supporters": true, "listeners": true, "viewers": true,
}

// withNamedApposition takes into a speaker phrase the name an apposition
// gives it: `Scott's niece, state Del. Marcia Price (D), shouted` is
// Marcia Price speaking, not Scott. cue is where the verb stands.
func (a *analysis) withNamedApposition(sp span, cue int) span {
	if sp.To >= cue || a.toks[sp.To].Text != "," {
		return sp
	}
	for i := sp.From; i < sp.To; i++ {
		if e := a.es.Of[i]; e >= 0 && a.es.Entities[e].Type == "PERSON" && (i+1 == sp.To || a.es.Of[i+1] != e && a.lower(i+1) != "'s" && a.lower(i+1) != "’s") {
			return sp // the phrase names its person already ("Texas delegate Bill Eastland")
		}
	}
	for i := sp.To + 1; i < cue && i < sp.To+10; i++ {
		if a.toks[i].Text == "," || quotes.IsMark(a.toks[i].Text) {
			break
		}
		if e := a.es.Of[i]; e >= 0 && a.es.Entities[e].Type == "PERSON" {
			end := i
			for end < cue && a.es.Of[end] == e {
				end++
			}
			return span{From: sp.From, To: end}
		}
	}
	return sp
}

// shortAdjunct reports whether the words from k to the end of the
// sentence are a short phrase with no clause of their own.
func (a *analysis) shortAdjunct(k, limit int) bool {
	for i := k; i < limit; i++ {
		if a.toks[i].Text == "," {
			return true // "he urged them, as he explained …": after the comma, another clause
		}
		if i-k > 8 || a.lower(i) == "that" || a.isCue(i) {
			return false
		}
		if ok := a.on(i, onSpeakerPronouns); ok {
			return false
		}
	}
	return true
}

// cueAfterSubject finds the cue verb that follows a subject ending at k,
// stepping over what may stand between them: adverbs and auxiliaries
// ("also", "has"), a time ("on Monday"), an apposition between commas, a
// relative clause ("who asked not to be named").
func (a *analysis) cueAfterSubject(k, limit int) int {
	appositions := 0
	for k < limit {
		w := a.lower(k)
		switch {
		case a.isCue(k) && w != "according":
			return k
		case a.on(k, onSkipBeforeCue):
			k++
		case (w == "on" || w == "in" || w == "late" || w == "early") && k+1 < limit && a.es.Of[k+1] >= 0 && a.es.Entities[a.es.Of[k+1]].Type == "DATE":
			k += 2
		case a.es.Of[k] >= 0 && a.es.Entities[a.es.Of[k]].Type == "DATE":
			k++
		case w == "," || w == "(":
			// apposition: "X, the party's leader, said"
			close := ","
			if w == "(" {
				close = ")"
			}
			e := k + 1
			for e < limit && a.toks[e].Text != close {
				e++
			}
			if e >= limit {
				return -1
			}
			k = e + 1
			appositions++
		case w == "who" || w == "which":
			// relative clause: the main verb is the last cue before the end
			last := -1
			for e := k + 1; e < limit; e++ {
				if a.isCue(e) {
					last = e
				}
			}
			return last
		case appositions > 0 && appositions < 3:
			// "X, the attorney general, one of the states suing, said"
			e := k
			for e < limit && a.toks[e].Text != "," {
				e++
			}
			if e >= limit {
				return -1
			}
			k = e + 1 // past the comma that closes this apposition
			appositions++
		default:
			return -1
		}
	}
	return -1
}

// attributeBefore handles a cue before the quotation in the same sentence:
// `X said: "Q"`, `X said he was "Q"`, `According to X, "Q"`.
func (a *analysis) attributeBefore(qa, lo int) (speakerCue, bool) {
	lo = max(lo, qa-window)
	for c := qa - 1; c >= lo; c-- {
		// An earlier quotation in the sentence is stepped over: `he said he
		// was "ready", and that he wanted to "make things right"`.
		if !a.isCue(c) {
			continue
		}
		cue := a.cueSpan(c)
		var sp span
		switch {
		case a.lower(c) == "according":
			sp = a.forwardNP(c+2, qa)
		case a.isParticiple(c):
			// "footage of Trump saying ...", "Sanders said, suggesting ...",
			// else the clause's subject
			if c-1 >= lo && (a.es.Of[c-1] >= 0 && a.es.Entities[a.es.Of[c-1]].Type == "PERSON" || a.peopleNoun(c-1)) {
				// "protesters chanting", "marchers and spectators chanting"
				if sp = a.backwardNP(c-1, lo); sp.Empty() {
					sp = span{From: c - 1, To: c}
				}
			} else if k := a.earlierCue(c, lo); k >= 0 {
				sp = a.backwardNP(k-1, lo)
			} else if c-3 >= lo && a.lower(c-1) == "by" && text.StartsLower(a.toks[c-2].Text) {
				// "he began by saying": the subject of the verb before "by"
				if sp = a.backwardNP(c-3, lo); sp.Empty() || !a.namesSomeone(sp) {
					sp = a.subject(lo, c)
				}
			} else if c == lo || c == lo+1 && a.on(lo, onOpeners) {
				// "After saying her foot was "swollen," she was ...": the
				// subject of the clause after the phrase
				sp = a.subjectAfterQuote(qa)
			} else {
				sp = a.subject(lo, c)
			}
		case c-1 >= lo && (a.lower(c-1) == "to" || a.lower(c-1) == "and" || a.lower(c-1) == "but"):
			// "took to Twitter to accuse X", "I laughed and said": the subject
			// "took to Twitter to accuse X of ...": the subject accuses
			sp = a.subject(lo, c)
			// "…, I laughed and said": the subject of the verb just before
			if a.lower(c-1) == "and" && c-3 >= lo && text.StartsLower(a.toks[c-2].Text) {
				if near := a.backwardNP(c-3, lo); !near.Empty() && near.To == c-2 {
					sp = near
				}
			}
		default:
			sp = a.backwardNP(c-1, lo)
			if sp.Empty() && (c == lo || a.toks[c-1].Text == "," || quotes.IsMark(a.toks[c-1].Text)) {
				// "said Peskov: ..." — an inverted cue before the quotation.
				sp = a.forwardNP(c+1, qa)
			}
			if sp.Empty() || !a.namesSomeone(sp) {
				// "Protesters marching through the streets chanted ...":
				// the words before the verb describe the subject.
				sp = a.describedSubject(lo, c)
			}
		}
		if sp.Empty() || !a.namesSomeone(sp) {
			continue // "the recent spate of shootings demands ...": look further back
		}
		if outer, ok := a.outerSpeaker(sp, c, lo); ok {
			return outer, true
		}
		return speakerCue{speaker: sp, cue: cue}, true
	}
	return speakerCue{}, false
}

// attributeFromSentenceBefore handles a quotation that opens a sentence
// after one that ends with its attribution: `..., Schiff said. "The other
// factor is ..."`.
func (a *analysis) attributeFromSentenceBefore(qa int) (speakerCue, bool) {
	n := a.sentOf[qa]
	if n == 0 || a.sents[n].From != qa || a.toks[qa].ParaStart {
		return speakerCue{}, false
	}
	prev := a.sents[n-1]
	end := prev.To - 1
	for end > prev.From && (text.IsTerminal(a.toks[end].Text) || quotes.IsMark(a.toks[end].Text)) {
		end--
	}
	if end <= prev.From || !a.isCue(end) || a.isParticiple(end) {
		return speakerCue{}, false
	}
	sp := a.backwardNP(end-1, prev.From)
	// only `..., X said.`: not `..., where X also spoke.`
	if sp.Empty() || !a.namesSomeone(sp) || sp.From == prev.From || a.toks[sp.From-1].Text != "," {
		return speakerCue{}, false
	}
	return speakerCue{speaker: sp, cue: a.cueSpan(end)}, true
}

// earlierCue finds a cue before c in the same clause run, outside quotations.
func (a *analysis) earlierCue(c, lo int) int {
	for k := c - 1; k >= lo && k > c-12; k-- {
		if !a.inQuote[k] && a.isCue(k) && !a.isParticiple(k) && a.lower(k) != "according" {
			return k
		}
	}
	return -1
}

// outerSpeaker prefers, over a pronoun in a clause ("what she calls"), the
// named subject of an earlier cue in the same sentence: `Clinton says she
// appreciated ... what she calls a "war of words"`.
func (a *analysis) outerSpeaker(sp span, c, lo int) (speakerCue, bool) {
	g, pronoun := speakerPronouns[a.lower(sp.From)]
	if !pronoun || sp.To-sp.From != 1 {
		return speakerCue{}, false
	}
	// "Ban Ki-moon condemned what he called a "brazen breach"": the
	// sentence's named subject.
	if sp.From > lo {
		switch a.lower(sp.From - 1) {
		case "what", "which", "whom":
			subj := a.subject(lo, sp.From)
			samePronoun := subj.To-subj.From == 1 && speakerPronouns[a.lower(subj.From)] == g && subj.From != sp.From
			if !subj.Empty() && (a.namesPerson(subj) || samePronoun) {
				return speakerCue{speaker: subj, cue: a.cueSpan(c)}, true
			}
		}
	}
	for k := sp.From - 1; k >= lo; k-- {
		if !a.isCue(k) || a.lower(k) == "according" || a.isParticiple(k) {
			continue
		}
		outer := a.backwardNP(k-1, lo)
		if outer.Empty() {
			continue
		}
		if og, isPronoun := speakerPronouns[a.lower(outer.From)]; isPronoun {
			// "She said she recalls the colleague being "confused"": the
			// same person twice; the main clause's mention is the source.
			if og == g && outer.To-outer.From == 1 && (g == "m" || g == "f") {
				return speakerCue{speaker: outer, cue: a.cueSpan(k)}, true
			}
			continue
		}
		for i := outer.From; i < outer.To; i++ {
			if e := a.es.Of[i]; e >= 0 && a.es.Entities[e].Type == "PERSON" && (g == "m" || g == "f") ||
				e >= 0 && a.es.Entities[e].Type == "ORG" && (g == "" || g == "it") {
				return speakerCue{speaker: outer, cue: a.cueSpan(k)}, true
			}
		}
	}
	return speakerCue{}, false
}

// namesPerson reports whether a phrase holds a person's name.
func (a *analysis) namesPerson(s span) bool {
	for i := s.From; i < s.To; i++ {
		if e := a.es.Of[i]; e >= 0 && a.es.Entities[e].Type == "PERSON" {
			return true
		}
	}
	return false
}

// peopleNoun reports whether token i is a plural noun for people
// ("protesters", "spectators", "officials").
func (a *analysis) peopleNoun(i int) bool {
	w := a.lower(i)
	return strings.HasSuffix(w, "s") && (a.on(i, onSourceNouns) || a.personHead(span{From: i, To: i + 1}))
}

// namesBody reports whether a phrase names an organisation ("the police
// department, which said"), not a place ("Florida, which").
func (a *analysis) namesBody(s span) bool {
	for i := s.From; i < s.To; i++ {
		if e := a.es.Of[i]; e >= 0 && a.es.Entities[e].Type == "ORG" || a.on(i, onSourceNouns) {
			return true
		}
	}
	return false
}

// personSuffixes end nouns for people and bodies: narrator, questioner,
// analyst, historian, spokesman, commission.
var personSuffixes = []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ess", "ion", "ers", "ors", "ists", "ians", "ants", "ents", "ions"}

// personHead reports whether a phrase ends in a noun for a person or body.
func (a *analysis) personHead(s span) bool {
	if s.Empty() {
		return false
	}
	w := a.lower(s.To - 1)
	if len(w) < 5 || !a.contentWord(s.To-1) {
		return false
	}
	for _, suf := range personSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// namesSomeone reports whether a phrase can be a source: a name, a pronoun,
// a title or a word like "officials".
func (a *analysis) namesSomeone(s span) bool {
	if e := a.es.Of[s.From]; e >= 0 && a.es.Entities[e].Type == "DATE" && a.es.Of[s.To-1] == e {
		return false // "called Friday for ...": a day, not a speaker
	}
	for i := s.From; i < s.To; i++ {
		w := a.lower(i)
		if e := a.es.Of[i]; e >= 0 && a.es.Entities[e].Type != "DATE" {
			return true
		}
		if a.on(i, onSpeakerPronouns|onTitleWords|onSourceNouns) || a.on(i, onQuantityPronouns) && s.To-s.From == 1 {
			return true
		}
		if isAge(w) && i == s.To-1 {
			return true // "said the 46-year-old"
		}
		if (w == "percent" || strings.HasSuffix(w, "%")) && i == s.To-1 {
			return true // "63 percent said": the share of people polled
		}
		if text.IsCapitalized(a.toks[i].Text) && i > s.From {
			return true
		}
	}
	first := a.lower(s.From)
	return a.personHead(s) || text.IsCapitalized(a.toks[s.From].Text) && !a.on(s.From, onDeterminers|onOpeners) && !capitalAdverbs[first] && !strings.HasSuffix(first, "ly")
}

// capitalAdverbs open sentences with a capital and name nobody: "Maybe the
// window into his soul is what he said", "Even …", "Each election cycle".
var capitalAdverbs = map[string]bool{
	"maybe": true, "perhaps": true, "even": true, "each": true, "every": true,
	"indeed": true, "not": true, "only": true, "just": true, "instead": true,
}

// attributeLater handles a cue at the end of the sentence, after the
// quotation: `A cashier who "steals" is held accountable, Warren said.`
func (a *analysis) attributeLater(qb, hi int) (speakerCue, bool) {
	hi = min(hi, qb+window)
	for c := qb; c < hi; c++ {
		if quotes.IsMark(a.toks[c].Text) {
			return speakerCue{}, false
		}
		if a.lower(c) == "according" && a.isCue(c) && c > qb && a.toks[c-1].Text == "," {
			// `... "Bobby!" at a labor conference, according to X.`
			if sp := a.forwardNP(c+2, hi); !sp.Empty() {
				return speakerCue{speaker: sp, cue: a.cueSpan(c)}, true
			}
		}
		if !a.isCue(c) || a.lower(c) == "according" || a.isParticiple(c) {
			continue
		}
		// `..., said the bureau's director, James B. Comey, on Monday.`
		if c > qb && a.toks[c-1].Text == "," && c+1 < hi && !text.IsTerminal(a.toks[c+1].Text) && a.toks[c+1].Text != "," {
			if sp := a.forwardNP(c+1, hi); !sp.Empty() && a.namesSomeone(sp) && a.endsClause(sp.To, hi) {
				return speakerCue{speaker: a.withNamedApposition(sp, hi), cue: a.cueSpan(c)}, true
			}
		}
		if c+1 < hi && a.toks[c+1].Text != "," && !text.IsTerminal(a.toks[c+1].Text) {
			continue
		}
		sp := a.backwardNP(c-1, qb)
		if sp.Empty() || sp.From == qb || a.toks[sp.From-1].Text != "," {
			continue
		}
		return speakerCue{speaker: sp, cue: a.cueSpan(c)}, true
	}
	return speakerCue{}, false
}

// endsClause reports whether the words from k close the sentence with no
// clause of their own: the end, a comma, an apposition or a short adjunct.
func (a *analysis) endsClause(k, hi int) bool {
	return k >= hi || text.IsTerminal(a.toks[k].Text) || a.toks[k].Text == "," || adjunctOpeners[a.lower(k)] && a.shortAdjunct(k, hi)
}

// attributeToSubject gives a quoted fragment with no cue to the subject of
// its sentence, when that names someone: `Trump openly admires Putin as a
// "strong leader"`.
func (a *analysis) attributeToSubject(qa int) (speakerCue, bool) {
	sp := a.subject(a.sents[a.sentOf[qa]].From, qa)
	if sp.Empty() || sp.To >= qa || a.hasClause(sp) {
		return speakerCue{}, false
	}
	for i := sp.From; i < sp.To; i++ {
		if e := a.es.Of[i]; e >= 0 && (a.es.Entities[e].Type == "PERSON" || a.es.Entities[e].Type == "ORG") || a.on(i, onTitleWords|onSourceNouns) {
			return speakerCue{speaker: sp}, true
		}
	}
	if g, ok := speakerPronouns[a.lower(sp.From)]; ok && sp.To-sp.From == 1 && (g == "m" || g == "f") {
		return speakerCue{speaker: sp}, true
	}
	return speakerCue{}, false
}

// attributeFromParaphrase handles a quotation that opens a sentence with no
// attribution of its own, after a sentence in the same paragraph whose
// subject speaks: `Cummings called him a master at deals. "He showed again
// and again ..."`. News puts the quotation after its paraphrase.
func (a *analysis) attributeFromParaphrase(qa int) (speakerCue, bool) {
	n := a.sentOf[qa]
	if n == 0 || a.sents[n].From != qa || a.toks[qa].ParaStart {
		return speakerCue{}, false
	}
	prev := a.sents[n-1]
	for i := prev.From; i < prev.To; i++ {
		if a.inQuote[i] || quotes.IsMark(a.toks[i].Text) {
			return speakerCue{}, false // its quotation's speaker goes on
		}
	}
	for c := prev.From; c < prev.To && c < prev.From+25; c++ {
		if !a.isCue(c) || a.lower(c) == "according" {
			continue
		}
		if a.isParticiple(c) {
			// "Bolton distanced himself … by saying he would help. "I'm
			// going to support him …""
			if c > prev.From && a.lower(c-1) == "by" {
				if sp := a.subject(prev.From, c); !sp.Empty() && a.namesSomeone(sp) {
					return speakerCue{speaker: sp, cue: a.cueSpan(c)}, true
				}
			}
			continue
		}
		sp := a.backwardNP(c-1, prev.From)
		if subj := a.subject(prev.From, c); sp.Empty() || subj.Empty() || sp.From != subj.From || !a.namesSomeone(sp) {
			sp = a.describedSubject(prev.From, c)
		}
		if sp.Empty() {
			return speakerCue{}, false
		}
		return speakerCue{speaker: sp, cue: a.cueSpan(c)}, true
	}
	return speakerCue{}, false
}
