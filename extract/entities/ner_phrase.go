package entities

import "github.com/whosaid/whosaid/extract/tagger"

// The phrase a word stands in: a capitalised word also reads the run of
// capitalised words around it in its sentence ("of" and "for" between
// two capitalised words go on with it), the run's last word and its
// cluster ("… Corp", "… Party", "… Council": an organisation's kind comes
// last), its first word, and the words before it ("the X of", "of the X").
// The tagger otherwise sees only two words either side, which a long name
// outgrows.

// Template numbers continue ner_longest.go's; never renumber.
const (
	tPhraseLast = tRunFirst + 1 + iota
	tPhraseLastCluster
	tPhraseFirst
	tPhraseBefore
	tPhraseBefore2
	tPhraseLen
	tPhraseAfter
)

// phraseOptions are the phrase features' settings, as the model was
// trained: a title starts a phrase of its own (titleStops), a word reads
// the word after its phrase (after), "&" joins two capitalised words into
// one phrase (amp: "Steptoe & Johnson", "Baird & Co").
type phraseOptions struct{ titleStops, after, amp bool }

// phraseConnector says whether a lower-case word inside a name goes on with
// it: "Bank of England", "Centre for Policy Studies".
func (o phraseOptions) phraseConnector(t *tokenHashes) bool {
	return t.lower == hashOf || t.lower == hashFor || (o.amp && t.lower == hashAmp)
}

var (
	hashOf  = hashLower("of")
	hashFor = hashLower("for")
	hashAmp = hashLower("&")
)

// phraseFeatures appends word i's phrase features (none outside a
// capitalised word, or in a headline in capitals, where every word is one
// run).
func phraseFeatures(ts []tokenHashes, lx *lexSentence, i int, o phraseOptions, f []uint64) []uint64 {
	if !ts[i].capitalized || ts[i].sentenceUpper {
		return f
	}
	a := i
	for a > 0 {
		switch {
		case o.titleStops && ts[a].title:
		case ts[a-1].capitalized:
			a--
			continue
		case a > 1 && o.phraseConnector(&ts[a-1]) && ts[a-2].capitalized:
			a -= 2
			continue
		}
		break
	}
	b := i + 1
	for b < len(ts) {
		switch {
		case o.titleStops && ts[b].title:
		case ts[b].capitalized:
			b++
			continue
		case b+1 < len(ts) && o.phraseConnector(&ts[b]) && ts[b+1].capitalized:
			b += 2
			continue
		}
		break
	}
	pos := uint64(2)
	switch {
	case b-a == 1:
		pos = 0
	case i == a:
		pos = 1
	case i == b-1:
		pos = 3
	}
	f = append(f, tagger.Mix2(tPhraseLen, uint64(min(b-a, 5)), pos))
	if i != b-1 {
		f = append(f, tagger.Mix1(tPhraseLast, ts[b-1].lower))
		if o.after {
			next := hashEOS
			if b < len(ts) {
				next = ts[b].lower
			}
			f = append(f, tagger.Mix1(tPhraseAfter, next))
		}
		if lx.found[b-1] {
			f = append(f, tagger.Mix1(tPhraseLastCluster, pathHash(lx.paths[b-1], 6)))
		}
	}
	if i != a {
		f = append(f, tagger.Mix1(tPhraseFirst, ts[a].lower))
		before, before2 := hashBOS, hashBOS
		if a > 0 {
			before = ts[a-1].lower
		}
		if a > 1 {
			before2 = ts[a-2].lower
		}
		f = append(f, tagger.Mix1(tPhraseBefore, before), tagger.Mix2(tPhraseBefore2, before2, before))
	}
	return f
}
