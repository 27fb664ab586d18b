package attribution

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract/lexicon"
	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/text"
)

// Reported speech: "Macron said European forces could be sent to Ukraine".
// No quotation marks, but a source, a cue and the reported clause, which
// the page shows apart from quotations (kind "reported").

// KindReported is reported speech: an attribution without quotation marks.
const KindReported = "reported"

// objectCues take the person spoken to before the clause ("told reporters
// that ...").
var objectCues = map[string]bool{"tell": true, "inform": true, "assure": true, "warn": true, "remind": true, "brief": true, "advise": true}

// stanceCues attribute beliefs and findings rather than words; they count
// for reported speech only ("polls show", "Trump thinks").
var stanceCues = map[string]bool{
	"show": true, "find": true, "think": true, "believe": true, "want": true,
	"hope": true, "seem": true, "appear": true, "feel": true, "expect": true,
	"propose": true, "endorse": true, "support": true, "decline": true,
	"seek": true, "fear": true, "worry": true, "know": true, "estimate": true,
	"indicate": true, "predict": true, "acknowledge": true, "recommend": true,
	"plan": true, "refuse": true, "oppose": true, "prefer": true, "question": true,
	"consider": true, "view": true, "favor": true, "favour": true, "intend": true,
	"decide": true, "doubt": true, "suspect": true, "assume": true, "learn": true,
	"understand": true, "realize": true, "recognize": true, "accept": true,
}

func stanceStem(w string) string {
	switch w {
	case "thought":
		return "think"
	case "found":
		return "find"
	case "sought":
		return "seek"
	case "felt":
		return "feel"
	case "knew", "known":
		return "know"
	case "shown":
		return "show"
	}
	for _, suf := range []string{"", "s", "es", "ed", "d", "ing"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			stem := w[:len(w)-len(suf)]
			if stanceCues[stem] {
				return stem
			}
			if suf == "ing" && stanceCues[stem+"e"] {
				return stem + "e"
			}
			// "preferred", "preferring": the doubled consonant
			if n := len(stem); (suf == "ed" || suf == "ing") && n > 2 && stem[n-1] == stem[n-2] && stanceCues[stem[:n-1]] {
				return stem[:n-1]
			}
		}
	}
	return ""
}

func (a *analysis) isReportCue(i int) bool {
	return a.reportCue(i, a.isCue(i), stanceStem(a.lower(i)))
}

// reportCue is isReportCue given isCue(i) and the stanceStem of its word
// (lexiconOf has them already: asking again was a tenth of its time).
func (a *analysis) reportCue(i int, cue bool, stance string) bool {
	// "271 pledged delegates": a modifier, not a pledge
	if next := a.lower(min(i+1, len(a.toks)-1)); a.lower(i) == "pledged" && strings.HasPrefix(next, "delegate") {
		return false
	}
	if cue || a.particleKind(i) == stanceParticle {
		return true
	}
	// no stance stem, no cue: asked first, before the lookup of the word
	// before (most words have none)
	if stance == "" || text.IsCapitalized(a.toks[i].Text) || i > 0 && nounMarkers[a.lower(i-1)] {
		return false
	}
	return true
}

// findReported returns the reported clauses of sentences that are not
// quotations, each with its speaker phrase and cue; cue marks the words the
// cue detector takes for cues, and content (nil: none) finds what a cue
// introduces where the rules find no clause.
func (a *analysis) findReported(quotes []attributed, cue []bool, content contentFinder) []attributed {
	// a cue that attributes a quotation attributes nothing else
	used := map[int]bool{}
	for _, q := range quotes {
		if q.Cue != nil {
			used[a.tokenAt(q.Cue.Start)] = true
		}
	}
	var out []attributed
	for _, s := range a.sents {
		found := len(out)
		if r, ok := a.colonAttribution(s); ok {
			out = append(out, r)
			continue
		}
		if r, ok := a.documentOpening(s); ok {
			out = append(out, r)
		}
		for c := s.From; c < s.To; c++ {
			if a.inQuote[c] || !cue[c] || used[c] { // the lookup last: few words are cues
				continue
			}
			// a cue inside the clause just found is part of what was said
			// ("X said Y claimed Z"), unless a conjunction joins it to the
			// clause's own verb ("thanked the crowd and said …")
			if len(out) > found && a.inClause(out[len(out)-1], c) && !(c > 0 && coordinators[a.lower(c-1)]) {
				// … unless its own statement follows a comma of the clause
				// ("As Vargas spoke about the pier, records showed …"):
				// the clause ends there
				if r, ok := a.reportedAt(c, s); ok {
					last := len(out) - 1
					switch {
					case a.cutAtClauseComma(&out[last], r):
						out = append(out, r)
					case a.innerOutranks(out[last], c, r):
						// "Those numbers offer a window into why several
						// senators oppose the deal": the inner cue, surer
						// than the outer, has its own speaker
						if !a.endClauseBefore(&out[last], r.speaker.From) {
							out = out[:last]
						}
						out = append(out, r)
					}
				}
				continue
			}
			var r attributed
			var ok bool
			if a.lower(c) == "according" {
				r, ok = a.accordingTo(c, s)
			} else {
				r, ok = a.reportedAt(c, s)
			}
			if !ok && content != nil && !a.describesSaying(c, s, len(out) > found) {
				r, ok = a.learnedReport(c, s, content)
			}
			if ok && a.shortUnlisted(c, r) {
				ok = false
			}
			if ok {
				if last := len(out) - 1; last >= found && a.inClause(out[last], c) {
					if !a.cutBeforeCoordinatedCue(&out[last], c) {
						out = out[:last]
					}
				}
				out = append(out, r)
			}
		}
	}
	return withoutOverlaps(outsideSpeakers(out, quotes))
}

// outsideSpeakers drops a statement whose words lie in the phrase naming a
// quotation's speaker: the phrase says who speaks, not what was said
// ("said a council official who asked not to be named" holds no statement).
// The phrases are sorted by their start, each with the furthest end among
// it and those before it: a statement lies in one of them when the
// furthest end of those starting at or before it reaches its end (asking
// every quotation of every statement made a long document quadratic).
func outsideSpeakers(out, quotes []attributed) []attributed {
	type phrase struct{ start, end int }
	var phrases []phrase
	for _, q := range quotes {
		if q.Speaker != nil {
			phrases = append(phrases, phrase{q.Speaker.Start, q.Speaker.End})
		}
	}
	slices.SortFunc(phrases, func(x, y phrase) int { return cmp.Compare(x.start, y.start) })
	for k := 1; k < len(phrases); k++ {
		phrases[k].end = max(phrases[k].end, phrases[k-1].end)
	}
	kept := out[:0]
	for _, r := range out {
		// the phrases starting at or before the statement
		n := sort.Search(len(phrases), func(k int) bool { return phrases[k].start > r.Start })
		if n > 0 && phrases[n-1].end >= r.End {
			continue
		}
		kept = append(kept, r)
	}
	return kept
}

// withoutOverlaps keeps the statements in reading order and drops one that
// overlaps a statement kept before it: two cues can claim the same words in
// a broken sentence, and the page draws each word in one statement only.
func withoutOverlaps(out []attributed) []attributed {
	// slices', not sort's: no reflection to swap the large statements
	slices.SortStableFunc(out, func(x, y attributed) int { return cmp.Compare(x.Start, y.Start) })
	kept := out[:0]
	for _, r := range out {
		if n := len(kept); n > 0 && r.Start < kept[n-1].End {
			continue
		}
		kept = append(kept, r)
	}
	return kept
}

// colonAttribution reads a headline's or a transcript's `Pence: Flowers
// won't be at the debate` and `"WALLACE: Let's start ...`: a name, a colon,
// and what the named said, to the end of the paragraph.
func (a *analysis) colonAttribution(s text.Sentence) (attributed, bool) {
	if !a.toks[s.From].ParaStart {
		return attributed{}, false
	}
	i := s.From
	if quotes.IsMark(a.toks[i].Text) {
		i++
	}
	k := i
	for k < s.To && k < i+4 && text.IsCapitalized(a.toks[k].Text) {
		k++
	}
	if k == i || k >= s.To || a.toks[k].Text != ":" {
		return attributed{}, false
	}
	end := k + 1
	for end < len(a.toks) && !a.toks[end].ParaStart {
		end++
	}
	content := span{From: k + 1, To: a.trimEnd(k+1, end)}
	if content.To-content.From < 3 {
		return attributed{}, false
	}
	first, last := a.toks[content.From], a.toks[content.To-1]
	r := attributed{Quote: Quote{Start: first.Start, End: last.End, Text: a.text[first.Start:last.End], Kind: KindReported}, continues: -1, speaker: span{From: i, To: k}}
	r.Speaker = a.spanOf(span{From: i, To: k})
	return r, true
}

// documentOpening reads `In the latest poll, Trump leads by two points`
// and `In a statement, the ministry said …`'s document when no cue follows:
// the document is the source, what follows the comma the statement, and
// there is no verb.
func (a *analysis) documentOpening(s text.Sentence) (attributed, bool) {
	if s.To-s.From < 6 || a.lower(s.From) != "in" {
		return attributed{}, false
	}
	np := a.forwardNP(s.From+1, s.To)
	if np.Empty() || np.To >= s.To || a.toks[np.To].Text != "," || !documentNouns[a.lower(np.To-1)] {
		return attributed{}, false
	}
	end := a.trimEnd(np.To+1, s.To)
	for k := np.To + 1; k < end; k++ {
		if a.isCue(k) {
			return attributed{}, false // the cue's own attribution says who
		}
	}
	return a.reportedSpan(span{From: np.To + 1, To: end}, span{From: s.From + 1, To: np.To}, span{})
}

// documentNouns are the writings and counts a statement can be found in.
var documentNouns = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "study": true,
	"report": true, "statement": true, "letter": true, "memo": true,
	"interview": true, "op-ed": true, "editorial": true, "analysis": true,
	"filing": true, "complaint": true, "lawsuit": true, "ruling": true,
}

// accordingTo reads `According to X, C` and `C, according to X`.
func (a *analysis) accordingTo(c int, s text.Sentence) (attributed, bool) {
	speaker := a.forwardNP(c+2, s.To)
	if speaker.Empty() {
		// "according to early results of exit polls conducted by …": a
		// source that is no name or noun phrase runs to the comma
		speaker = a.sourceToComma(c+2, s.To)
	}
	if speaker.Empty() {
		return attributed{}, false
	}
	var content span
	switch {
	case c == s.From || c > s.From && (a.toks[c-1].Text == "," && c-1 == s.From || a.toks[c-1].Text == ":"):
		// "According to X, C", also after an opening remark ("And it has
		// not gone unnoticed: according to …")
		// According to X, C.
		k := speaker.To
		for k < s.To && a.toks[k].Text != "," {
			k++
		}
		content = span{From: k + 1, To: s.To}
	case c-1 > s.From && a.toks[c-1].Text == ",":
		content = span{From: s.From, To: c - 1}
	case c-3 > s.From && !a.inQuote[c-1]:
		// "Clinton leads by 271 delegates according to the AP"
		content = span{From: s.From, To: c}
	default:
		return attributed{}, false
	}
	content.To = a.trimEnd(content.From, content.To)
	return a.reportedSpan(content, speaker, a.cueSpan(c))
}

// reportedSpan makes the attribution. The clause stops before a quotation
// (attributed as a quotation) or another attribution in it; what is left
// must hold a word.
func (a *analysis) reportedSpan(content, speaker, cue span) (attributed, bool) {
	for content.From < content.To && isApostrophes(a.toks[content.From].Text) {
		content.From++ // an archive's opening quotation mark: `''We are …`
	}
	for content.To > content.From && (isApostrophes(a.toks[content.To-1].Text) || text.IsTerminal(a.toks[content.To-1].Text)) {
		content.To-- // … and its closing one, and the sentence's stop
	}
	// "said he saw no need …, telling Stephanopolous that \"Q\""
	cut := false
	for i := content.From; i < content.To; i++ {
		// ", telling reporters that …", ", a man yelled": an attribution
		// of its own
		if a.toks[i].Text == "," && !a.listComma(i) && a.cueBeforeComma(i+1, content.To) {
			content.To, cut = i, true
			break
		}
		if a.inQuote[i] {
			content.To, cut = i, true
			for content.To > content.From && !text.HasWordRune(a.toks[content.To-1].Text) {
				content.To--
			}
			break
		}
	}
	// one word can be all that was said: "75 percent said yes", "the union
	// endorsed Vargas" (three tokens at least before: train 5-fold CV
	// attribution F1 0.711 -> 0.714 with one); a clause cut short by a
	// quotation or another attribution keeps three ("found no \"sign of
	// rot\"": "no" is not what the survey found)
	if !a.holdsWord(content) || cut && content.To-content.From < 3 {
		return attributed{}, false
	}
	first, last := a.toks[content.From], a.toks[content.To-1]
	r := attributed{Quote: Quote{Start: first.Start, End: last.End, Text: a.text[first.Start:last.End], Kind: KindReported}, continues: -1, speaker: speaker}
	r.Speaker = a.spanOf(speaker)
	r.Cue = a.spanOf(cue)
	return r, true
}

// holdsWord reports whether the tokens of s hold a word.
func (a *analysis) holdsWord(s span) bool {
	for k := s.From; k < s.To; k++ {
		if text.HasWordRune(a.toks[k].Text) {
			return true
		}
	}
	return false
}

// shortUnlisted reports whether r, the statement of the cue at c, is a
// word or two after a cue that the rules' speech and stance verbs do not
// list: "Becker opened the meeting" is an action, while "the union
// endorsed Vargas" and "75 percent said yes" say something. (Train 5-fold
// CV attribution F1 0.714 with or without this, 2126 statements matching
// no gold instead of 2237.)
func (a *analysis) shortUnlisted(c int, r attributed) bool {
	if a.isCue(c) || stanceStem(a.lower(c)) != "" {
		return false
	}
	from := a.tokenAt(r.Start)
	return from+2 >= len(a.toks) || a.toks[from+2].End > r.End
}

// reportedAt reads the attribution around the cue at c: `X said (that) C`,
// `C, X said.` and `C, said X.`
func (a *analysis) reportedAt(c int, s text.Sentence) (attributed, bool) {
	end := a.trimEnd(c+1, s.To)
	if r, ok := a.invertedReport(c, s, end); ok {
		return r, true
	}
	var speaker span
	switch {
	case c > s.From && coordinators[a.lower(c-1)]:
		// "… when Rubio thanked Miami and said …": the subject of the verb
		// the cue is joined to
		speaker = a.coordinatedSubject(c-1, s.From)
		if speaker.Empty() {
			speaker = a.subject(s.From, c)
		}
	case a.isParticiple(c):
		// "saying …": the clause's subject speaks, or the speaker of the
		// cue before it ("\"Q,\" he said, adding that …")
		speaker = a.subject(s.From, c)
		if k := a.earlierCue(c, s.From); speaker.Empty() && k >= 0 {
			if speaker = a.backwardNP(k-1, s.From); speaker.Empty() {
				speaker = a.forwardNP(k+1, c)
			}
		}
	default:
		// a noun cue's own phrase names no one ("The grim view of …")
		at := a.ownPhraseStart(c)
		speaker = a.backwardNP(at-1, s.From)
		if bare := a.barePeople(at-1, s.From, c); !bare.Empty() && (speaker.Empty() || bare.From < speaker.From) {
			speaker = bare // "law enforcement officials", not "officials"
		}
		if whole := a.wholeSubject(at, s.From); !whole.Empty() && (speaker.Empty() || whole.From < speaker.From) {
			speaker = whole
		}
	}
	if speaker.Empty() {
		return attributed{}, false
	}
	var content span
	comma := a.commaBefore(speaker.From-1, s.From)
	commaBefore := comma >= 0
	after := a.cueSpan(c).To // past a particle: "pointed out that …"
	if after >= end && !commaBefore {
		return attributed{}, false
	}
	rest := a.pastObject(c, after, end)
	if commaBefore && (rest >= end || a.trailingAdjunct(rest, end) || a.descriptionAfter(rest, end)) {
		// "C, X said.", "C, X said on Thursday.", "C, X told The Times.",
		// "C, X said, referring to …"
		content = span{From: s.From, To: comma}
	} else {
		start := rest
		for start < end && (a.lower(start) == "that" || !text.HasWordRune(a.lower(start)) || a.es.Of[start] >= 0 && a.es.Entities[a.es.Of[start]].Type == "DATE" || a.lower(start) == "on") {
			start++
		}
		// "said in a statement that C": past the adjunct to the clause.
		// Without a "that", the clause may still follow the adjunct ("said
		// on Twitter the plan had failed"), except after a verb that takes
		// no clause ("spoke after the vote").
		if start < end && adjunctPrepositions[a.lower(start)] {
			k := start + 1
			for k < end && k < start+10 && a.lower(k) != "that" {
				k++
			}
			switch {
			case k < end && a.lower(k) == "that":
				start = k + 1
			case lexicon.CueStem(a.lower(c)) == "speak":
				return attributed{}, false
			}
		}
		content = span{From: start, To: end}
		// "Among voters who said the economy mattered most, Vargas won":
		// a relative clause ends at its comma
		if a.lower(speaker.To-1) == "who" {
			for k := start; k < end; k++ {
				if a.toks[k].Text == "," {
					content.To = k
					break
				}
			}
		}
	}
	return a.reportedSpan(content, speaker, a.cueSpan(c))
}

// invertedReport reads `C, said X.`: the cue right after the clause's
// comma, the speaker after the cue and nothing after the speaker but a
// description of it.
func (a *analysis) invertedReport(c int, s text.Sentence, end int) (attributed, bool) {
	comma := a.commaBefore(c-1, s.From)
	if comma < 0 || comma != c-1 && !isApostrophes(a.toks[c-1].Text) {
		return attributed{}, false
	}
	speaker := a.forwardNP(c+1, end)
	// the speaker ends the sentence or a description follows it; "…, said
	// the union expected …" is the clause of a speaker before the comma
	if speaker.Empty() || !a.namesSomeone(speaker) || speaker.To < end && a.toks[speaker.To].Text != "," {
		return attributed{}, false
	}
	return a.reportedSpan(span{From: s.From, To: comma}, speaker, a.cueSpan(c))
}
