package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extract/text"
)

// Reported speech whose clause the rules do not find ("Becker's criticism
// of the plan", "the council voted to close the pier"): the content tagger
// learned from PolNeAR's Content spans (extract/attribution/cues) says
// which words of the sentence the cue introduces, and the source ranker
// chooses who said them among the mentions around.

// contentFinder returns the tokens [a, b) of what the cue at c introduces
// in the sentence [from, to).
type contentFinder func(c, from, to int) (int, int, bool)

// learnedReport makes the attribution of the cue at c from the content
// tagger's clause; the speaker phrase is the noun phrase (the chunker's)
// that says it: the possessor in the cue's own phrase ("his assessment"),
// else the phrase before the cue ("the union has warned"), or, for a clause
// before the cue, the phrase after it.
func (a *analysis) learnedReport(c int, s text.Sentence, content contentFinder) (attributed, bool) {
	from, to, ok := content(c, s.From, s.To)
	if !ok {
		return attributed{}, false
	}
	var speaker span
	switch {
	case from > c:
		speaker = a.possessorOf(c)
		if speaker.Empty() {
			speaker = a.npBefore(a.ownPhraseStart(c), s.From)
		}
	case to <= c:
		speaker = a.npAfter(c, s.To)
		if speaker.Empty() {
			speaker = a.npBefore(c, to)
		}
	}
	return a.reportedSpan(span{From: from, To: a.trimEnd(from, to)}, speaker, a.cueSpan(c))
}

// NounOwnPhrase: the speaker phrase of a noun cue with no possessor is
// looked for before the noun phrase that holds the cue, not in it ("The
// grim view of …" names no one; evalattrib -noun-own-phrase).
var NounOwnPhrase = false

// ownPhraseStart is where the phrase before a noun cue at c is looked for:
// before the noun phrase holding it (with NounOwnPhrase), else right
// before c.
func (a *analysis) ownPhraseStart(c int) int {
	if !NounOwnPhrase || a.syn == nil || !strings.HasPrefix(a.syn.Tags[c], "NN") {
		return c
	}
	if np := a.np(c); !np.Empty() && np.From < c {
		return np.From
	}
	return c
}

// np is the noun-phrase chunk holding token i (empty when none).
func (a *analysis) np(i int) span {
	if a.syn == nil || i < 0 || i >= len(a.toks) {
		return span{}
	}
	ch, ok := a.syn.ChunkAt(i)
	if !ok || ch.Kind != "NP" {
		return span{}
	}
	return span{From: ch.From, To: ch.To}
}

// npBefore is the noun phrase before the cue at c, past the auxiliaries
// and adverbs between them ("the union has long warned"), not before lo.
func (a *analysis) npBefore(c, lo int) span {
	k := c - 1
	for k >= lo && a.syn != nil && k < len(a.syn.Tags) && (strings.HasPrefix(a.syn.Tags[k], "RB") || a.syn.Tags[k] == "MD" || auxiliaries[a.lower(k)]) {
		k--
	}
	if k < lo {
		return span{}
	}
	np := a.np(k)
	if np.Empty() || np.From < lo {
		return span{}
	}
	return np
}

// npAfter is the noun phrase right after the cue at c ("…, argues
// Viguerie"), past a "by" ("as measured by the review"), before hi.
func (a *analysis) npAfter(c, hi int) span {
	k := c + 1
	if k < hi && a.lower(k) == "by" {
		k++
	}
	if k >= hi {
		return span{}
	}
	np := a.np(k)
	if np.Empty() || np.To > hi {
		return span{}
	}
	return np
}

// possessorOf is the possessor in a noun cue's phrase: "his" of "his
// assessment", "Trump's" of "Trump's assertion".
func (a *analysis) possessorOf(c int) span {
	np := a.np(c)
	if np.Empty() || np.From >= c || a.syn.Tags[c][:min(2, len(a.syn.Tags[c]))] != "NN" {
		return span{}
	}
	for k := np.From; k < c; k++ {
		if a.syn.Tags[k] == "PRP$" {
			return span{From: k, To: k + 1}
		}
		if w := a.lower(k); w == "'s" || w == "’s" {
			if k > np.From {
				return span{From: np.From, To: k}
			}
		}
	}
	return span{}
}

// auxiliaries stand between a subject and its verb.
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "were": true,
	"are": true, "be": true, "been": true, "do": true, "does": true, "did": true,
	"not": true, "n't": true, "n’t": true, "will": true, "would": true, "could": true,
	"should": true, "can": true, "may": true, "might": true, "must": true,
}

// describesSaying reports whether the cue at c stands in a phrase that
// describes a statement already found in the sentence, as reportedAt reads
// one (descriptionAfter): "…, Vargas said, a promise that could cost the
// city dearly" — the promise is what she said, not a statement of its own.
func (a *analysis) describesSaying(c int, s text.Sentence, stated bool) bool {
	if !stated {
		return false
	}
	for p := c - 1; p > s.From && p >= c-3; p-- {
		if a.toks[p].Text == "," {
			return a.descriptionAfter(p, s.To)
		}
	}
	return false
}
