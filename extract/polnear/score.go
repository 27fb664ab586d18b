package polnear

import "fmt"

// Attribution is what an engine found: a quotation or a reported
// statement and its speaker (nil when none), in UTF-8 byte offsets.
type Attribution struct {
	Span
	Speaker *Span
}

// Prediction is an engine's output for one article, the two lists the
// scorer reads: "quotes" and "reported".
type Prediction struct {
	Quotes, Reported []Attribution
}

// Scores sums the shared scorer's counts over articles. Its figures are
// those of tools/score_quotes.py, to the last digit.
type Scores struct {
	Docs int
	// Direct quotations: matched, spurious, missed; speakers right of
	// those with a gold source.
	TP, FP, FN, SpeakerOK, SpeakerN int
	// Attributions (quotes and reported together): predictions, those
	// whose content overlaps gold content, gold contents, those overlapped.
	ContentPred, ContentPredOK, ContentGold, ContentGoldHit int
	// The same with the source right too.
	SourcePred, SourcePredOK, SourceGold, SourceGoldHit int
	// Predictions whose content overlaps no gold content (scare quotes,
	// nicknames, titles …), and those of them given no source: not the
	// shared scorer's, which does not count them.
	Unmatched, UnmatchedNoSource int
}

// Add scores one article's prediction.
func (s *Scores) Add(a *Article, p Prediction) error {
	b2c := byteToChar(a.Text)
	conv := func(x Attribution) (cspan, *cspan, error) {
		q, err := charSpan(b2c, x.Span)
		if err != nil {
			return q, nil, err
		}
		if x.Speaker == nil {
			return q, nil, nil
		}
		sp, err := charSpan(b2c, *x.Speaker)
		return q, &sp, err
	}
	type pred struct {
		q  cspan
		sp *cspan
	}
	var pq, pa []pred
	for _, x := range p.Quotes {
		q, sp, err := conv(x)
		if err != nil {
			return fmt.Errorf("%s: quote: %w", a.Name, err)
		}
		pq = append(pq, pred{q, sp})
	}
	pa = append(pa, pq...)
	for _, x := range p.Reported {
		q, sp, err := conv(x)
		if err != nil {
			return fmt.Errorf("%s: reported: %w", a.Name, err)
		}
		pa = append(pa, pred{q, sp})
	}

	used := map[int]bool{}
	for _, g := range a.quotes {
		best := -1
		for k, x := range pq {
			if used[k] {
				continue
			}
			ov := overlap(g.q, x.q)
			if ov > 0 && ov*2 >= max(g.q.b-g.q.a, x.q.b-x.q.a) {
				best = k
				break
			}
		}
		if best < 0 {
			s.FN++
			continue
		}
		used[best] = true
		s.TP++
		if len(g.source) > 0 {
			s.SpeakerN++
			if sp := pq[best].sp; sp != nil && overlapsAny(*sp, g.source) {
				s.SpeakerOK++
			}
		}
	}
	s.FP += len(pq) - len(used)

	for _, x := range pa {
		s.ContentPred++
		s.SourcePred++
		hit, srcOK := false, false
		for _, r := range a.rels {
			if overlapsAny(x.q, r.content) {
				hit = true
				if x.sp != nil && overlapsAny(*x.sp, r.source) {
					srcOK = true
				}
			}
		}
		if hit {
			s.ContentPredOK++
		} else {
			s.Unmatched++
			if x.sp == nil {
				s.UnmatchedNoSource++
			}
		}
		if srcOK {
			s.SourcePredOK++
		}
	}
	for _, r := range a.rels {
		s.ContentGold++
		s.SourceGold++
		hit, srcOK := false, false
		for _, x := range pa {
			if overlapsAny(x.q, r.content) {
				hit = true
				if x.sp != nil && overlapsAny(*x.sp, r.source) {
					srcOK = true
				}
			}
		}
		if hit {
			s.ContentGoldHit++
		}
		if srcOK {
			s.SourceGoldHit++
		}
	}
	s.Docs++
	return nil
}

// Merge adds another sum of counts (another fold's, say).
func (s *Scores) Merge(o Scores) {
	s.Docs += o.Docs
	s.TP += o.TP
	s.FP += o.FP
	s.FN += o.FN
	s.SpeakerOK += o.SpeakerOK
	s.SpeakerN += o.SpeakerN
	s.ContentPred += o.ContentPred
	s.ContentPredOK += o.ContentPredOK
	s.ContentGold += o.ContentGold
	s.ContentGoldHit += o.ContentGoldHit
	s.SourcePred += o.SourcePred
	s.SourcePredOK += o.SourcePredOK
	s.SourceGold += o.SourceGold
	s.SourceGoldHit += o.SourceGoldHit
	s.Unmatched += o.Unmatched
	s.UnmatchedNoSource += o.UnmatchedNoSource
}

// Ratio is a/b, 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// F1 is the harmonic mean of a precision and a recall.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// QuotePrecision, QuoteRecall and QuoteF1 score direct quotations.
func (s Scores) QuotePrecision() float64 { return Ratio(s.TP, s.TP+s.FP) }
func (s Scores) QuoteRecall() float64    { return Ratio(s.TP, s.TP+s.FN) }
func (s Scores) QuoteF1() float64        { return F1(s.QuotePrecision(), s.QuoteRecall()) }

// SpeakerAccuracy is the share of matched quotations with a gold source
// whose speaker overlaps it.
func (s Scores) SpeakerAccuracy() float64 { return Ratio(s.SpeakerOK, s.SpeakerN) }

// UnmatchedNoSourceShare is the share of predictions matching no gold
// content that have no source: a reader sees a source given to a nickname.
func (s Scores) UnmatchedNoSourceShare() float64 { return Ratio(s.UnmatchedNoSource, s.Unmatched) }

// ContentF1 is the attribution figure on content overlap alone.
func (s Scores) ContentF1() float64 {
	return F1(Ratio(s.ContentPredOK, s.ContentPred), Ratio(s.ContentGoldHit, s.ContentGold))
}

// AttributionF1 is the attribution figure with content and source right.
func (s Scores) AttributionF1() float64 {
	return F1(Ratio(s.SourcePredOK, s.SourcePred), Ratio(s.SourceGoldHit, s.SourceGold))
}

// String prints the figures as the scorer's last line does.
func (s Scores) String() string {
	return fmt.Sprintf("quoteF1=%.3f speakerAcc=%.3f directEndToEnd=%.3f attributionF1=%.3f",
		s.QuoteF1(), s.SpeakerAccuracy(), s.QuoteF1()*s.SpeakerAccuracy(), s.AttributionF1())
}

// Report prints every line the scorer prints.
func (s Scores) Report() string {
	return fmt.Sprintf("docs %d gold %d predicted %d\n", s.Docs, s.TP+s.FN, s.TP+s.FP) +
		fmt.Sprintf("quote P %.3f R %.3f F1 %.3f\n", s.QuotePrecision(), s.QuoteRecall(), s.QuoteF1()) +
		fmt.Sprintf("speaker accuracy on matched quotes %.3f (%d/%d)\n", s.SpeakerAccuracy(), s.SpeakerOK, s.SpeakerN) +
		fmt.Sprintf("all attributions (direct and reported), %d gold: content overlap P %.3f R %.3f F1 %.3f; content+source P %.3f R %.3f F1 %.3f\n",
			s.ContentGold, Ratio(s.ContentPredOK, s.ContentPred), Ratio(s.ContentGoldHit, s.ContentGold), s.ContentF1(),
			Ratio(s.SourcePredOK, s.SourcePred), Ratio(s.SourceGoldHit, s.SourceGold), s.AttributionF1()) +
		s.String() + "\n"
}

func overlap(x, y cspan) int { return max(0, min(x.b, y.b)-max(x.a, y.a)) }

func overlapsAny(x cspan, ys []cspan) bool {
	for _, y := range ys {
		if overlap(x, y) > 0 {
			return true
		}
	}
	return false
}

// byteToChar maps each byte offset that starts a code point (and the end)
// to its code-point offset; -1 elsewhere.
func byteToChar(text string) []int {
	m := make([]int, len(text)+1)
	for i := range m {
		m[i] = -1
	}
	n := 0
	for i := range text {
		m[i] = n
		n++
	}
	m[len(text)] = n
	return m
}

func charSpan(b2c []int, s Span) (cspan, error) {
	if s.Start < 0 || s.End >= len(b2c) || s.Start > s.End || b2c[s.Start] < 0 || b2c[s.End] < 0 {
		return cspan{}, fmt.Errorf("span %d–%d is not on code-point boundaries of a %d-byte text", s.Start, s.End, len(b2c)-1)
	}
	return cspan{b2c[s.Start], b2c[s.End]}, nil
}
