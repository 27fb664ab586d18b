package attribution

import (
	"github.com/whosaid/whosaid/extract/lexicon"
	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/text"
)

// Where a reported clause starts and ends: the person spoken to after the
// cue, a time or place after it, a description after its comma, another
// attribution inside the clause, and the two apostrophes some archives
// print for quotation marks.

// cueBeforeComma reports whether a cue stands among the few words from i to
// the next comma.
func (a *analysis) cueBeforeComma(i, limit int) bool {
	for k := i; k < limit && k < i+6 && a.toks[k].Text != ","; k++ {
		if a.isCue(k) {
			return true
		}
	}
	return false
}

// trailingAdjunct reports whether the words from i to the sentence's end
// only say when or where the words were said: "…, EgyptAir said on
// Thursday.", "…, she said in a statement."
func (a *analysis) trailingAdjunct(i, end int) bool {
	if end-i > 6 {
		return false
	}
	if e := a.es.Of[i]; e >= 0 && a.es.Entities[e].Type == "DATE" {
		i++
	} else if w := a.lower(i); !adjunctPrepositions[w] && w != "on" {
		return false
	}
	for k := i; k < end; k++ {
		if a.toks[k].Text == "," || a.lower(k) == "that" || a.isCue(k) {
			return false
		}
		if _, ok := speakerPronouns[a.lower(k)]; ok {
			return false
		}
	}
	return true
}

// descriptionAfter reports whether a comma at i, after the cue, opens a
// phrase about the saying rather than the rest of the statement: ",
// referring to …", ", a policy that …" (but "The plan, he said, would
// fail" goes on with its verb).
func (a *analysis) descriptionAfter(i, end int) bool {
	if i+1 >= end || a.toks[i].Text != "," {
		return false
	}
	w := a.lower(i + 1)
	return a.isParticiple(i+1) || determiners[w] && w != "that" || adjunctPrepositions[w]
}

// commaBefore finds the comma that ends a clause at k, stepping back over
// the two apostrophes that some archives print for a closing quotation
// mark (a comma, two apostrophes, then "Mr. Smith said"). It returns -1
// without one.
func (a *analysis) commaBefore(k, lo int) int {
	for k > lo && isApostrophes(a.toks[k].Text) {
		k--
	}
	if k > lo && a.toks[k].Text == "," {
		return k
	}
	return -1
}

// pastObject steps over the person spoken to after a cue that takes one
// ("told reporters that …"), from the word at i.
func (a *analysis) pastObject(c, i, end int) int {
	if !objectCues[lexicon.CueStem(a.lower(c))] {
		return i
	}
	if obj := a.forwardNP(i, end); !obj.Empty() {
		return obj.To
	}
	if i < end && objectPronouns[a.lower(i)] {
		return i + 1
	}
	return i
}

var objectPronouns = map[string]bool{"reporters": true, "him": true, "her": true, "them": true, "us": true, "me": true}

// adjunctPrepositions start a phrase about the saying, not what was said.
var adjunctPrepositions = map[string]bool{
	"in": true, "at": true, "after": true, "before": true, "during": true, "with": true,
	"to": true, "for": true, "from": true, "about": true, "by": true, "of": true,
	"without": true, "against": true, "since": true, "until": true, "through": true,
	"via": true, "over": true, "under": true, "outside": true, "inside": true, "near": true,
}

// trimEnd steps back from end over the stops and quotation marks that close
// a clause (an archive's apostrophes too), no further than from.
func (a *analysis) trimEnd(from, end int) int {
	for end > from && (text.IsTerminal(a.toks[end-1].Text) || quotes.IsMark(a.toks[end-1].Text) || a.toks[end-1].Text == "'") {
		end--
	}
	return end
}

// isApostrophes reports whether a token is an apostrophe or the two an
// archive prints for a quotation mark.
func isApostrophes(tok string) bool { return tok == "'" || tok == "''" }
