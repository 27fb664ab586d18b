package cues

import "strings"

// Frame features: what a cue word opens, read from the words themselves
// rather than the chunker's phrases (those were tried, Settings.Grammar).
// A word of speech takes a clause ("warned that …", "the claim that …"), a
// to-infinitive ("threatened to …", "her promise to …"), a topic after a
// preposition ("criticism of …", "attacks on …"), a quotation or a colon;
// a word of action takes a thing. The stem ties the forms of one word
// ("pledges", "pledged") so that a rare form reads like the common one, and
// a possessor or subject that is a person, an organisation or a pronoun
// ("Obama's criticism", "the senator warned") says someone speaks.

// frameKind is what opens after the cue word at i within the sentence
// ending at to, adverbs and "not" skipped: "that", "to+VB" (an
// infinitive), "to" (a phrase), a preposition's own word, "wh" (what,
// whether, how …), "quote", ":", ",", "NP" (a noun phrase), "V" (a verb),
// "</s>"; and the index of the word read (to when none).
func frameKind(toks []Token, i, to int) (string, int) {
	k := i + 1
	for k < to && k <= i+3 && (strings.HasPrefix(toks[k].POS, "RB") || toks[k].Lower == "not" || toks[k].Lower == "n't") {
		k++
	}
	if k >= to {
		return "</s>", to
	}
	t := &toks[k]
	w, p := t.Lower, t.POS
	switch {
	case w == "that":
		return "that", k
	case w == "to":
		if k+1 < to && (toks[k+1].POS == "VB" || strings.HasPrefix(toks[k+1].POS, "RB")) {
			return "to+VB", k
		}
		return "to", k
	case isQuoteMark(w):
		return "quote", k
	case w == ":" || w == ",":
		return w, k
	case p == "WDT" || p == "WP" || p == "WRB" || w == "whether" || w == "if":
		return "wh", k
	case p == "IN" || p == "RP":
		return w, k
	case p == "DT" || p == "PRP$" || p == "PRP" || strings.HasPrefix(p, "NN") || strings.HasPrefix(p, "JJ") || p == "CD":
		return "NP", k
	case strings.HasPrefix(p, "VB") || p == "MD":
		return "V", k
	}
	return "other", k
}

// posClass is the first letter of a part-of-speech tag (N, V, J …), "?"
// when there is none.
func posClass(p string) string {
	if p == "" {
		return "?"
	}
	return p[:1]
}

// speakerBefore is who precedes the cue word at i within the sentence from
// from: the type of an entity or "pronoun" among the three words before it,
// with "'s" when it possesses the word ("Obama's criticism"), or "none"
// once a verb or punctuation comes between.
func speakerBefore(toks []Token, i, from int) string {
	poss := ""
	for k := i - 1; k >= from && k >= i-3; k-- {
		t := &toks[k]
		switch {
		case t.Lower == "'s" || t.Lower == "’s" || t.Lower == "'" && k > from:
			poss = "'s "
		case t.Entity != "":
			return poss + t.Entity
		case isPronoun(t.Lower):
			return poss + "pronoun"
		case t.POS == "PRP$":
			return "his"
		case strings.HasPrefix(t.POS, "VB") || t.POS == "MD" && k < i-1 || t.Lower == "," || t.Lower == ":" || isQuoteMark(t.Lower):
			return "none"
		}
	}
	return "none"
}

// frameFeatures appends the frame features of token i of the sentence
// from..to.
func frameFeatures(toks []Token, i, from, to int, out []uint64) []uint64 {
	add := func(h hasher) { out = append(out, uint64(h)) }
	t := &toks[i]
	st := stem(t.Lower)
	if st == "" {
		st = t.Lower
	}
	pc := posClass(t.POS)
	kind, k := frameKind(toks, i, to)
	after := "</s>"
	if k+1 < to {
		after = posClass(toks[k+1].POS)
	}
	add(newHash(fStem).str(st))
	add(newHash(fStemPOS).str(st).str(t.POS))
	add(newHash(fFrame).str(kind).str(pc))
	add(newHash(fFrame).str(kind).str(pc).str(after))
	add(newHash(fStemFrame).str(st).str(kind))
	sp := speakerBefore(toks, i, from)
	add(newHash(fSpeaker).str(sp).str(pc))
	add(newHash(fSpeaker).str(sp).str(kind))
	return out
}

// distClass groups a distance in words: 1–3, 4–8, more.
func distClass(d int) byte {
	switch {
	case d <= 3:
		return 1
	case d <= 8:
		return 2
	}
	return 3
}

// contextFeatures appends what the rules say of the rest of token i's
// sentence: how far before and after it the nearest word they take for a
// cue lies (0: none), and whether a "that" comes between it and the one
// before ("X said that Y supports Z": PolNeAR annotates the nested
// attribution too).
func contextFeatures(toks []Token, i, from, to int, out []uint64) []uint64 {
	var before, after, that byte
	for k := i - 1; k >= from; k-- {
		if toks[k].Lower == "that" {
			that = 1
		}
		if toks[k].Lexicon&LexReport != 0 {
			before = distClass(i - k)
			break
		}
	}
	if before == 0 {
		that = 0
	}
	for k := i + 1; k < to; k++ {
		if toks[k].Lexicon&LexReport != 0 {
			after = distClass(k - i)
			break
		}
	}
	pc := posClass(toks[i].POS)
	out = append(out, uint64(newHash(fContext).byte(before).byte(that).byte(after).str(pc)))
	return append(out, uint64(newHash(fContext).byte(before).byte(after).str(toks[i].Lower)))
}
