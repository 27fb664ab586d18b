package attribution

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// candidateKind is how a mention came to be a candidate, a feature.
type candidateKind uint8

// Candidate kinds, indices into kindNames.
const (
	kindRule candidateKind = iota
	kindEntity
	kindPronoun
	kindWord
	kindPrev
	// kindRulePart is the rules' phrase cut after a name inside it
	// ("Outgoing German Chancellor Scholz" of "Outgoing German Chancellor
	// Scholz on Wednesday gave his backing to …").
	kindRulePart
	// kindRuleTail is the rules' phrase after a date in it: a dateline
	// ("Portugal" of "LISBON, 6 March 2025 Portugal said").
	kindRuleTail
	// kindRelative is a relative pronoun that opens the clause of the
	// cue, PolNeAR's source there ("Paul D. Ryan, who was reluctant to
	// endorse …"), with the phrase it follows: a reader sees who speaks.
	kindRelative
	// kindAgent is the phrase after "by", "from" or "among" inside a
	// reported statement, who the words are from when the statement
	// swallowed it ("Trump has been criticized ⟦by some of his rivals
	// for …⟧", "a rethinking ⟦among economists of …⟧").
	kindAgent
	// kindInnerSubject is the phrase before a verb of speech inside a
	// reported statement, the source when the statement ran over its own
	// attribution ("⟦the front-runner complained that the contest had
	// been⟧").
	kindInnerSubject
	// kindOf is the phrase after "of" that opens a noun cue's statement,
	// whose owner it names ("a frequent complaint ⟦of law enforcement
	// …⟧", "the primary motives ⟦of NeverTrump …⟧").
	kindOf
)

// kindNames are the kinds' names in features.
var kindNames = []string{"rule", "entity", "pronoun", "word", "prev", "rulepart", "ruletail", "relative", "agent", "innersubject", "of"}

// candidate is a mention that may be a statement's source.
type candidate struct {
	span  TokenSpan
	kinds []candidateKind
}

// sourcePronouns are the pronouns that can name who speaks.
var sourcePronouns = map[string]bool{
	"he": true, "she": true, "they": true, "i": true, "we": true, "you": true, "it": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
}

// notHeads are words a source's head cannot be: function words and the
// verbs of speech themselves. Why a list: there is no POS tagger on main
// yet; the ranker learns which of the remaining words make sources.
var notHeads = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "that": true,
	"this": true, "these": true, "those": true, "which": true, "who": true, "whom": true,
	"to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"by": true, "from": true, "as": true, "is": true, "was": true, "are": true, "were": true,
	"be": true, "been": true, "has": true, "have": true, "had": true, "not": true, "said": true,
	"says": true, "say": true, "told": true, "tell": true, "added": true, "if": true, "when": true,
	"also": true, "would": true, "will": true, "could": true, "can": true, "should": true,
	"may": true, "might": true, "do": true, "does": true, "did": true, "so": true, "than": true,
	"then": true, "there": true, "about": true, "after": true, "before": true, "into": true,
	"over": true, "more": true, "most": true, "some": true, "all": true, "no": true, "just": true,
	"according": true, "asked": true, "wrote": true, "noted": true, "explained": true,
}

// window is how far from a statement candidates are looked for: its own
// sentence and the ones before and after.
const (
	sentsBefore = 2
	sentsAfter  = 1
	wordReach   = 6 // words this close to the cue or statement are candidates
)

// candidates lists the mentions that may be statement k's source; prev
// holds the chosen sources of earlier statements.
func candidates(in *SourceInput, k int, prev []TokenSpan) []candidate {
	return appendCandidates(in, k, prev, nil, nil)
}

// reusedCandidates is candidates in the input's own buffers, good until
// the next call: the ranker reads one statement's at a time, and a new
// list for each was most of its allocations after the input's.
func (in *SourceInput) reusedCandidates(k int, prev []TokenSpan) []candidate {
	in.cands = appendCandidates(in, k, prev, in.cands[:0], &in.candKinds)
	return in.cands
}

// appendCandidates appends statement k's candidates to out (nil: a new
// list), their first kinds cut from *kinds if set (and left there).
func appendCandidates(in *SourceInput, k int, prev []TokenSpan, out []candidate, kinds *[]candidateKind) []candidate {
	st := in.Statements[k]
	toks := in.Tokens
	if st.Span.Empty() || st.Span.From >= len(toks) {
		return out
	}
	sent := toks[st.Span.From].Sent
	lastSent := toks[st.Span.To-1].Sent
	if out == nil {
		out = make([]candidate, 0, 16)
	}
	// Each candidate's first kind is cut from one shared array (capped,
	// so a second kind copies it out): a slice a candidate was most of
	// the engine's allocations.
	var firstKinds []candidateKind
	if kinds != nil {
		firstKinds = (*kinds)[:0]
		defer func() { *kinds = firstKinds }()
	}
	add := func(s TokenSpan, kind candidateKind) {
		if s.Empty() {
			return
		}
		for i := range out {
			if out[i].span == s {
				out[i].kinds = append(out[i].kinds, kind)
				return
			}
		}
		if len(firstKinds) == cap(firstKinds) {
			firstKinds = make([]candidateKind, 0, 32)
		}
		firstKinds = append(firstKinds, kind)
		n := len(firstKinds)
		out = append(out, candidate{span: s, kinds: firstKinds[n-1 : n : n]})
	}
	add(st.Rule, kindRule)
	inWindow := func(i int) bool {
		s := toks[i].Sent
		return s >= sent-sentsBefore && s <= lastSent+sentsAfter
	}
	inStatement := func(i int) bool { return i >= st.Span.From && i < st.Span.To }
	lo, hi := st.Span.From, st.Span.To
	for lo > 0 && inWindow(lo-1) {
		lo--
	}
	for hi < len(toks) && inWindow(hi) {
		hi++
	}
	for _, e := range in.entitiesFrom(lo, hi, st.Rule.From+1, st.Rule.To) {
		if inWindow(e.From) && !inStatement(e.From) {
			add(TokenSpan{e.From, e.To}, kindEntity)
		}
		if e.From > st.Rule.From && e.To < st.Rule.To {
			add(TokenSpan{st.Rule.From, e.To}, kindRulePart)
		}
	}
	for i := st.Rule.From + 1; i < st.Rule.To; i++ {
		if toks[i-1].Date && !toks[i].Date {
			add(TokenSpan{i, st.Rule.To}, kindRuleTail)
		}
	}
	// A relative pronoun anywhere before the cue in its sentence opens a
	// clause whose verbs may run on to the cue ("Mr. Murdoch, who is
	// enjoying his new role and is saying ⟦he won't rush⟧"). One near the
	// cue is added again below: its kinds are then "relative" twice, a
	// kind set of its own.
	cueAt := st.Span.From
	if !st.Cue.Empty() {
		cueAt = st.Cue.From
	}
	for i := cueAt - 1; i >= 0 && toks[i].Sent == toks[cueAt].Sent; i-- {
		if !inStatement(i) && in.tokenKind(i) == tokRelative {
			add(in.relativeSpan(i), kindRelative)
		}
	}
	if st.Reported {
		in.insideCandidates(st, add)
	}
	near := func(i int) bool {
		d := distance(i, i+1, st.Span)
		if !st.Cue.Empty() {
			d = min(d, distance(i, i+1, st.Cue))
		}
		return d <= wordReach
	}
	for i := lo; i < hi; i++ {
		if inStatement(i) {
			continue
		}
		switch in.tokenKind(i) {
		case tokPronoun:
			if toks[i].Sent >= sent-1 {
				add(TokenSpan{i, i + 1}, kindPronoun)
			}
		case tokWord:
			if near(i) {
				add(TokenSpan{i, i + 1}, kindWord)
			}
		case tokRelative:
			if near(i) {
				add(in.relativeSpan(i), kindRelative)
			}
		}
	}
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-2; j-- {
		add(prev[j], kindPrev)
	}
	return out
}

// insideCandidates adds the phrases inside reported statement st that may
// be its source: the subject of a verb of speech, then the agent after
// "by", "from" or "among". PolNeAR's source lay inside the statement for
// 336 of the 575 statements of train with no right candidate (the
// statement had swallowed its attribution); every name and pronoun inside
// would add 21,000 candidates to 352,000, these two shapes about 2,700.
// With the relatives before the cue: a right candidate for 18,116 → 18,278
// of the 18,691 statements with a gold source, right picks in CV
// (evalattrib -margins, seeds 1–7) 17,257 / 17,233 / 17,236 / 17,237 /
// 17,255 / 17,245 / 17,236 → 17,271 / 17,282 / 17,264 / 17,263 / 17,262 /
// 17,274 / 17,236.
func (in *SourceInput) insideCandidates(st SourceStatement, add func(TokenSpan, candidateKind)) {
	toks := in.Tokens
	for i := st.Span.From; i < st.Span.To; i++ {
		if !strings.HasPrefix(toks[i].POS, "VB") || in.cueStem(i) == "" && (InsideShapes&insideStance == 0 || stanceStem(toks[i].Lower) == "") {
			continue
		}
		j := i
		for j > st.Span.From && chunkKind(toks[j-1].Chunk) == "VP" {
			j--
		}
		if j > st.Span.From && chunkKind(toks[j-1].Chunk) == "NP" {
			add(in.chunkOf(j-1), kindInnerSubject)
		}
	}
	if i := st.Span.From; InsideShapes&insideOf != 0 && i+1 < st.Span.To && toks[i].Lower == "of" && !st.Cue.Empty() && st.Cue.To == i &&
		strings.HasPrefix(toks[i-1].POS, "NN") && chunkKind(toks[i+1].Chunk) == "NP" {
		add(in.chunkOf(i+1), kindOf)
	}
	for i := st.Span.From; i+1 < st.Span.To; i++ {
		switch toks[i].Lower {
		case "by", "from", "among":
			if chunkKind(toks[i+1].Chunk) == "NP" {
				add(in.chunkOf(i+1), kindAgent)
			}
		}
	}
}

// InsideShapes adds shapes to insideCandidates (evalattrib -inside): the
// subject of a verb of stance inside the statement too (insideStance),
// the phrase after "of" that opens a noun cue's statement (insideOf).
var InsideShapes = 0

const (
	insideStance = 1 << iota
	insideOf
)

// entitiesFrom lists, in their order, the entities that start in token
// range [a, b) or [c, d): the ones a statement's window or its rules'
// phrase can take. Looking at every entity for every statement made the
// ranker quadratic (a long document has thousands of both).
func (in *SourceInput) entitiesFrom(a, b, c, d int) []SourceEntity {
	if in.byFrom == nil {
		in.byFrom = sized(in.spare.byFrom, len(in.Entities))
		for e := range in.byFrom {
			in.byFrom[e] = int32(e)
		}
		slices.SortStableFunc(in.byFrom, func(x, y int32) int { return cmp.Compare(in.Entities[x].From, in.Entities[y].From) })
	}
	in.picked = in.picked[:0]
	for _, r := range [2][2]int{{a, b}, {c, d}} {
		first := sort.Search(len(in.byFrom), func(i int) bool { return in.Entities[in.byFrom[i]].From >= r[0] })
		for _, e := range in.byFrom[first:] {
			if in.Entities[e].From >= r[1] {
				break
			}
			in.picked = append(in.picked, e)
		}
	}
	slices.Sort(in.picked)
	in.pickedEnts = in.pickedEnts[:0]
	for i, e := range in.picked {
		if i == 0 || e != in.picked[i-1] {
			in.pickedEnts = append(in.pickedEnts, in.Entities[e])
		}
	}
	return in.pickedEnts
}

// distance is the number of tokens between span [from, to) and s, 0 when
// they touch or overlap.
func distance(from, to int, s TokenSpan) int {
	switch {
	case to <= s.From:
		return s.From - to
	case from >= s.To:
		return from - s.To
	}
	return 0
}

func isWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '\'' || r == '’' || r >= 0xC0) {
			return false
		}
	}
	return true
}

// What a token can be as a candidate on its own.
const (
	tokOther = iota + 1
	tokPronoun
	tokWord
	tokRelative
)

// tokenKind tells what token i can be as a candidate, worked out once per
// token (every statement nearby asks; small enough to inline).
func (in *SourceInput) tokenKind(i int) uint8 {
	if i < len(in.kinds) && in.kinds[i] != 0 {
		return in.kinds[i]
	}
	return in.findKind(i)
}

// findKind works out and keeps tokenKind(i).
func (in *SourceInput) findKind(i int) uint8 {
	if in.kinds == nil {
		in.kinds = cleared(in.spare.kinds, len(in.Tokens))
	}
	t := &in.Tokens[i]
	var roles uint8
	if in.roles != nil {
		roles = in.roles[i]
	} else {
		roles = wordRoles[t.Lower]
	}
	switch {
	case roles&rolePronoun != 0:
		in.kinds[i] = tokPronoun
	case roles&roleRelative != 0 && (t.Lower != "that" || t.POS == "WDT"):
		in.kinds[i] = tokRelative
	case t.Entity < 0 && roles&roleNotHead == 0 && isWord(t.Lower):
		in.kinds[i] = tokWord
	default:
		in.kinds[i] = tokOther
	}
	return in.kinds[i]
}

// wordRoles tells in one lookup which of sourcePronouns, relatives and
// notHeads hold a word: tokenKind asks all three of most tokens.
var wordRoles = func() map[string]uint8 {
	roles := map[string]uint8{}
	for _, set := range []struct {
		words map[string]bool
		role  uint8
	}{{sourcePronouns, rolePronoun}, {relatives, roleRelative}, {notHeads, roleNotHead}} {
		for w := range set.words {
			roles[w] |= set.role
		}
	}
	return roles
}()

// The bits of wordRoles.
const (
	rolePronoun  = 1
	roleRelative = 2
	roleNotHead  = 4
)

// relativeSpan is relative pronoun i with the phrase it follows ("Paul D.
// Ryan, who"): the name ending right before it or its comma, else the noun
// phrase there, else the pronoun alone.
func (in *SourceInput) relativeSpan(i int) TokenSpan {
	toks := in.Tokens
	j := i
	if j > 0 && toks[j-1].Lower == "," {
		j--
	}
	if j == 0 || toks[j-1].Sent != toks[i].Sent {
		return TokenSpan{i, i + 1}
	}
	if e := toks[j-1].Entity; e >= 0 && in.Entities[e].To == j {
		return TokenSpan{in.Entities[e].From, i + 1}
	}
	if chunkKind(toks[j-1].Chunk) == "NP" {
		return TokenSpan{in.chunkOf(j - 1).From, i + 1}
	}
	return TokenSpan{i, i + 1}
}
