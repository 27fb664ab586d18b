package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/text"
)

// Who reports: the source phrases of reported speech that the speaker
// phrases of quotations (attribute.go, subjects.go) do not find: the
// subject a coordinated cue shares, plain plural sources, the whole phrase
// opening a clause, a list of names, a source that runs to a comma.

// coordinators join a cue to an earlier verb of the same subject ("Rubio
// thanked Miami and said it was great to be home").
var coordinators = map[string]bool{"and": true, "but": true, "then": true}

// coordinatedSubject finds, before the conjunction at k, the nearest name or
// pronoun directly followed by a verb ("Rubio thanked"): the subject a
// coordinated cue shares.
func (a *analysis) coordinatedSubject(k, lo int) span {
	for j := k - 2; j >= lo && j > k-25; j-- {
		if quotes.IsMark(a.toks[j].Text) || a.isCue(j) {
			break
		}
		next := a.lower(j + 1)
		if !text.StartsLower(a.toks[j+1].Text) || npStop[next] || determiners[next] || adjunctPrepositions[next] || !text.HasWordRune(next) {
			continue
		}
		if _, ok := speakerPronouns[a.lower(j)]; ok {
			return span{From: j, To: j + 1}
		}
		if e := a.es.Of[j]; e >= 0 && (a.es.Entities[e].Type == "PERSON" || a.es.Entities[e].Type == "ORG") && a.es.Of[j+1] != e {
			if sp := a.backwardNP(j, lo); !sp.Empty() && sp.To == j+1 {
				return sp // with its title: "Mayor Elena Vargas"
			}
			return span{From: a.tokenAt(a.es.Entities[e].Start), To: j + 1}
		}
	}
	return span{}
}

// barePeople reads a source of plain words ending at k that the
// determiner-led phrases miss: "…, law enforcement officials say",
// "…, veteran Republicans said", "leaked emails showed", "new filings show".
// A comma or the sentence's start must stand before it, and the head must
// be people, or a plural that shows or finds something.
func (a *analysis) barePeople(k, lo int, cue int) span {
	if k < lo || !a.peopleNoun(k) && !(stanceStem(a.lower(cue)) != "" && text.StartsLower(a.toks[k].Text) && strings.HasSuffix(a.lower(k), "s") && a.contentWord(k)) {
		return span{}
	}
	j := k
	for j > lo && j > k-3 && (a.contentWord(j-1) || a.npToken(j-1)) && a.toks[j-1].Text != "," {
		j--
	}
	if j > lo && a.toks[j-1].Text != "," {
		return span{}
	}
	return span{From: j, To: k + 1}
}

// wholeSubject reads the whole phrase from the clause's start to the cue
// when the phrase has no verb of its own: "FEC records from the 2008
// election cycle show", "Experts on North Korea and nuclear
// nonproliferation said", "…, elected officials from both parties say". It
// opens the sentence or follows a comma, does not open with a preposition
// ("In March the council said") and holds no more than 12 words.
func (a *analysis) wholeSubject(c, lo int) span {
	inPhrase := func(j int) bool {
		w := a.lower(j)
		if a.listComma(j) {
			return true
		}
		if !text.HasWordRune(w) || a.isCue(j) {
			return false
		}
		return a.es.Of[j] >= 0 || !npStop[w] || adjunctPrepositions[w] || determiners[w] || w == "on" || w == "and"
	}
	j := c - 1
	for j >= lo && j > c-16 && inPhrase(j) {
		j--
	}
	if j >= lo && a.toks[j].Text != "," || j >= c-2 {
		return span{}
	}
	if w := a.lower(j + 1); openers[w] || adjunctPrepositions[w] || conjunctions[w] {
		return span{}
	}
	return span{From: j + 1, To: c}
}

// listComma reports whether the comma at j separates names in a list
// ("Alabama, Georgia and Virginia"): a capitalised word before it and only
// capitalised words and commas after it up to "and" or "or".
func (a *analysis) listComma(j int) bool {
	if a.toks[j].Text != "," || j == 0 || !text.IsCapitalized(a.toks[j-1].Text) {
		return false
	}
	for k := j + 1; k < len(a.toks) && k < j+12; k++ {
		switch t := a.toks[k].Text; {
		case t == "and" || t == "or":
			return k > j+1 && k+1 < len(a.toks) && text.IsCapitalized(a.toks[k+1].Text)
		case t != "," && !text.IsCapitalized(t):
			return false
		}
	}
	return false
}

// sourceToComma reads the words from i to the next comma or the sentence's
// end as a source, when they are few enough to be one.
func (a *analysis) sourceToComma(i, end int) span {
	k := i
	for k < end && k < i+16 && a.toks[k].Text != "," && !text.IsTerminal(a.toks[k].Text) && !quotes.IsMark(a.toks[k].Text) {
		k++
	}
	if k == i || k == i+16 {
		return span{}
	}
	return span{From: i, To: k}
}
