package attribution

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/text"
)

// What the quotation model (quotes.Said) reads of a quotation-marked
// stretch: its shape (length, capitals, the punctuation inside its marks,
// whether it is a whole sentence), the words and grammar just around it
// (called, dubbed, titled, so-called …), what the rules found (a speaker,
// a cue in the sentence, a title, a nickname) and where it sits.

// saidCandidate is what the model decides on, with the rules' findings.
type saidCandidate struct {
	k        int // its index in analysis.marks
	q        quotes.Span
	qa, qb   int    // tokens: the opening mark, the token after the stretch
	how      string // how the speaker was found: "cue", "continues", "paraphrase", "none"
	cur      attributed
	speechy  bool // the rules' looksLikeSpeech
	sentCue  bool // a cue verb in the sentence, outside quotations
	rejected bool // the rules' own decision: a title, a transcript line, a nickname …

	transcript, title, nickname bool // which rule rejects it
	// besideDouble: between single marks in an article that quotes in
	// double marks, where single ones are a headline's or nested words.
	besideDouble bool
}

// wordsBucket groups a count of words.
func wordsBucket(n int) string {
	switch {
	case n <= 4:
		return strconv.Itoa(n)
	case n <= 7:
		return "5-7"
	case n <= 12:
		return "8-12"
	case n <= 25:
		return "13-25"
	}
	return "26+"
}

// markStyle names a stretch's marks.
func markStyle(s string) string {
	switch {
	case strings.HasPrefix(s, "''"):
		return "archive"
	case strings.HasPrefix(s, "'"), strings.HasPrefix(s, "‘"):
		return "single"
	case strings.HasPrefix(s, "\""):
		return "straight"
	}
	return "curly"
}

// quotesInDoubleMarks tells whether any stretch of the article is between
// double marks: then its quotations are, and single marks are another
// convention's (a headline's, a nested quotation's). Worked out once.
func (a *analysis) quotesInDoubleMarks() bool {
	if a.said.double == 0 {
		a.said.double = -1
		for _, q := range a.marks {
			if markStyle(a.text[q.Start:q.End]) != "single" {
				a.said.double = 1
				break
			}
		}
	}
	return a.said.double > 0
}

// runeClass names a rune's kind for the features.
func runeClass(r rune) string {
	switch {
	case r == utf8.RuneError:
		return "none"
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case strings.ContainsRune(".!?…", r):
		return "stop"
	}
	return string(r)
}

// saidFeatures are the model's features of a candidate.
func (a *analysis) saidFeatures(c *saidCandidate) []uint32 {
	f := make([]uint32, 0, 64) // a stretch has about fifty
	add := func(name quotes.Name, parts ...quotes.Part) { f = append(f, quotes.Named(name, parts...)) }
	flag := func(name quotes.Name, on bool) {
		if on {
			add(name)
		}
	}
	inner := strings.TrimSpace(a.quoted(c.q))
	inner = strings.TrimSpace(strings.Trim(inner, "\"“”„«»"))
	nWords, capitals, firstW := countWords(inner)
	n := wordsBucket(nWords)
	first, _ := utf8.DecodeRuneInString(inner)
	last, _ := utf8.DecodeLastRuneInString(inner)
	lastC, firstC := runeClass(last), runeClass(first)
	caps := "some"
	switch {
	case nWords == 0 || capitals == 0:
		caps = "none"
	case capitals == nWords:
		caps = "all"
	case capitals*10 >= nWords*8:
		caps = "most"
	}
	// the parts most features share, hashed once for the stretch
	hn, hHow, hLast, hFirst, hCaps := quotes.PartOf(n), quotes.PartOf(c.how), quotes.PartOf(lastC), quotes.PartOf(firstC), quotes.PartOf(caps)
	add(sfBias)
	add(sfN, hn)
	style := markStyle(a.text[c.q.Start:c.q.End])
	if c.besideDouble {
		style = "single-beside-double"
	}
	add(sfMarks, quotes.PartOf(style))
	add(sfLast, hLast)
	add(sfLast, hLast, sfPartN, hn)
	add(sfFirst, hFirst)
	add(sfFirst, hFirst, sfPartN, hn)
	add(sfCaps, hCaps, sfPartN, hn)
	add(sfHow, hHow)
	add(sfHow, hHow, sfPartN, hn)
	add(sfHow, hHow, sfPartFirst, hFirst)
	add(sfKind, quotes.PartOf(c.cur.Kind))
	flag(sfCue, c.cur.Cue != nil)
	if c.cur.Cue != nil {
		add(sfCue, quotes.PartOf(a.cueStemOf(strings.ToLower(c.cur.Cue.Text))))
	}
	if c.cur.Speaker != nil {
		_, pron := speakerPronouns[strings.ToLower(c.cur.Speaker.Text)]
		flag(sfSpeakerPronoun, pron)
	}
	flag(sfRuleSpeechlike, c.speechy)
	flag(sfRuleSentcue, c.sentCue)
	flag(sfRuleRejected, c.rejected)
	flag(sfRuleTranscript, c.transcript)
	flag(sfRuleTitle, c.title)
	flag(sfRuleNickname, c.nickname)
	if c.nickname {
		add(sfRuleNickname, hHow)
	}
	add(sfRules, boolPart(c.speechy), boolPart(c.sentCue), hHow)
	flag(sfContinued, c.q.Continued)
	closed := false
	if s := a.text[c.q.Start:c.q.End]; len(s) > 1 {
		end, _ := utf8.DecodeLastRuneInString(s)
		closed = end == '"' || end == '”' || end == '\'' || end == '’' || end == '»'
	}
	flag(sfUnclosed, !closed)

	// Where it sits: the sentence and paragraph around it.
	if c.qa < len(a.toks) {
		sent := a.sents[a.sentOf[c.qa]]
		atStart := c.qa == sent.From
		afterColon := c.qa > 0 && (a.toks[c.qa-1].Text == ":" || a.toks[c.qa-1].Text == ",")
		endSent := c.qb >= len(a.toks) || a.sentOf[c.qb] != a.sentOf[c.qa] || c.qb < len(a.toks) && c.qb == a.sents[a.sentOf[c.qb]].From
		flag(sfSentStart, atStart)
		flag(sfSentEnd, endSent)
		flag(sfSentWhole, atStart && endSent)
		add(sfSentPos, boolPart(atStart), boolPart(endSent), hn)
		flag(sfParaStart, a.toks[c.qa].ParaStart)
		flag(sfAfterColon, afterColon)
		multi := c.qb > 0 && c.qb-1 < len(a.toks) && a.sentOf[min(c.qb-1, len(a.toks)-1)] != a.sentOf[c.qa]
		flag(sfMultiSentence, multi)
		// The words and grammar just before and after.
		prev, prev2, prevTag, prevChunk := "<s>", "<s>", "<s>", "<s>"
		if c.qa > sent.From {
			prev, prevTag = a.lower(c.qa-1), a.tag(c.qa-1)
			prevChunk = a.chunkLabel(c.qa - 1)
			if c.qa-1 > sent.From {
				prev2 = a.lower(c.qa - 2)
			}
		}
		next, nextTag := "</s>", "</s>"
		if c.qb < len(a.toks) && a.sentOf[c.qb] == a.sentOf[c.qa] {
			next, nextTag = a.lower(c.qb), a.tag(c.qb)
		}
		hPrev, hPrevTag := quotes.PartOf(prev), quotes.PartOf(prevTag)
		add(sfPrev, hPrev)
		add(sfPrev2, quotes.PartOf(prev2), hPrev)
		add(sfPrevtag, hPrevTag)
		add(sfPrevtag, hPrevTag, sfPartN, hn)
		add(sfPrevchunk, quotes.PartOf(prevChunk))
		add(sfNext, quotes.PartOf(next))
		add(sfNexttag, quotes.PartOf(nextTag))
		add(sfAround, hPrevTag, quotes.PartOf(nextTag))
		// Inside: a verb makes a clause; I, we, you make speech.
		verb, person := false, false
		firstTag := ""
		for i := c.qa + 1; i < c.qb-1 && i < len(a.toks); i++ {
			t := a.tag(i)
			if firstTag == "" && text.HasWordRune(a.toks[i].Text) {
				firstTag = t
			}
			verb = verb || strings.HasPrefix(t, "VB") || t == "MD"
			switch a.lower(i) {
			case "i", "we", "you", "my", "our", "me", "us", "your", "i'm", "we're":
				person = true
			}
		}
		add(sfPrev, hPrev, sfPartCaps, hCaps)
		add(sfPrev, hPrev, sfPartN, hn)
		add(sfFirst, quotes.PartOf(strings.ToLower(firstWord(firstW))))
		a.cueFeatures(c, sent, add, hn, atStart)
		a.sentenceMates(c, add)
		a.neighbourFeatures(c, add)
		add(sfFirsttag, quotes.PartOf(firstTag))
		flag(sfVerb, verb)
		add(sfVerb, boolPart(verb), hn)
		flag(sfPerson, person)
	}
	return f
}

// tag is token i's part-of-speech tag, "" when there is no grammar.
func (a *analysis) tag(i int) string {
	if a.syn == nil || i >= len(a.syn.Tags) {
		return ""
	}
	return a.syn.Tags[i]
}

// chunkLabel is token i's chunk label, "" when there is no grammar.
func (a *analysis) chunkLabel(i int) string {
	if a.syn == nil || i >= len(a.syn.Labels) {
		return ""
	}
	return a.syn.Labels[i]
}

// firstWord is w without the marks around it.
func firstWord(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// countWords is how many words s holds (as strings.Fields splits it), how
// many of them are capitalized, and the first ("" for none), without the
// slice of them Fields makes (and a byte at a time where s is ASCII,
// where strings.FieldsSeq decodes each rune and calls back for each word).
func countWords(s string) (n, capitals int, first string) {
	start := -1 // where the word being read starts, -1 between words
	word := func(w string) {
		if n == 0 {
			first = w
		}
		n++
		if text.IsCapitalized(w) {
			capitals++
		}
	}
	for i := 0; i < len(s); {
		space, size := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r' // unicode.IsSpace's ASCII
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			word(s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		word(s[start:])
	}
	return n, capitals, first
}

// distBucket groups a distance in tokens.
func distBucket(d int) string {
	switch {
	case d <= 1:
		return "1"
	case d <= 3:
		return "2-3"
	case d <= 8:
		return "4-8"
	}
	return "9+"
}

// cueFeatures: where the cue detector's cues stand around the stretch —
// words inside somebody's reported content are theirs, quoted or not.
// n is the stretch's length bucket (wordsBucket), atStart whether it
// opens its sentence.
func (a *analysis) cueFeatures(c *saidCandidate, sent text.Sentence, add func(quotes.Name, ...quotes.Part), n quotes.Part, atStart bool) {
	if a.cueAt == nil {
		return
	}
	// the rules' cue counts too: the detector learned PolNeAR's words
	rule := -1
	if c.cur.Cue != nil {
		rule = a.tokenAt(c.cur.Cue.Start)
	}
	isCue := func(i int) bool { return i == rule || a.cueAt[i] && !a.inQuote[i] }
	before, after := -1, -1
	for i := c.qa - 1; i >= sent.From; i-- {
		if isCue(i) {
			before = i
			break
		}
	}
	for i := c.qb; i < sent.To && i < len(a.cueAt); i++ {
		if isCue(i) {
			after = i
			break
		}
	}
	where := "none"
	switch {
	case before >= 0:
		where = "before"
		add(sfCueBefore, quotes.PartOf(distBucket(c.qa-before)))
		add(sfCueBeforeW, quotes.PartOf(a.cueStemAt(before)))
	case after >= 0:
		where = "after"
		add(sfCueAfter, quotes.PartOf(distBucket(after-c.qb+1)))
	default:
		add(sfCueNone)
	}
	// with the stretch's length and whether it opens its sentence: a few
	// words mid-sentence after a cue are part of what was said (`called
	// the plan "a disgrace"`), with no cue they are a term; a whole
	// quoted sentence is said either way (train-CV F1 +0.0004 over three
	// seeds of the order, every threshold from -0.5 to 0.5 up)
	add(sfCueWhere, quotes.PartOf(where), n, boolPart(atStart))
	// a cue in the sentence before, in the same paragraph ("He added:")
	if s := a.sentOf[c.qa]; s > 0 {
		prev := a.sents[s-1]
		found := false
		for i := prev.From; i < prev.To && !found; i++ {
			found = a.cueAt[i] && !a.inQuote[i] && a.paraOf[i] == a.paraOf[c.qa]
		}
		if found {
			add(sfCuePrevsent)
		}
	}
}

// neighbourFeatures: a stretch in a run of others (`words such as
// "attack," "Benghazi," "Libya"`) is a list of terms.
func (a *analysis) neighbourFeatures(c *saidCandidate, add func(quotes.Name, ...quotes.Part)) {
	near := func(j int) bool {
		if j < 0 || j >= len(a.marks) {
			return false
		}
		o := a.marks[j]
		var gap string
		if j < c.k {
			gap = a.text[o.End:c.q.Start]
		} else {
			gap = a.text[c.q.End:o.Start]
		}
		return len(gap) <= 8 && len(strings.Fields(gap)) <= 1 // the length first: a gap may be paragraphs long
	}
	if near(c.k-1) || near(c.k+1) {
		add(sfNeighbour)
	}
}

// sentenceMates: how the other stretches of the sentence were attributed
// (`a "good thing" that brought "frankly good business," he remarked`:
// fragments share the sentence's speaker).
func (a *analysis) sentenceMates(c *saidCandidate, add func(quotes.Name, ...quotes.Part)) {
	sent := a.sentOf[c.qa]
	same := func(o *saidCandidate) bool { return o.qa < len(a.toks) && a.sentOf[o.qa] == sent }
	// pending holds every stretch in order: the mates are next to c
	how := quotes.PartOf(c.how)
	for k := c.k - 1; k >= 0 && same(&a.said.pending[k]); k-- {
		mate := quotes.PartOf(a.said.pending[k].how)
		add(sfMate, sfPartEarlier, mate)
		add(sfMate, sfPartEarlier, mate, how)
	}
	for k := c.k + 1; k < len(a.said.pending) && same(&a.said.pending[k]); k++ {
		mate := quotes.PartOf(a.said.pending[k].how)
		add(sfMate, sfPartLater, mate)
		add(sfMate, sfPartLater, mate, how)
	}
}
