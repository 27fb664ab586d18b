package attribution

import "github.com/whosaid/whosaid/extract/quotes"

// saidChoice decides which quotation-marked stretches are quotations: the
// learned model (quotes.Said) or, for training, the rules.
type saidChoice struct {
	model   *quotes.Said
	rules   bool
	observe func(start, end int, features []uint32)
	// The two passes of attributeAll: the first collects every stretch
	// as the rules read it (pending), the second keeps what fixed says.
	pending []saidCandidate
	fixed   []bool
	attrs   []markAttribution
	// double: 1 when the article quotes in double marks, -1 when not, 0
	// not yet known.
	double int8
}

// keeps tells whether the stretch c with features f is a quotation. A
// nickname in marks is part of a name, never a quotation (the rule, not
// the model: train-CV 0.953 either way, and PolNeAR's few inside annotated
// content teach the model otherwise). Neither is a stretch between single
// marks in an article that quotes in double marks: its headline's or
// nested words (the rule, not the model, which learns double-marked
// quotations and British ones; evalattrib train-CV quote F1 0.948 -> 0.953).
func (s *saidChoice) keeps(c *saidCandidate, f []uint32) bool {
	return !c.nickname && !c.besideDouble && s.model.IsQuotation(f)
}

func (s *saidChoice) load() error {
	if s.model != nil || s.rules {
		return nil
	}
	m, err := quotes.EmbeddedSaid()
	s.model = m
	return err
}

// isQuotation decides on the stretch marks[k] (tokens qa to qb) whose
// speaker the rules found as how says.
func (a *analysis) isQuotation(k, qa, qb int, cur *attributed, how string) bool {
	q := a.marks[k]
	if a.said.fixed != nil {
		return a.said.fixed[k]
	}
	c := saidCandidate{k: k, q: q, qa: qa, qb: qb, how: how, cur: *cur}
	c.speechy = a.looksLikeSpeech(q)
	c.sentCue = a.sentenceHasCue(qa)
	c.transcript, c.title, c.nickname = a.isTranscriptLine(q), a.isShowTitle(q, qa), quotes.IsNickname(a.td, qa, qb)
	c.rejected = c.transcript || c.title || c.nickname
	c.besideDouble = markStyle(a.text[q.Start:q.End]) == "single" && a.quotesInDoubleMarks()
	if a.said.pending != nil {
		a.said.pending = append(a.said.pending, c)
	}
	return !(cur.Speaker == nil && !c.speechy && !c.sentCue || c.rejected)
}
