package cues

import (
	"strings"

	"github.com/whosaid/whosaid/extract/entities/clusters"
)

// Feature templates. A feature is the FNV-1a hash of its template and its
// strings, so scoring a token builds no strings.
const (
	fBias byte = iota + 1
	fWord
	fSuffix3
	fSuffix2
	fPrev
	fNext
	fPrev2
	fNext2
	fPrevWord
	fWordNext
	fShape
	fLex
	fLexAround
	fThatAfter
	fQuoteAfter
	fQuoteBefore
	fCommaBefore
	fCommaAfter
	fColonAfter
	fEntPrev
	fEntNext
	fPosition
	fWordLex
	fPronounBefore
	fWordThat
	fWordQuote
	fPOS
	fPOSAround
	fWordPOS
	fChunk
	fPOSNext2
	fCluster
	fClusterPrev
	fClusterNext
	fChunkAfter
	fWordChunkAfter
	fChunkBefore
	fSubject
	fWordSubject
	fWordNet
	fWordNetRank
	fWordNetPOS
	fContext
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

type hasher uint64

func newHash(template byte) hasher {
	h := hasher(fnvOffset)
	return h.byte(template)
}

func (h hasher) byte(b byte) hasher { return (h ^ hasher(b)) * fnvPrime }

func (h hasher) str(s string) hasher {
	// Four bytes a turn: the same FNV-1a steps in the same order (the trained
	// weights are keyed by these values), with a quarter of the loop's
	// counting and bounds checks; it is most of what scoring a token costs.
	for ; len(s) >= 4; s = s[4:] {
		h = (h ^ hasher(s[0])) * fnvPrime
		h = (h ^ hasher(s[1])) * fnvPrime
		h = (h ^ hasher(s[2])) * fnvPrime
		h = (h ^ hasher(s[3])) * fnvPrime
	}
	switch len(s) { // the last bytes, with no loop: most tags and many words are this short
	case 3:
		h = (h ^ hasher(s[0])) * fnvPrime
		h = (h ^ hasher(s[1])) * fnvPrime
		h = (h ^ hasher(s[2])) * fnvPrime
	case 2:
		h = (h ^ hasher(s[0])) * fnvPrime
		h = (h ^ hasher(s[1])) * fnvPrime
	case 1:
		h = (h ^ hasher(s[0])) * fnvPrime
	}
	return h.byte(0xff) // ends the string: ("ab","c") ≠ ("a","bc")
}

// path hashes a cluster path: its length and bits.
func (h hasher) path(p clusters.Path) hasher {
	h = h.byte(p.N)
	for k := 0; k < 32; k += 8 {
		h = h.byte(byte(p.Bits >> k))
	}
	return h
}

// lowerAt is the token's lower-case text, or a marker past either end of
// the sentence.
func lowerAt(toks []Token, i, from, to int) string {
	switch {
	case i < from:
		return "<s>"
	case i >= to:
		return "</s>"
	}
	return toks[i].Lower
}

// suffix is the last n bytes of w (all of it when shorter).
func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "''", "``":
		return true
	}
	return false
}

// isPronoun tells the pronouns a cue's subject may be: a switch, not a
// map, as it is asked of three words before each word scored.
func isPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "i", "we", "it", "you", "who":
		return true
	}
	return false
}

// features appends the hashed features of token i of the sentence from..to;
// withClusters adds the word clusters' (clusterFeatures), withGrammar the
// chunks' around the word (grammarFeatures), wordNet the word's WordNet
// classes (wordNetFeatures; 0: none), withContext the rules' cues around it
// in the sentence (contextFeatures).
func features(toks []Token, i, from, to int, withClusters, withGrammar bool, wordNet int, withContext bool, out []uint64) []uint64 {
	t := &toks[i]
	w := t.Lower
	prev, next := lowerAt(toks, i-1, from, to), lowerAt(toks, i+1, from, to)
	out = append(out, uint64(newHash(fBias)))
	out = append(out, uint64(newHash(fWord).str(w)))
	out = append(out, uint64(newHash(fSuffix3).str(suffix(w, 3))))
	out = append(out, uint64(newHash(fSuffix2).str(suffix(w, 2))))
	out = append(out, uint64(newHash(fPrev).str(prev)))
	out = append(out, uint64(newHash(fNext).str(next)))
	out = append(out, uint64(newHash(fPrev2).str(lowerAt(toks, i-2, from, to))))
	out = append(out, uint64(newHash(fNext2).str(lowerAt(toks, i+2, from, to))))
	out = append(out, uint64(newHash(fPrevWord).str(prev).str(w)))
	out = append(out, uint64(newHash(fWordNext).str(w).str(next)))
	shape := byte(0)
	if t.Capital {
		shape |= 1
	}
	if t.SentStart {
		shape |= 2
	}
	out = append(out, uint64(newHash(fShape).byte(shape)))
	out = append(out, uint64(newHash(fLex).byte(byte(t.Lexicon))))
	out = append(out, uint64(newHash(fWordLex).str(w).byte(byte(t.Lexicon))))
	var lp, ln byte
	if i > from {
		lp = byte(toks[i-1].Lexicon)
	}
	if i+1 < to {
		ln = byte(toks[i+1].Lexicon)
	}
	out = append(out, uint64(newHash(fLexAround).byte(lp).byte(ln)))
	that, quote := false, false
	for k := i + 1; k < to && k <= i+4; k++ {
		if toks[k].Lower == "that" {
			that = true
		}
		if isQuoteMark(toks[k].Lower) {
			quote = true
		}
	}
	if that {
		out = append(out, uint64(newHash(fThatAfter)))
		out = append(out, uint64(newHash(fWordThat).str(w)))
	}
	if quote {
		out = append(out, uint64(newHash(fQuoteAfter)))
		out = append(out, uint64(newHash(fWordQuote).str(w)))
	}
	for k := i - 1; k >= from && k >= i-3; k-- {
		if isQuoteMark(toks[k].Lower) {
			out = append(out, uint64(newHash(fQuoteBefore)))
			break
		}
	}
	if prev == "," || i-2 >= from && toks[i-2].Lower == "," {
		out = append(out, uint64(newHash(fCommaBefore)))
	}
	if next == "," {
		out = append(out, uint64(newHash(fCommaAfter)))
	}
	if next == ":" {
		out = append(out, uint64(newHash(fColonAfter)))
	}
	if i > from {
		out = append(out, uint64(newHash(fEntPrev).str(toks[i-1].Entity)))
	}
	if i+1 < to {
		out = append(out, uint64(newHash(fEntNext).str(toks[i+1].Entity)))
	}
	posAt := func(k int) string {
		switch {
		case k < from:
			return "<s>"
		case k >= to:
			return "</s>"
		}
		return toks[k].POS
	}
	out = append(out, uint64(newHash(fPOS).str(t.POS)))
	out = append(out, uint64(newHash(fPOSAround).str(posAt(i-1)).str(t.POS).str(posAt(i+1))))
	out = append(out, uint64(newHash(fWordPOS).str(w).str(t.POS)))
	out = append(out, uint64(newHash(fChunk).str(t.Chunk)))
	out = append(out, uint64(newHash(fPOSNext2).str(posAt(i+1)).str(posAt(i+2))))
	pos := byte(0)
	switch {
	case i == from:
		pos = 1
	case i-from < 4:
		pos = 2
	case to-i <= 4:
		pos = 3
	}
	out = append(out, uint64(newHash(fPosition).byte(pos)))
	if withClusters {
		out = clusterFeatures(toks, i, from, to, out)
	}
	if withGrammar {
		out = grammarFeatures(toks, i, from, to, out)
	}
	if wordNet != 0 {
		out = wordNetFeatures(toks, i, wordNet, out)
	}
	if withContext {
		out = contextFeatures(toks, i, from, to, out)
	}
	for k := i - 1; k >= from && k >= i-3; k-- {
		if isPronoun(toks[k].Lower) {
			out = append(out, uint64(newHash(fPronounBefore).str(toks[k].Lower)))
			break
		}
	}
	return out
}

// clusterPrefixes are the lengths of a word's cluster path read as
// features, coarse to whole: a rare cue ("asserted") shares the weights of
// the common ones in its cluster ("argued", "noted").
var clusterPrefixes = [...]int{4, 6, 10, 32}

// clusterFeatures appends the cluster features of token i: its own path's
// prefixes and its neighbours' coarse ones, from the entity tagger's Brown
// clusters (extract/entities/clusters; no table of the detector's own).
func clusterFeatures(toks []Token, i, from, to int, out []uint64) []uint64 {
	tab := clusters.Default()
	p, ok := tab.Lookup(toks[i].Lower)
	if !ok {
		return append(out, uint64(newHash(fCluster)))
	}
	for _, n := range clusterPrefixes {
		out = append(out, uint64(newHash(fCluster).path(p.Prefix(n))))
	}
	if i > from {
		if p, ok := tab.Lookup(toks[i-1].Lower); ok {
			out = append(out, uint64(newHash(fClusterPrev).path(p.Prefix(6))))
		}
	}
	if i+1 < to {
		if p, ok := tab.Lookup(toks[i+1].Lower); ok {
			out = append(out, uint64(newHash(fClusterNext).path(p.Prefix(6))))
		}
	}
	return out
}

// candidate reports whether a token can head a cue: a word, not punctuation, a
// number or an auxiliary.
func candidate(t *Token) bool {
	if t.InQuote || t.Lower == "" {
		return false
	}
	c := t.Lower[0]
	if !(c >= 'a' && c <= 'z') {
		return false
	}
	for k := 0; k < len(t.Lower); k++ { // strings.ContainsAny(t.Lower, "0123456789"), without building its set a call
		if '0' <= t.Lower[k] && t.Lower[k] <= '9' {
			return false
		}
	}
	return true
}

// stem strips a word's inflection, crudely but alike for the forms of one
// verb or noun ("blames", "blamed", "blaming": "blam"); "" for a word too
// short to tell.
func stem(w string) string {
	for _, suf := range []string{"ies", "ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			w = w[:len(w)-len(suf)]
			if suf == "ies" {
				w += "i" // "denies", "denied": "deni"
			}
			break
		}
	}
	w = strings.TrimSuffix(w, "e")
	if n := len(w); n > 3 && w[n-1] == w[n-2] {
		w = w[:n-1] // "quipped": "quip"
	}
	if len(w) < 3 {
		return ""
	}
	return w
}
