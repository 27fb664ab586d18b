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
	if a.said.pending != nil {
		a.said.pending = append(a.said.pending, c)
	}
	return !(cur.Speaker == nil && !c.speechy && !c.sentCue || c.rejected)
}
