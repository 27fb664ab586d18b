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
	for k, s := range model.ChooseSources(in) {
		q := &refs[k].list[refs[k].i]
		switch rule := in.Statements[k].Rule; {
		case s == rule:
		case overlaps(s, rule):
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
