package attribution

import (
	"cmp"
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The source ranker trained on PolNeAR train by `make source-model`.
//
//go:embed model/sources.bin
var sourceModelData []byte

var (
	sourceOnce  sync.Once
	sourceModel *SourceModel
	sourceErr   error
)

// The speech classifier that follows it, trained by the same target.
//
//go:embed model/speech.bin
var speechModelData []byte

// EmbeddedSourceModel is the source ranker the page runs, with the speech
// classifier that follows it.
func EmbeddedSourceModel() (*SourceModel, error) {
	sourceOnce.Do(func() {
		sourceModel, sourceErr = LoadSourceModel(sourceModelData)
		if sourceErr == nil {
			var sp *SpeechModel
			if sp, sourceErr = LoadSpeechModel(speechModelData); sourceErr == nil {
				sourceModel = sourceModel.WithSpeech(sp)
			}
		}
	})
	return sourceModel, sourceErr
}

// statementRef is one quotation or reported clause in text order.
type statementRef struct {
	list []Quote
	i    int
	rep  bool
}

// inTextOrder sorts refs by where their statements start, stably. It sorts
// the starts with each ref's place, not the refs: a ref holds a slice, and
// a sort's every move of one was a runtime copy (with the collector's
// barriers while it marks), dear in WebAssembly.
func inTextOrder(refs []statementRef) []statementRef {
	type at struct{ start, k int }
	order := make([]at, len(refs))
	for k, r := range refs {
		order[k] = at{r.list[r.i].Start, k}
	}
	slices.SortStableFunc(order, func(x, y at) int { return cmp.Compare(x.start, y.start) })
	sorted := make([]statementRef, len(refs))
	for j, o := range order {
		sorted[j] = refs[o.k]
	}
	return sorted
}

// RankSources lets model choose each statement's source among the
// candidates (the rules' own choice, which Resolve gave, is one of them and
// a feature), and sets the speaker and who it resolves to; it returns the
// reported statements the model's speech classifier keeps. A nil model
// keeps the rules' choices; observe, if set, sees what the ranker reads
// (training reads it).
func (x *Analysis) RankSources(model *SourceModel, quotations, reported []Quote, observe func(*SourceInput)) []Quote {
	if model == nil && observe == nil {
		return reported
	}
	a := x.a
	refs := make([]statementRef, 0, len(quotations)+len(reported))
	for i := range quotations {
		refs = append(refs, statementRef{quotations, i, false})
	}
	for i := range reported {
		refs = append(refs, statementRef{reported, i, true})
	}
	refs = inTextOrder(refs)
	in := a.sourceInput()
	in.Statements = slices.Grow(in.Statements[:0], len(refs))
	for _, r := range refs {
		q := r.list[r.i]
		st := SourceStatement{Span: a.tokensOf(q.Start, q.End), Reported: r.rep}
		if q.Cue != nil {
			st.Cue = a.tokensOf(q.Cue.Start, q.Cue.End)
			st.CueMargin = a.cueMarginOf(st.Cue)
		}
		if q.Speaker != nil {
			st.Rule = a.tokensOf(q.Speaker.Start, q.Speaker.End)
		}
		in.Statements = append(in.Statements, st)
	}
	if observe != nil {
		observe(in)
	}
	if model == nil {
		return reported
	}
	// the analysis remembers its words' stems, while it lasts: an input
	// an observer keeps outlives it
	in.stemOf = a.cueStemAt
	picks, scores := model.chooseScored(in)
	in.stemOf = nil
	dropped := map[int]bool{}
	for k, pick := range picks {
		if model.speech != nil && refs[k].rep && model.speech.score(in, k, pick, scores[k]) < model.speech.Threshold {
			dropped[refs[k].i] = true
			continue
		}
		q := &refs[k].list[refs[k].i]
		switch s, rule := ShownSource(in, k, pick), in.Statements[k].Rule; {
		case s == rule:
		case overlaps(s, rule) && !contains(rule, s) && !contains(s, rule):
			// The same mention as the rules' phrase, which stays as they
			// wrote it ("Tom Becker", not an earlier "Tom Becker, who").
		case s.Empty():
			q.Speaker, q.SpeakerID = nil, ""
		default:
			q.Speaker = a.spanOf(span{From: s.From, To: s.To})
			q.SpeakerID = a.resolveSpeaker(span{From: s.From, To: s.To})
		}
	}
	if observe == nil {
		putSourceInput(in) // no one holds it now
	}
	if len(dropped) == 0 {
		return reported
	}
	kept := make([]Quote, 0, len(reported)-len(dropped))
	for i, q := range reported {
		if !dropped[i] {
			kept = append(kept, q)
		}
	}
	return kept
}

// sourceInput is the text as the source ranker reads it.
func (a *analysis) sourceInput() *SourceInput {
	in := takeSourceInput()
	in.Tokens = sized(in.Tokens, len(a.toks)) // every field of every token is assigned below
	ents := a.es.Entities
	index := make([]int, len(ents))
	for e, ent := range ents {
		index[e] = -1
		if ent.Type != "DATE" {
			index[e] = len(in.Entities)
			in.Entities = append(in.Entities, SourceEntity{From: a.es.Spans[e].From, To: a.es.Spans[e].To, Type: ent.Type})
		}
	}
	in.roles = sized(in.spare.roles, len(a.toks))
	var tags, labels []string
	if a.syn != nil {
		tags, labels = a.syn.Tags, a.syn.Labels
	}
	for i := range a.toks {
		in.roles[i] = a.rolesAt(i)
		// Each field is assigned in place, every one of them (the tokens
		// may be a former input's): a whole SourceToken assigned at once
		// is copied by a runtime call (a struct with strings), which in
		// WebAssembly costs more than the fields (as in cueTokens).
		t, st := &a.toks[i], &in.Tokens[i]
		r, _ := utf8.DecodeRuneInString(t.Text)
		st.Start, st.End, st.Lower = t.Start, t.End, a.lowers[i]
		st.Sent, st.Para = a.sentOf[i], a.paraOf[i]
		st.Entity, st.Date = -1, false
		if d := a.es.Of[i]; d >= 0 {
			st.Entity, st.Date = index[d], ents[d].Type == "DATE"
		}
		st.POS, st.Chunk = "", ""
		if i < len(tags) {
			st.POS, st.Chunk = tags[i], labels[i]
		}
		st.Cap, st.InQuote = unicode.IsUpper(r), a.inQuote[i]
	}
	return in
}

// tokensOf is the range of tokens inside bytes [start, end).
func (a *analysis) tokensOf(start, end int) TokenSpan {
	from := a.tokenAt(start)
	to := from
	for to < len(a.toks) && a.toks[to].End <= end {
		to++
	}
	return TokenSpan{From: from, To: to}
}

// ShownSource is the span a reader is shown as statement k's source when
// the ranker picks pick. A name the ranker picks inside the rules' phrase
// replaces the phrase, which may have swallowed a dateline ("date
// 2025-03-06 Ukraine said") or a clause ("Outgoing German Chancellor
// Scholz on Wednesday gave his backing to Zelensky's calls for"); any
// other pick overlapping the rules' phrase keeps it as they wrote it.
// (5-fold CV on train, evalattrib -spans, 17,164 statements with a gold
// source: the shown span's F1 against the gold source 0.8266, 0.8261
// keeping the phrase; overlapping the gold 0.9255, 0.9258 — 5 statements.)
func ShownSource(in *SourceInput, k int, pick TokenSpan) TokenSpan {
	s := shownSource(in, k, pick, shownPolicy)
	if end := in.datelineEnd(); s.From < end && s.To > end {
		s.From = end
	}
	return s
}

// datelineEnd is the token after the dateline that opens the article
// ("LISBON, 6 March 2025 —", "date 2025-03-06"), 0 without one: the first
// sentence's first tokens, up to a date within datelineReach of the start
// with no verb before it and no preposition right before it ("Tom Becker
// on Monday said" has none), and a dash after it; a capitalised word
// opens the sentence after it. Why a rule: PolNeAR's
// articles have no datelines to learn from; the ranker keeps a source
// running over one ("date 2025-03-06 Ukraine said"), which a reader sees
// at once.
func (in *SourceInput) datelineEnd() int {
	end := 0
	for i := 0; i < len(in.Tokens) && i < datelineReach && in.Tokens[i].Sent == 0; i++ {
		t := in.Tokens[i]
		if strings.HasPrefix(t.POS, "VB") || t.InQuote {
			break
		}
		if t.Date && (i == 0 || in.Tokens[i-1].Date || in.Tokens[i-1].POS != "IN" && in.Tokens[i-1].POS != "TO") {
			end = i + 1
		}
	}
	for end > 0 && end < len(in.Tokens) && dashes[in.Tokens[end].Lower] {
		end++
	}
	if end >= len(in.Tokens) || !in.Tokens[end].Cap {
		return 0 // the date is inside a phrase ("the 2008 season")
	}
	return end
}

// datelineReach is how many tokens a dateline may hold.
const datelineReach = 10

var dashes = map[string]bool{"-": true, "--": true, "—": true, "–": true}

// shownPolicy is the policy ShownSource follows. The owner of a speech
// noun cue is its statement's source ("The council rejected Tom Becker's
// claim that …": Tom Becker), and a clause the rules took whole as the
// speaker ("Outgoing German Chancellor Scholz on Wednesday gave his backing
// to Zelensky's calls for a truce") shows that owner, Zelensky. evalattrib
// -spans, 5-fold CV on train (18,233 statements): overlap 0.9183 (16,744),
// span F1 0.8134, against 16,743 and 0.8134 for a name inside the phrase
// alone (kept whole 0.9186, 0.8129): it costs nothing there, and a reader
// no longer sees a clause or the wrong party as a speaker.
var shownPolicy = ownerAlways

// ShowRelativePick shows a pick that is the rules' phrase with the
// relative pronoun after it ("Tom Becker, who") as picked when the
// pronoun is the subject of the cue ("Tom Becker, who said …"), not of a
// clause before it ("Tom Becker, who asked whether …, said"); false
// shows it whenever the ranker picks it.
var ShowRelativePick = true

// What shownSource does with a pick inside the rules' phrase.
const (
	innerKeep     = iota // keep the rules' phrase
	innerNames           // the pick, when it is a name or the phrase cut after one
	innerAny             // the pick, whatever it is
	innerNamesRel        // as innerNames, but a phrase ending in a relative pronoun ("Tom Becker, who") stays
	innerClause          // as innerNames, and a phrase with a verb in it shows the best name inside it
	innerOwner           // as innerNames, and a phrase with a verb in it that holds the owner of a speech noun cue shows the owner
	ownerAlways          // as innerOwner, and the owner of a speech noun cue is the source wherever the pick is
)

// InnerPolicies names the policies evalattrib -spans compares.
var InnerPolicies = []string{"keep the rules' phrase", "a name inside it", "any pick inside it", "a name, not before who", "a name; in a clause too", "a name; a clause's owner", "a speech noun's owner always"}

func shownSource(in *SourceInput, k int, pick TokenSpan, policy int) TokenSpan {
	if policy == ownerAlways {
		if o := in.cueOwner(k); !o.Empty() {
			return o
		}
		policy = innerOwner
	}
	rule := in.Statements[k].Rule
	if pick.Empty() || rule.Empty() || !overlaps(pick, rule) {
		return pick
	}
	if pick.To > rule.To && contains(pick, rule) && relatives[in.Tokens[pick.To-1].Lower] && (!ShowRelativePick || in.subjectOfCue(k, pick.To)) {
		// The rules' phrase with the relative pronoun after it ("Tom
		// Becker, who"), PolNeAR's source, picked over the phrase alone.
		return pick
	}
	if pick == rule || !contains(rule, pick) {
		pick = rule
	}
	switch policy {
	case innerAny:
		return pick
	case innerNamesRel:
		if relatives[in.Tokens[rule.To-1].Lower] {
			return rule
		}
		fallthrough
	case innerNames, innerClause, innerOwner:
		if in.isName(rule, pick) {
			return pick
		}
	}
	if policy == innerOwner && in.hasVerb(rule) {
		if o := in.cueOwner(k); !o.Empty() && contains(rule, o) {
			return o
		}
	}
	if policy == innerClause && k < len(in.inner) && !in.inner[k].Empty() && in.hasVerb(rule) {
		return in.inner[k]
	}
	return rule
}

// subjectOfCue tells whether statement k's cue follows token end with
// nothing but verbs and adverbs between them ("who has long said").
func (in *SourceInput) subjectOfCue(k, end int) bool {
	cue := in.Statements[k].Cue
	if cue.Empty() || cue.From < end {
		return false
	}
	for i := end; i < cue.From; i++ {
		if ck := chunkKind(in.Tokens[i].Chunk); ck != "VP" && ck != "ADVP" {
			return false
		}
	}
	return true
}

// cueOwner is the name that owns statement k's cue when the cue is a noun
// after a possessive ("Zelensky's calls for"), else empty.
func (in *SourceInput) cueOwner(k int) TokenSpan {
	cue := in.Statements[k].Cue
	if cue.Empty() || cue.From < 2 {
		return TokenSpan{}
	}
	if s := in.Tokens[cue.From-1].Lower; s != "'s" && s != "’s" {
		return TokenSpan{}
	}
	e := in.Tokens[cue.From-2].Entity
	if e < 0 || in.Entities[e].To != cue.From-1 {
		return TokenSpan{}
	}
	return TokenSpan{in.Entities[e].From, in.Entities[e].To}
}

// isName tells whether s, inside the rules' phrase rule, is a name or the
// phrase cut after one.
func (in *SourceInput) isName(rule, s TokenSpan) bool {
	return s.From == rule.From && in.entityEndsAt(s.To) || in.isEntity(s)
}

// hasVerb tells whether a verb stands in s.
func (in *SourceInput) hasVerb(s TokenSpan) bool {
	for i := s.From; i < s.To; i++ {
		if strings.HasPrefix(in.Tokens[i].POS, "VB") {
			return true
		}
	}
	return false
}

// relatives open a relative clause, whose pronoun PolNeAR takes as the
// source ("Tom Becker, who said …").
var relatives = map[string]bool{"who": true, "which": true, "that": true}

// isEntity tells whether s is exactly one entity.
func (in *SourceInput) isEntity(s TokenSpan) bool {
	e := in.Tokens[s.From].Entity
	return e >= 0 && in.Entities[e].From == s.From && in.Entities[e].To == s.To
}

// entityEndsAt tells whether an entity ends right before token to.
func (in *SourceInput) entityEndsAt(to int) bool {
	e := in.Tokens[to-1].Entity
	return e >= 0 && in.Entities[e].To == to
}

// SourceFit is, over examples, statement by statement with a gold source:
// how many the chosen source (as shown under policy p of InnerPolicies)
// overlaps, out of how many, and the summed F1 of its bytes against the
// gold source it fits best (how well the shown span fits).
func (m *SourceModel) SourceFit(examples []SourceExample, p int) (right_, total int, fit float64) {
	for _, ex := range examples {
		for k, pick := range m.ChooseSources(ex.Input) {
			if len(ex.Gold[k]) == 0 {
				continue
			}
			s := shownSource(ex.Input, k, pick, p)
			total++
			if right(ex.Input, s, ex.Gold[k]) {
				right_++
			}
			fit += spanFit(ex.Input, s, ex.Gold[k])
		}
	}
	return right_, total, fit
}
