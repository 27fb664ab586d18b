package polnear

import (
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/extract"
)

// SaidCandidate is a quotation-marked stretch the engine found in an
// article, with the features its quotation model reads and what the
// annotators say of it.
type SaidCandidate struct {
	Span
	Features []uint32
	// Gold: the scorer counts a gold quotation this stretch matches.
	Gold bool
	// InContent: at least half of it lies inside annotated content, so
	// the annotators read it as somebody's words even where the scorer
	// finds no stretch (content cut into sentences across the marks).
	InContent bool
	// Single: between single marks ('…', ‘…’), which the scorer never
	// reads as a quotation's.
	Single bool
	// BesideDouble: the article has stretches between double marks, so
	// its quotations are in those and single marks are headlines' or
	// nested ones.
	BesideDouble bool
}

// Said tells whether somebody said it as the annotators read it.
func (c SaidCandidate) Said() bool { return c.Gold || c.InContent }

// Label is what the quotation model learns: the scorer's gold, which
// cross-validates better than every stretch inside annotated content
// (trainquotes -content-label); but between single marks, which the
// scorer never counts, the annotators' content (British quotations are
// quotations: 'It was a mistake,' the minister said).
func (c SaidCandidate) Label() bool { return c.Gold || c.Single && c.InContent }

// Learned tells whether the quotation model learns from the stretch: not
// from single marks in an article that quotes in double marks, which the
// engine never reads as a quotation (a headline's or nested words; the
// scorer counts none).
func (c SaidCandidate) Learned() bool { return !c.Single || !c.BesideDouble }

// SaidCandidates runs the engine over arts with the rules' decision of
// which stretches are quotations (so that the features do not depend on
// a model being trained) and returns each article's stretches.
func SaidCandidates(arts []Article, opt extract.Options) ([][]SaidCandidate, error) {
	out := make([][]SaidCandidate, len(arts))
	for i := range arts {
		a := &arts[i]
		var cs []SaidCandidate
		o := opt
		o.Said, o.RuleSaid = nil, true
		o.ObserveSaid = func(start, end int, f []uint32) {
			cs = append(cs, SaidCandidate{Span: Span{start, end}, Features: f})
		}
		if _, err := extract.AnnotateWith(a.Text, o); err != nil {
			return nil, fmt.Errorf("%s: %w", a.Name, err)
		}
		gold := a.Quotes()
		for k := range cs {
			c := &cs[k]
			for _, g := range gold {
				ov := min(c.End, g.End) - max(c.Start, g.Start)
				if ov > 0 && 2*ov >= max(c.End-c.Start, g.End-g.Start) {
					c.Gold = true
					break
				}
			}
			c.InContent = 2*a.contentBytes(c.Span) >= c.End-c.Start
			mark := a.Text[c.Start:c.End]
			c.Single = strings.HasPrefix(mark, "‘") || strings.HasPrefix(mark, "'") && !strings.HasPrefix(mark, "''")
		}
		double := false
		for _, c := range cs {
			double = double || !c.Single
		}
		for k := range cs {
			cs[k].BesideDouble = double
		}
		out[i] = cs
	}
	return out, nil
}

// contentBytes counts the bytes of s inside any relation's content.
func (a *Article) contentBytes(s Span) int {
	in := make([]bool, s.End-s.Start)
	for _, r := range a.Relations {
		for _, c := range r.Content {
			for b := max(c.Start, s.Start); b < min(c.End, s.End); b++ {
				in[b-s.Start] = true
			}
		}
	}
	n := 0
	for _, x := range in {
		if x {
			n++
		}
	}
	return n
}
