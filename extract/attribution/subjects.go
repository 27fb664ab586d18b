package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/text"
)

// Who a clause is about: the subject phrase behind an opening phrase or a
// conjunction, a description or an apposition between it and the verb, the
// main clause after a quoted opening phrase, and sources that are counts
// ("63 percent", "the mother of three"). attribute.go asks these questions.

// isAge tells "34-year-old" (a description of a person) from a count or a
// score ("6-1", "8").
func isAge(w string) bool {
	return startsWithDigit(w) && strings.Contains(w, "-year-old")
}

// quantityPronouns stand alone for people: "Several said", "Others told".
var quantityPronouns = map[string]bool{
	"several": true, "many": true, "some": true, "others": true, "most": true,
	"both": true, "few": true, "all": true,
}

// numberWords count ("mother of three", "63 percent").
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true,
}

// fractions stand for a share of the people asked: "a third said".
var fractions = map[string]bool{
	"half": true, "third": true, "quarter": true, "two-thirds": true,
	"three-quarters": true, "majority": true, "minority": true,
}

// countedSource finds a source phrase that ends in a count, before the cue
// at k+1: "63 percent said", "41% said", "the mother of three replied".
// ok is false when the phrase does not end in a count.
func (a *analysis) countedSource(k, lo int) (sp span, ok bool) {
	isCount := func(i int) bool { return numberWords[a.lower(i)] || startsWithDigit(a.toks[i].Text) }
	switch {
	case k-1 >= lo && (a.lower(k) == "percent" || a.lower(k) == "%") && isCount(k-1):
		return span{From: k - 1, To: k + 1}, true
	case k-2 >= lo && a.lower(k-1) == "in" && isCount(k) && isCount(k-2):
		// "Six in 10 say", "4 in 10 said"
		from := k - 2
		if from-2 >= lo && a.lower(from-1) == "than" && (a.lower(from-2) == "more" || a.lower(from-2) == "fewer") {
			from -= 2
		}
		return span{From: from, To: k + 1}, true
	case fractions[a.lower(k)] && (k == lo || !a.on(k-1, onDeterminers) || a.lower(k-1) == "a"):
		// "half said so", "a third said", "two-thirds say"
		if k-1 >= lo && a.lower(k-1) == "a" {
			return span{From: k - 1, To: k + 1}, true
		}
		return span{From: k, To: k + 1}, true
	case startsWithDigit(a.toks[k].Text) && strings.HasSuffix(a.toks[k].Text, "%"):
		return span{From: k, To: k + 1}, true
	case k-2 >= lo && a.lower(k-1) == "of" && isCount(k):
		head := a.backwardNP(k-2, lo)
		if head.Empty() || head.To != k-1 {
			return span{}, true
		}
		return span{From: head.From, To: k + 1}, true
	}
	return span{}, false
}

// hasClause reports whether a phrase runs over a verb, as a phrase read
// back through "for" can ("The council voted 6-1 for the resolution").
func (a *analysis) hasClause(s span) bool {
	for i := s.From + 1; i < s.To; i++ {
		if w := a.lower(i); text.StartsLower(a.toks[i].Text) && (strings.HasSuffix(w, "ed") || a.isCue(i)) && !a.on(i-1, onDeterminers) && !strings.HasSuffix(a.lower(i-1), "ly") {
			return true
		}
	}
	return false
}

// openers are the prepositions that start an opening phrase before the
// subject ("On Monday, ...", "In a statement ...").
var openers = map[string]bool{
	"on": true, "in": true, "at": true, "after": true, "before": true,
	"during": true, "since": true, "last": true, "earlier": true, "later": true,
	"meanwhile": true, "however": true, "but": true, "and": true, "still": true,
	"yet": true, "so": true, "now": true, "then": true, "also": true, "as": true,
	"following": true, "under": true, "by": true, "with": true, "for": true,
	// a subordinate clause before the main one: "Though she called ..., Clinton restricted"
	"though": true, "although": true, "if": true, "when": true, "while": true,
	"because": true, "once": true, "unless": true, "whether": true,
}

// thenWords may follow a conjunction before the subject.
var thenWords = map[string]bool{"then": true, "now": true, "still": true, "so": true, "yet": true}

// conjunctions open a sentence with no comma after them ("But he said").
var conjunctions = map[string]bool{"but": true, "and": true, "so": true, "yet": true}

// subject finds the subject phrase of the clause starting at lo, stepping
// over an opening phrase ("In July, Gingrich ...", "On September 27 they ...").
func (a *analysis) subject(lo, hi int) span {
	if hi-lo > window {
		return span{} // no subject this far before
	}
	start := lo
	// "Speaking at a town hall in Salem, Trump went after Bush": a
	// participle's phrase opens the sentence like a preposition's
	participle := start < hi && a.isParticiple(start) && text.IsCapitalized(a.toks[start].Text) && a.es.Of[start] < 0
	// "Hastily, Trump cast the blame …"
	adverb := start+1 < hi && strings.HasSuffix(a.lower(start), "ly") && a.toks[start+1].Text == ","
	if start < hi && (a.on(start, onOpeners) || participle || adverb || a.es.Of[start] >= 0 && a.es.Entities[a.es.Of[start]].Type == "DATE") {
		comma := -1
		for i := start; i < hi && i < lo+20; i++ {
			if a.toks[i].Text == "," {
				comma = i
				break
			}
		}
		// "But he wanted to know", "And then Trump went on the attack, saying":
		// a conjunction takes no comma; the subject follows it
		conj := conjunctions[a.lower(start)] && start+1 < hi && a.toks[start+1].Text != "," && (!a.on(start+1, onOpeners) || thenWords[a.lower(start+1)])
		if conj {
			start++
			if start < hi && thenWords[a.lower(start)] {
				start++
			}
		} else if comma >= 0 {
			start = comma + 1
			// "In Salem, New Hampshire, Trump …": a place's state or country
			// between commas still belongs to the opening phrase
			k := start
			for k < hi && k < start+3 && text.IsCapitalized(a.toks[k].Text) && (a.es.Of[k] < 0 || a.es.Entities[a.es.Of[k]].Type != "PERSON") {
				k++
			}
			if k > start && k+1 < hi && a.toks[k].Text == "," {
				start = k + 1
			}
		} else {
			// no comma: the phrase ends after its date ("On September 27 they")
			for i := start; i < hi && i < lo+6; i++ {
				if e := a.es.Of[i]; e >= 0 && a.es.Entities[e].Type == "DATE" && (i+1 >= hi || a.es.Of[i+1] != e) {
					start = i + 1
					break
				}
			}
		}
	}
	if start == lo && a.on(start, onOpeners) {
		return span{}
	}
	sp := a.forwardNP(start, hi)
	// "The Arizona Republican survived …": a phrase a determiner opens ends
	// before its past verb ("the newly elected mayor" keeps its participle)
	for k := sp.From + 2; k < sp.To && a.on(sp.From, onDeterminers); k++ {
		if text.StartsLower(a.toks[k].Text) && strings.HasSuffix(a.lower(k), "ed") && !strings.HasSuffix(a.lower(k-1), "ly") {
			sp.To = k
			break
		}
	}
	after := sp.To
	if !sp.Empty() && after < hi && a.toks[after].Text == "(" { // "Sen. Jack Reed (D-R.I.), said"
		for after < hi && a.toks[after].Text != ")" {
			after++
		}
		if after++; after < hi && a.toks[after].Text == "," && after+1 < hi && text.StartsLower(a.toks[after+1].Text) {
			return sp
		}
	}
	if !sp.Empty() && sp.To < hi && a.lower(sp.To) != "'s" && a.lower(sp.To) != "’s" && !text.StartsLower(a.toks[sp.To].Text) && !a.appositionAfter(sp.To, hi) {
		return span{}
	}
	return sp
}

// appositionAfter reports whether a comma at i opens an apposition that a
// comma closes before a verb: "Dean, a medical doctor, then appeared".
func (a *analysis) appositionAfter(i, hi int) bool {
	if a.toks[i].Text != "," {
		return false
	}
	for j := i + 1; j < hi && j < i+20; j++ {
		t := a.toks[j].Text
		if quotes.IsMark(t) || text.IsTerminal(t) {
			return false
		}
		if t == "," {
			return j > i+1 && j+1 < len(a.toks) && text.StartsLower(a.toks[j+1].Text)
		}
	}
	return false
}

// startsWithDigit: "9/11 widow Terry Strada", "34-year-old mother".
func startsWithDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// describedSubject finds the subject of the clause at lo when a short
// description stands between it and the verb at c ("Protesters marching
// through the streets chanted"), or an apposition ("His partner at Lenox,
// Lawrence Cummings, called"), which then belongs to the speaker. No
// quotation, other cue or other person may stand between.
func (a *analysis) describedSubject(lo, c int) span {
	subj := a.subject(lo, c)
	if subj.Empty() || !a.namesSomeone(subj) && !a.appositionAfter(subj.To, c) || a.hasClause(subj) {
		return span{}
	}
	for j := subj.To; j < c && j < subj.To+10; j++ {
		t := a.toks[j].Text
		if t == "," {
			if !a.appositionAfter(j, c) {
				return span{}
			}
			k := j + 1
			for a.toks[k].Text != "," {
				k++
			}
			// "Marc Morial, the league's chief, forcefully told"
			if c-k > 8 {
				return span{}
			}
			for m := k + 1; m < c; m++ {
				if t := a.toks[m].Text; t == "," || quotes.IsMark(t) || a.isCue(m) || a.es.Of[m] >= 0 && a.es.Entities[a.es.Of[m]].Type == "PERSON" {
					return span{}
				}
			}
			return span{From: subj.From, To: k}
		}
		if quotes.IsMark(t) || a.isCue(j) || a.es.Of[j] >= 0 && a.es.Entities[a.es.Of[j]].Type == "PERSON" {
			return span{}
		}
	}
	if c-subj.To > 8 {
		return span{}
	}
	return subj
}

// subjectAfterQuote finds the subject of the main clause that follows a
// quotation closing an opening phrase with a comma (`After saying it was
// "fine," she left`): a pronoun or a name, then a lower-case verb.
func (a *analysis) subjectAfterQuote(qa int) span {
	end := a.sents[a.sentOf[qa]].To
	k := qa + 1
	for k < end && k < qa+window && !quotes.IsMark(a.toks[k].Text) {
		k++
	}
	if k >= end-1 {
		return span{}
	}
	comma := a.toks[k-1].Text == ","
	k++
	if k < end && a.toks[k].Text == "," {
		comma, k = true, k+1
	}
	if !comma {
		return span{}
	}
	sp := a.forwardNP(k, end)
	if sp.Empty() || sp.To >= end || !text.StartsLower(a.toks[sp.To].Text) || !a.namesSomeone(sp) {
		return span{}
	}
	return sp
}
