package attribution

import (
	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/text"
)

// speechNouns name what someone said: `Trump's claim that "Q"`, `the
// senator's description of the bill as "Q"`. The owner is the speaker.
var speechNouns = map[string]bool{
	"claim": true, "claims": true, "statement": true, "statements": true,
	"remark": true, "remarks": true, "comment": true, "comments": true,
	"description": true, "assertion": true, "assertions": true, "words": true,
	"promise": true, "warning": true, "accusation": true, "accusations": true,
	"charge": true, "pledge": true, "vow": true, "boast": true,
	"insistence": true, "suggestion": true, "declaration": true,
	"argument": true, "prediction": true, "tweet": true, "tweets": true,
	"characterization": true, "answer": true, "response": true,
	"question": true, "message": true, "slogan": true, "quip": true,
}

// givingVerbs hand over words: "issued a statement", "used the words".
var givingVerbs = map[string]bool{
	"issued": true, "released": true, "sent": true, "gave": true, "posted": true,
	"put": true, "offered": true, "used": true, "delivered": true, "read": true,
}

// statementAdjectives stand between the article and the noun: "the
// following statement", "a brief statement".
var statementAdjectives = map[string]bool{
	"following": true, "brief": true, "short": true, "joint": true,
	"written": true, "new": true, "lengthy": true, "separate": true,
}

// possessivePronouns stand for the owner in `his claim that "Q"`; the
// pronoun itself is the speaker mention, resolved like "he" or "she".
var possessivePronouns = map[string]string{"his": "m", "her": "f"}

// attributeToPossessor handles `X's claim that "Q"` and `his remark: "Q"`:
// a speech noun owned by someone, a few words at most before the quotation.
func (a *analysis) attributeToPossessor(qa, lo int) (speakerCue, bool) {
	for k := qa - 1; k >= lo && k >= qa-8; k-- {
		if a.inQuote[k] || quotes.IsMark(a.toks[k].Text) {
			return speakerCue{}, false
		}
		if !a.on(k, onSpeechNouns) || k-1 < lo {
			continue
		}
		if !a.introducesContent(k+1, qa) {
			return speakerCue{}, false
		}
		cue := span{From: k, To: k + 1}
		p := a.lower(k - 1)
		// `Trump issued a statement, "Q"`, `released the following
		// statement:`: whoever gives the words
		det := k - 1
		if statementAdjectives[p] {
			det--
		}
		if d := a.lower(det); (d == "a" || d == "an" || d == "the") && det-2 >= lo && givingVerbs[a.lower(det-1)] {
			if sp := a.backwardNP(det-2, lo); !sp.Empty() && a.namesSomeone(sp) {
				return speakerCue{speaker: sp, cue: span{From: det - 1, To: k + 1}, owned: true}, true
			}
			return speakerCue{}, false
		}
		if _, ok := possessivePronouns[p]; ok {
			return speakerCue{speaker: span{From: k - 1, To: k}, cue: cue, owned: true}, true
		}
		if p != "'s" && p != "’s" || k-2 < lo {
			return speakerCue{}, false
		}
		if sp := a.backwardNP(k-2, lo); !sp.Empty() && sp.To == k-1 && a.namesSomeone(sp) && !(k+1 == qa && a.reportedBy(sp.From, lo)) {
			return speakerCue{speaker: sp, cue: cue, owned: true}, true
		}
		return speakerCue{}, false
	}
	return speakerCue{}, false
}

// reportedBy reports whether the owner's phrase at i is itself reported
// by a cue before it: `calling Trump's charge "pathetic"`, `told CNN that
// Ginsburg's comments "show bias"`. A quotation right after the noun is
// then the cue's (but `rejected Becker's claim that "…"` stays Becker's).
func (a *analysis) reportedBy(i, lo int) bool {
	if i-1 >= lo && a.isCue(i-1) {
		return true
	}
	if i-1 >= lo && a.lower(i-1) == "that" {
		for k := i - 2; k >= lo && k > i-8; k-- {
			if a.isCue(k) {
				return true
			}
		}
	}
	return false
}

// introducesContent reports whether the words between a speech noun and a
// quotation hand the quotation over as what was said: `claim that "Q"`,
// `remark: "Q"`, `description of the bill as "Q"`. Anything else makes the
// quotation a comment on the words (`Trump's statement was "true"`).
func (a *analysis) introducesContent(from, to int) bool {
	switch {
	case from == to:
		// `Trump's comments "are based on his opinion"`: the noun is what
		// the quotation's verb is about, not who says it
		return to+1 >= len(a.toks) || !npStop[a.lower(to+1)] || !text.StartsLower(a.toks[to+1].Text)
	case to-from == 1:
		w := a.toks[from].Text
		return w == "that" || w == ":" || w == "," || text.IsDash(w)
	case a.lower(from) == "that" || a.lower(from) == "of" && (a.lower(to-1) == "as" || a.lower(to-1) == "that"):
		// `claim that there have been "Q"`: the claim's own clause
		for j := from + 1; j < to; j++ {
			if a.isCue(j) || text.IsTerminal(a.toks[j].Text) || a.toks[j].Text == "," {
				return false
			}
		}
		return true
	}
	return false
}

// attributeAsPutIt handles `as The New Yorker put it in an expose, "Q"`:
// the phrase names the source of the words that follow it.
func (a *analysis) attributeAsPutIt(qa, lo int) (speakerCue, bool) {
	for k := qa - 1; k > lo && k > qa-16; k-- {
		if quotes.IsMark(a.toks[k].Text) || text.IsTerminal(a.toks[k].Text) {
			return speakerCue{}, false
		}
		if a.lower(k) != "it" || a.lower(k-1) != "put" {
			continue
		}
		for j := k - 2; j >= lo && j > k-10; j-- {
			if a.lower(j) == "as" {
				if sp := a.forwardNP(j+1, k-1); !sp.Empty() && sp.To == k-1 && a.namesSomeone(sp) {
					return speakerCue{speaker: sp, cue: span{From: k - 1, To: k + 1}}, true
				}
				return speakerCue{}, false
			}
		}
		return speakerCue{}, false
	}
	return speakerCue{}, false
}

// attributeToLabel reads a name set before a colon as a label, the way a
// digest of other writers' words does: `Pollsters agree - Carl Bialik:
// "Q"`. The name opens its sentence or follows a dash, or no cue stands
// before it, so that `he told Trump: "Q"` stays with its cue.
func (a *analysis) attributeToLabel(qa, lo int) (speakerCue, bool) {
	colon := qa - 1
	if colon-1 < lo || a.toks[colon].Text != ":" {
		return speakerCue{}, false
	}
	e := a.es.Of[colon-1]
	if e < 0 || a.es.Entities[e].Type != "PERSON" && a.es.Entities[e].Type != "ORG" {
		return speakerCue{}, false
	}
	from := a.tokenAt(a.es.Entities[e].Start)
	if from == lo || text.IsDash(a.toks[from-1].Text) {
		return speakerCue{speaker: span{From: from, To: colon}}, true
	}
	// "The surge does not surprise Republican pollster Daron Shaw: \"Q\"":
	// with no cue before it, the name at the colon is the one quoted
	for k := lo; k < colon; k++ {
		if a.isCue(k) || a.inQuote[k] {
			return speakerCue{}, false
		}
	}
	if sp := a.backwardNP(colon-1, lo); !sp.Empty() && sp.To == colon {
		return speakerCue{speaker: sp}, true
	}
	return speakerCue{speaker: span{From: from, To: colon}}, true
}
