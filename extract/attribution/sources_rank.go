package attribution

import (
	_ "embed"
	"sort"
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

// EmbeddedSourceModel is the source ranker the page runs.
func EmbeddedSourceModel() (*SourceModel, error) {
	sourceOnce.Do(func() { sourceModel, sourceErr = LoadSourceModel(sourceModelData) })
	return sourceModel, sourceErr
}

// statementRef is one quotation or reported clause in text order.
type statementRef struct {
	list []Quote
	i    int
	rep  bool
}

// RankSources lets model choose each statement's source among the
// candidates (the rules' own choice, which Resolve gave, is one of them and
// a feature), and sets the speaker and who it resolves to. A nil model
// keeps the rules' choices; observe, if set, sees what the ranker reads
// (training reads it).
func (x *Analysis) RankSources(model *SourceModel, quotations, reported []Quote, observe func(*SourceInput)) {
	if model == nil && observe == nil {
		return
	}
	a := x.a
	var refs []statementRef
	for i := range quotations {
		refs = append(refs, statementRef{quotations, i, false})
	}
	for i := range reported {
		refs = append(refs, statementRef{reported, i, true})
	}
	sort.SliceStable(refs, func(i, j int) bool { return refs[i].list[refs[i].i].Start < refs[j].list[refs[j].i].Start })
	in := a.sourceInput()
	for _, r := range refs {
		q := r.list[r.i]
		st := SourceStatement{Span: a.tokensOf(q.Start, q.End), Reported: r.rep}
		if q.Cue != nil {
			st.Cue = a.tokensOf(q.Cue.Start, q.Cue.End)
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
		return
	}
	for k, pick := range model.ChooseSources(in) {
		q := &refs[k].list[refs[k].i]
		switch s, rule := ShownSource(in, k, pick), in.Statements[k].Rule; {
		case s == rule:
		case overlaps(s, rule) && !contains(rule, s):
			// The same mention as the rules' phrase, which stays as they
			// wrote it ("Tom Becker", not an earlier "Tom Becker, who").
		case s.Empty():
			q.Speaker, q.SpeakerID = nil, ""
		default:
			q.Speaker = a.spanOf(span{From: s.From, To: s.To})
			q.SpeakerID = a.resolveSpeaker(span{From: s.From, To: s.To})
		}
	}
}

// sourceInput is the text as the source ranker reads it.
func (a *analysis) sourceInput() *SourceInput {
	in := &SourceInput{Tokens: make([]SourceToken, len(a.toks))}
	ents := a.es.Entities
	index := make([]int, len(ents))
	for e, ent := range ents {
		index[e] = -1
		if ent.Type != "DATE" {
			index[e] = len(in.Entities)
			in.Entities = append(in.Entities, SourceEntity{From: a.es.Spans[e].From, To: a.es.Spans[e].To, Type: ent.Type})
		}
	}
	for i, t := range a.toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		e := -1
		if a.es.Of[i] >= 0 {
			e = index[a.es.Of[i]]
		}
		in.Tokens[i] = SourceToken{
			Start: t.Start, End: t.End, Lower: a.lowers[i], Cap: unicode.IsUpper(r),
			Sent: a.sentOf[i], Para: a.paraOf[i], InQuote: a.inQuote[i], Entity: e,
		}
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
// (Chosen by 5-fold CV on train: evalattrib -spans.)
func ShownSource(in *SourceInput, k int, pick TokenSpan) TokenSpan {
	return shownSource(in, k, pick, shownPolicy)
}

// shownPolicy is the policy ShownSource follows.
var shownPolicy = innerKeep

// What shownSource does with a pick inside the rules' phrase.
const (
	innerKeep     = iota // keep the rules' phrase
	innerNames           // the pick, when it is a name or the phrase cut after one
	innerAny             // the pick, whatever it is
	innerNamesRel        // as innerNames, but a phrase ending in a relative pronoun ("Tom Becker, who") stays
)

// InnerPolicies names the policies evalattrib -spans compares.
var InnerPolicies = []string{"keep the rules' phrase", "a name inside it", "any pick inside it", "a name, not before who"}

func shownSource(in *SourceInput, k int, pick TokenSpan, policy int) TokenSpan {
	rule := in.Statements[k].Rule
	if pick.Empty() || rule.Empty() || !overlaps(pick, rule) || pick == rule {
		return pick
	}
	if !contains(rule, pick) {
		return rule
	}
	switch policy {
	case innerAny:
		return pick
	case innerNamesRel:
		if relatives[in.Tokens[rule.To-1].Lower] {
			return rule
		}
		fallthrough
	case innerNames:
		if pick.From == rule.From && in.entityEndsAt(pick.To) || in.isEntity(pick) {
			return pick
		}
	}
	return rule
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
