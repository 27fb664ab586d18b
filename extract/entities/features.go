package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/tagger"
)

// Features are hashed, never built as strings: a token's features are
// combinations of a few per-token hashes, so tagging allocates nothing per
// feature (the reason this is not prose's string-keyed perceptron).

// The hashes are the shared tagger's (the model's keys depend on them).

func hashString(s string) uint64 { return tagger.Hash(s) }

// hashLower hashes s as if lower-cased, without allocating.
func hashLower(s string) uint64 { return tagger.HashLower(s) }

// mix combines a template number with hashes into one feature key. The
// features use tagger.Mix1, Mix2 and Mix3 where they have one to three
// hashes: the same keys, without the loop over a slice of them.
func mix(template uint64, hs ...uint64) uint64 { return tagger.Mix(template, hs...) }

// shapeOf is the hash of the word's shape ("Zelensky" → "Xx").
func shapeOf(s string) uint64 { return tagger.Shape(s) }

// tokenHashes are the per-token pieces features are made of.
type tokenHashes struct {
	lower, exact, shape uint64
	prefix, suffix      [4]uint64 // lengths 2, 3, 4, 5
	capitalized         bool
	first               bool // first word of its sentence
	sentenceUpper       bool // the sentence is in capitals (a headline)
	title               bool // a title that comes before a name ("Gov.", "President")
	lowerInitial        bool // its first letter is lower-case
	// letters and upper count its letters and the capitals among them
	// (whether its sentence is a headline in capitals).
	letters, upper uint32
	// num is the word's number among the words a tagger remembers
	// (describeWords with a memo; 0: none), which wordKey names it by.
	num uint32
}

// nameTitles are the titles written before a person's name: a capitalised
// run of words breaks before one, so that a place before a title ("New
// Hampshire Gov. Maggie Hassan") is not read as the person's first name.
var nameTitles = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"gov.", "governor", "sen.", "senator", "rep.", "representative",
		"president", "mayor", "minister", "secretary", "chancellor", "judge", "justice",
		"gen.", "general", "col.", "lt.", "capt.", "sgt.", "adm.", "dr.", "mr.", "mrs.", "ms.",
		"king", "queen", "prince", "princess", "pope", "coach", "councillor", "councilman"} {
		m[hashLower(w)] = true
	}
	return m
}()

var (
	hashBOS = hashString("<s>")
	hashEOS = hashString("</s>")
)

func affixHashes(s string) (pre, suf [4]uint64) {
	n := utf8.RuneCountInString(s)
	// The first and last l runes, one rune longer each time, the prefix
	// hashed on from the one before.
	p, q, hp := 0, len(s), tagger.HashLower("")
	for l := 1; l <= 5 && n > l; l++ {
		_, size := utf8.DecodeRuneInString(s[p:])
		hp = tagger.HashLowerOn(hp, s[p:p+size])
		p += size
		_, size = utf8.DecodeLastRuneInString(s[:q])
		q -= size
		if l >= 2 {
			pre[l-2], suf[l-2] = hp, hashLower(s[q:])
		}
	}
	return
}

// describeSentence computes the per-token hashes of one sentence.
func describeSentence(words []string, out []tokenHashes) []tokenHashes {
	return describeWords(words, out, nil)
}

// describeWords is describeSentence remembering in memo (if set) what
// depends on a word alone: a document repeats its words, and their
// affixes and shapes cost more than a lookup.
func describeWords(words []string, out []tokenHashes, memo *wordTable) []tokenHashes {
	out = out[:0]
	upper := 0
	letters := 0
	for _, w := range words {
		exact := hashString(w)
		// A word the memo has is copied from it into out once (a
		// tokenHashes is over a hundred bytes; going through a local
		// copied it twice).
		if memo != nil {
			if kept := memo.find(w, exact); kept != nil {
				out = append(out, *kept)
				letters += int(kept.letters)
				upper += int(kept.upper)
				continue
			}
		}
		var t tokenHashes
		t.lower = hashLower(w)
		t.exact = exact
		t.shape = shapeOf(w)
		t.prefix, t.suffix = affixHashes(w)
		r, _ := utf8.DecodeRuneInString(w)
		t.capitalized = unicode.IsUpper(r)
		t.lowerInitial = unicode.IsLower(r)
		t.title = t.capitalized && nameTitles[t.lower]
		t.letters, t.upper = countLetters(w)
		if memo != nil {
			// A copy of the word: the memo may outlive the article it
			// is a part of.
			t.num = uint32(memo.len()) + 1
			memo.add(strings.Clone(w), t)
		}
		letters += int(t.letters)
		upper += int(t.upper)
		out = append(out, t)
	}
	sentUpper := letters > 8 && upper*10 > letters*8
	for i := range out {
		out[i].first = i == 0
		out[i].sentenceUpper = sentUpper
	}
	return out
}

// countLetters counts the letters of w and the capitals among them.
func countLetters(w string) (letters, upper uint32) {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf { // ASCII: unicode.IsLetter and IsUpper without the calls
			if 'a' <= c && c <= 'z' {
				letters++
			} else if 'A' <= c && c <= 'Z' {
				letters, upper = letters+1, upper+1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters, upper
}

// Feature templates. Their numbers are part of the model: never renumber.
const (
	tBias = iota + 1
	tLower
	tExact
	tShape
	tPrefix
	tSuffix
	tPrevLower
	tNextLower
	tPrev2Lower
	tNext2Lower
	tPrevShape
	tNextShape
	tBigramPrev
	tBigramNext
	tShapeTrigram
	tFirstShape
	tUpperSentence
	tPrevTag
	tPrev2Tags
	tPrevTagLower
	tPrevTagShape
	tHistory
	tHistoryShape
	tLowerNextShape
	tPrevLowerShape
	tGaz
	tGazShape
	tDocCase
	tGivenName
	tAfterGivenName
	tSurname
)

func (dc docCase) addSentence(words []string) {
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		h := hashLower(w)
		switch {
		case unicode.IsLower(r):
			dc.or(h, 2)
		case unicode.IsUpper(r) && i > 0:
			dc.or(h, 1)
		}
	}
}

// addDescribed is addSentence of a sentence describeWords described (the
// word hashes it has made already).
func (dc docCase) addDescribed(ts []tokenHashes) {
	for i := range ts {
		t := &ts[i]
		switch {
		case t.lowerInitial:
			dc.or(t.lower, 2)
		case t.capitalized && i > 0:
			dc.or(t.lower, 1)
		}
	}
}

func docCaseFeature(dc docCase, t *tokenHashes, f []uint64) []uint64 {
	if !t.capitalized || dc == nil {
		return f
	}
	return append(f, tagger.Mix2(tDocCase, uint64(dc.get(t.lower)), boolHash(t.first || t.sentenceUpper)))
}

func at(ts []tokenHashes, i int) (tokenHashes, bool) {
	if i < 0 || i >= len(ts) {
		return tokenHashes{}, false
	}
	return ts[i], true
}

func boolHash(b bool) uint64 {
	if b {
		return 1
	}
	return 2
}

// staticFeatures appends the features of token i that do not depend on
// earlier decisions.
func staticFeatures(ts []tokenHashes, i int, f []uint64) []uint64 {
	return contextFeatures(ts, i, wordOnlyFeatures(&ts[i], f))
}

// wordOnlyFeatures appends the first wordFeatures(t) features of
// staticFeatures, those of the word t alone (and its place: first, in a
// headline).
func wordOnlyFeatures(t *tokenHashes, f []uint64) []uint64 {
	f = append(f,
		mix(tBias),
		tagger.Mix1(tLower, t.lower),
		tagger.Mix1(tExact, t.exact),
		tagger.Mix1(tShape, t.shape),
		tagger.Mix2(tFirstShape, boolHash(t.first), t.shape),
		tagger.Mix2(tUpperSentence, boolHash(t.sentenceUpper), t.shape),
	)
	for k := 0; k < 4; k++ {
		if t.prefix[k] != 0 {
			f = append(f, tagger.Mix2(tPrefix, uint64(k), t.prefix[k]), tagger.Mix2(tSuffix, uint64(k), t.suffix[k]))
		}
	}
	return f
}

// contextFeatures appends the features of staticFeatures after those of
// the word alone: its neighbours'.
func contextFeatures(ts []tokenHashes, i int, f []uint64) []uint64 {
	return neighbourFeatures(ts, i, true, f)
}

// neighbourFeatures appends contextFeatures' features, the neighbours'
// shapes alone only with shapes (the entity beam scores those as a group).
func neighbourFeatures(ts []tokenHashes, i int, shapes bool, f []uint64) []uint64 {
	t := &ts[i] // by pointer, and the neighbours by index: no copy of a word's hashes
	pl, ps := hashBOS, hashBOS
	if i-1 >= 0 && i-1 < len(ts) {
		pl, ps = ts[i-1].lower, ts[i-1].shape
	}
	nl, ns := hashEOS, hashEOS
	if i+1 >= 0 && i+1 < len(ts) {
		nl, ns = ts[i+1].lower, ts[i+1].shape
	}
	p2 := hashBOS
	if i-2 >= 0 && i-2 < len(ts) {
		p2 = ts[i-2].lower
	}
	n2 := hashEOS
	if i+2 >= 0 && i+2 < len(ts) {
		n2 = ts[i+2].lower
	}
	f = append(f,
		tagger.Mix1(tPrevLower, pl),
		tagger.Mix1(tNextLower, nl),
		tagger.Mix1(tPrev2Lower, p2),
		tagger.Mix1(tNext2Lower, n2),
	)
	if shapes {
		f = append(f, tagger.Mix1(tPrevShape, ps), tagger.Mix1(tNextShape, ns))
	}
	f = append(f,
		tagger.Mix2(tBigramPrev, pl, t.lower),
		tagger.Mix2(tBigramNext, t.lower, nl),
		tagger.Mix3(tShapeTrigram, ps, t.shape, ns),
		tagger.Mix2(tLowerNextShape, t.lower, ns),
		tagger.Mix2(tPrevLowerShape, pl, t.shape),
	)
	return f
}

// dynamicFeatures appends the features that depend on the labels already
// chosen: the two before, and what this word was labelled earlier in the
// document (a name keeps its label).
func dynamicFeatures(ts []tokenHashes, i int, prev, prev2 int, history int, f []uint64) []uint64 {
	// Called once a beam's sequence kept, not once a word: the word's
	// hashes by pointer, and Mix's fixed-arity forms (the same hashes,
	// without the loop).
	t := &ts[i]
	f = append(f,
		tagger.Mix1(tPrevTag, uint64(prev)),
		tagger.Mix2(tPrev2Tags, uint64(prev2), uint64(prev)),
		tagger.Mix2(tPrevTagLower, uint64(prev), t.lower),
		tagger.Mix2(tPrevTagShape, uint64(prev), t.shape),
	)
	if history >= 0 {
		f = append(f, tagger.Mix1(tHistory, uint64(history)), tagger.Mix2(tHistoryShape, uint64(history), t.shape))
	}
	return f
}
