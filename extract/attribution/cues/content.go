package cues

import (
	"strings"

	"github.com/whosaid/whosaid/extract/tagger"
)

// The content tagger: given a cue's head, which words of its sentence are
// what was said. Each word is labelled in or out of the content by the
// shared perceptron, over its side of the cue and distance to it, its part
// of speech and chunk, and what lies between it and the cue (a comma, a
// "that", a quotation mark, another verb); the content is the longest run
// of words labelled in. It is trained on PolNeAR train's Content spans with
// the cue detector (same file, same seed).

// Content feature templates, apart from the cue detector's.
const (
	cBias byte = iota + 64
	cSideDist
	cPOS
	cSidePOS
	cChunk
	cWord
	cCue
	cCueNext
	cCuePrev
	cBetween
	cPOSPrevNext
	cCueAtEnd
	cInQuote
	cSideWordPOS
	cFirstLast
	cCueClass
)

// ContentModel labels the words of a cue's sentence in or out of what was
// said.
type ContentModel struct {
	// Threshold is the cue margin (Model.Margins) a cue needs for the
	// tagger to find its content: one the rules found no clause for has
	// only the detector's word for it. Chosen by cross-validation.
	Threshold float32
	tag       *tagger.Model
	// wordNet: the tagger reads the cue's WordNet classes
	// (Settings.ContentWordNet).
	wordNet bool
	// summed: the content is the run of words whose margins sum highest
	// (Settings.ContentSummed), not the longest run labelled in.
	summed bool
}

// Content returns the tokens [From, To) of what the cue headed by token c
// introduces in the sentence [from, to): the longest run of words the
// tagger labels in, the cue never in it (summed: the run whose margins sum
// highest). ok is false when fewer than minWords words are in.
func (m *ContentModel) Content(toks []Token, from, to, c int) (a, b int, ok bool) {
	if m.summed {
		return m.summedSpan(toks, from, to, c)
	}
	var buf []uint64
	var s [2]float32
	bestA, bestB, bestWords := 0, 0, 0
	runA, runWords := -1, 0
	flush := func(end int) {
		if runA >= 0 && runWords > bestWords {
			bestA, bestB, bestWords = runA, end, runWords
		}
		runA, runWords = -1, 0
	}
	for i := from; i < to; i++ {
		if i == c {
			flush(i)
			continue
		}
		buf = contentFeatures(toks, from, to, c, i, m.wordNet, buf[:0])
		s = [2]float32{} // Score adds to what s holds
		m.tag.Score(buf, s[:])
		if s[1] <= s[0] {
			flush(i)
			continue
		}
		if runA < 0 {
			runA = i
		}
		if isWord(toks[i].Lower) {
			runWords++
		}
	}
	flush(to)
	if bestWords < minWords {
		return 0, 0, false
	}
	return bestA, bestB, true
}

// summedSpan is the content as the run of words, the cue breaking any run,
// whose margins (in minus out) sum highest (Kadane's): a word the tagger
// doubts inside a clause it is sure of stays in it, and of two runs the
// surer is taken, not the longer; none when no run sums above 0.
func (m *ContentModel) summedSpan(toks []Token, from, to, c int) (a, b int, ok bool) {
	var buf []uint64
	var s [2]float32
	best := float32(0)
	runA, run := from, float32(0)
	for i := from; i < to; i++ {
		if i == c {
			run = 0
			continue
		}
		buf = contentFeatures(toks, from, to, c, i, m.wordNet, buf[:0])
		s = [2]float32{} // Score adds to what s holds
		m.tag.Score(buf, s[:])
		if run <= 0 {
			runA, run = i, 0
		}
		run += s[1] - s[0]
		if run > best {
			best, a, b = run, runA, i+1
		}
	}
	words := 0
	for i := a; i < b; i++ {
		if isWord(toks[i].Lower) {
			words++
		}
	}
	return a, b, words >= minWords
}

// minWords is the fewest words a content says something in: one ("the
// union endorsed Vargas"; two before: train 5-fold CV attribution F1 0.711
// -> 0.714 with one, with the rules' clauses of one word too).
const minWords = 1

func isWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			return true
		}
	}
	return false
}

// distBucket groups distances: 1, 2, 3, 4–5, 6–8, 9–12, 13–20, more.
func distBucket(d int) byte {
	switch {
	case d <= 3:
		return byte(d)
	case d <= 5:
		return 4
	case d <= 8:
		return 5
	case d <= 12:
		return 6
	case d <= 20:
		return 7
	}
	return 8
}

// contentFeatures appends the hashed features of token i for the cue at c
// in the sentence from..to; wordNet adds the cue's WordNet classes.
func contentFeatures(toks []Token, from, to, c, i int, wordNet bool, out []uint64) []uint64 {
	add := func(h hasher) { out = append(out, uint64(h)) }
	t, cue := toks[i], toks[c]
	side := byte('a') // after the cue
	lo, hi := c+1, i
	if i < c {
		side, lo, hi = 'b', i+1, c
	}
	d := i - c
	if d < 0 {
		d = -d
	}
	add(newHash(cBias).byte(side))
	add(newHash(cSideDist).byte(side).byte(distBucket(d)))
	add(newHash(cPOS).str(t.POS))
	add(newHash(cSidePOS).byte(side).str(t.POS))
	add(newHash(cChunk).byte(side).str(t.Chunk))
	add(newHash(cWord).byte(side).str(t.Lower))
	add(newHash(cSideWordPOS).byte(side).str(t.Lower).str(cue.POS))
	add(newHash(cCue).byte(side).str(cue.Lower))
	add(newHash(cCueNext).byte(side).str(lowerAt(toks, c+1, from, to)))
	add(newHash(cCuePrev).byte(side).str(lowerAt(toks, c-1, from, to)))
	posAt := func(k int) string {
		if k < from || k >= to {
			return "<>"
		}
		return toks[k].POS
	}
	add(newHash(cPOSPrevNext).byte(side).str(posAt(i - 1)).str(t.POS).str(posAt(i + 1)))
	// what stands between the word and the cue
	var comma, that, quote, verb, colon byte
	for k := lo; k < hi; k++ {
		w := toks[k].Lower
		switch {
		case w == ",":
			comma = min(comma+1, 2)
		case w == "that":
			that = 1
		case w == ":":
			colon = 1
		case isQuoteMark(w):
			quote = 1
		case strings.HasPrefix(toks[k].POS, "VB"):
			verb = min(verb+1, 2)
		}
	}
	add(newHash(cBetween).byte(side).byte(comma).byte(that).byte(quote).byte(verb).byte(colon))
	add(newHash(cBetween).byte(side).byte(comma).byte(distBucket(d)))
	add(newHash(cBetween).byte(side).byte(verb).str(cue.Lower))
	atEnd := byte(0)
	if to-c <= 3 {
		atEnd = 1
	}
	if c-from <= 1 {
		atEnd |= 2
	}
	add(newHash(cCueAtEnd).byte(side).byte(atEnd))
	if t.InQuote {
		add(newHash(cInQuote).byte(side))
	}
	fl := byte(0)
	if i == from {
		fl = 1
	} else if i == to-1 {
		fl = 2
	}
	add(newHash(cFirstLast).byte(side).byte(fl))
	if wordNet {
		// a rare cue reads like the common ones of its class: a noun of
		// communication takes its content after "of", a verb its clause
		cc := wordClasses(cue.Lower)
		cpos := "?"
		if cue.POS != "" {
			cpos = cue.POS[:1]
		}
		for k := range WordNetClasses {
			if r := codeOf(cc, k); r != 0 {
				add(newHash(cCueClass).byte(side).byte(byte(k)).byte(r).str(cpos))
				add(newHash(cCueClass).byte(side).byte(byte(k)).str(cpos).str(lowerAt(toks, c+1, from, to)))
				add(newHash(cCueClass).byte(side).byte(byte(k)).byte(distBucket(d)).byte(comma).byte(verb))
			}
		}
	}
	return out
}
