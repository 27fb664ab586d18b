package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/entities/clusters"
	"github.com/whosaid/whosaid/extract/tagger"
)

// Feature templates. Their numbers are part of the trained models: never
// renumber.
const (
	fBias = iota + 1
	fLower
	fPrefix
	fSuffix
	fShape
	fFirstShape
	fPrevTag
	fPrevTags
	fPrevTagLower
	fPrevLower
	fPrevSuffix
	fPrev2Lower
	fNextLower
	fNextSuffix
	fNext2Lower
	fPrevShape
	fNextShape
	fPOS
	fPOSLeft
	fPOSRight
	fPOSLeft2
	fPOSRight2
	fPOSBigramLeft
	fPOSBigramRight
	fPOSTrigram
	fPOSLeftBigram2
	fPOSRightBigram2
	fLowerPOS
	fPrevChunk
	fPrevChunks
	fPrevChunkPOS
	fPrevChunkPOSNext
	fPrevLowerChunk
	fLowerNextPOS
	fBigramLeft
	fBigramRight
	fPrevTagSuffix
	fPrevChunkLower
	fPOSLeftLower
	fCluster
	fPrevCluster
	fNextCluster
	fPrevTagCluster
	fClusterPOS
	fLowerLeftPOS
	fNextLowerPOS
	fShapePOS
	fAmb
	fAmbPair
	fAmbTriple
	fPrevTagAmb
	fPrevTagAmbNext
	fPrevChunkPOSLeft
	fPOSFourgram
	fPOSFivegram
	fPrevChunkLowerPOS
	fNextSuffixPOS
)

const (
	nPrefix = 3
	nSuffix = 4
)

// clusterBits are the lengths of the Brown-cluster path prefixes a token is
// described by: coarse classes (nouns, verbs) to the word's own leaf.
var clusterBits = [nCluster]int{4, 8, 32}

const nCluster = 3

// token holds the hashes a token's features are made of.
type token struct {
	lower, shape uint64
	pre          [nPrefix]uint64
	suf          [nSuffix]uint64
	// cl are the word's cluster path prefixes (clusterBits), or all
	// noCluster when the table does not know the word.
	cl [nCluster]uint64
	// amb is the word's ambiguity class in the Lexicon, or noClass.
	amb uint64
	// dict is the word's tag in the TagDict plus 1, 0 if it has none.
	dict uint8
	// affixes is how many of pre and suf are set (a short word has
	// fewer).
	affixes uint8
	// keys are the keys of the features of the word alone, made once
	// a word (Reset remembers them with the word).
	keys wordKeys
}

// wordKeys are the feature keys of a word alone, for both models.
type wordKeys struct {
	lower, shape uint64
	cl           [nCluster]uint64
	// affix are the keys of the word's affixes (its first affixes
	// of token.affixes).
	affix [nPrefix + nSuffix]uint64
	// chunkSuf are the chunker's keys of suf[1] and suf[2].
	chunkSuf [2]uint64
	// The keys of the word as a neighbour: the word before (prev), two
	// before (prev2), after (next), two after (next2); its shape before
	// and after; its suffix after.
	prev, prev2, next, next2, prevShape, nextShape, nextSuffix uint64
}

// noCluster stands for the cluster of a word the table does not know.
const noCluster = 1

var (
	hashStart = tagger.Hash("<s>")
	hashEnd   = tagger.Hash("</s>")
	startTok  = marker(hashStart)
	endTok    = marker(hashEnd)
)

// marker is the token before or after a sentence, all its hashes h.
func marker(h uint64) token {
	t := token{lower: h, shape: h, suf: [nSuffix]uint64{h, h, h, h}, cl: [nCluster]uint64{h, h, h}, amb: h}
	t.keys, t.affixes = t.makeKeys()
	return t
}

// Sentence is one sentence's words as the models see them: per-token hashes,
// computed once and shared by the tagger and the chunker.
type Sentence struct {
	// toks are the tokens' numbers in words.
	toks []int32
	// near are the tokens' descriptions, after sentencePad markers of the
	// start and before as many of the end: at reads a neighbour with one
	// index, no tests for the edges (it is called a dozen times a token).
	// Made at the end of Reset, once words holds them all.
	near []*token
	// Clusters are the word clusters the features read (the entity
	// tagger's Brown clusters); nil: none, as for a model trained without.
	Clusters *clusters.Table
	// Lexicon gives the words' ambiguity classes (the part-of-speech
	// model's); nil: none.
	Lexicon *Lexicon
	// TagDict gives the tags of frequent unambiguous words (the
	// part-of-speech model's); nil: none.
	TagDict *TagDict
	// words are the descriptions of the words Reset saw: the sentence's,
	// or all those known holds.
	words []token
	// known are the words Reset saw, with their numbers in words
	// (RememberWords); nil: none kept.
	known map[string]int32
	// gen counts the times words was emptied: a word's number in it
	// with gen names the word (wordNumber).
	gen uint32
}

// Reset describes words (the engine's tokens or CoNLL's).
func (s *Sentence) Reset(words []string) {
	if s.known == nil || len(s.known)+len(words) > maxKnownWords {
		s.words = s.words[:0]
		clear(s.known)
		s.gen++
	}
	s.toks = s.toks[:0]
	for _, w := range words {
		k, ok := s.known[w]
		if !ok {
			k = int32(len(s.words))
			s.words = append(s.words, s.describe(w))
			if s.known != nil {
				s.known[strings.Clone(w)] = k
			}
		}
		s.toks = append(s.toks, k)
	}
	s.near = s.near[:0]
	for range sentencePad {
		s.near = append(s.near, &startTok)
	}
	for _, k := range s.toks {
		s.near = append(s.near, &s.words[k])
	}
	for range sentencePad {
		s.near = append(s.near, &endTok)
	}
}

// sentencePad is how far before or after a sentence at may read: the
// features look two tokens either way.
const sentencePad = 2

// RememberWords makes Reset keep each word's hashes, which depend on the
// word alone, and reuse them when the word comes again (an article
// repeats its words); for a Sentence whose Clusters and Lexicon stay.
func (s *Sentence) RememberWords() { s.known = map[string]int32{} }

// maxKnownWords bounds the words RememberWords keeps (about 300 bytes
// each, 2.4 MB at most): the distinct words of several news articles, so
// that the next article finds most of its words, and the decoders' sums
// remembered by their numbers, from the one before (on 49 PolNeAR
// articles in a row, 2,048: 5.6% more instructions in the syntax pass);
// a longer text starts over when it is full.
const maxKnownWords = 1 << 13

// describe computes a word's hashes.
func (s *Sentence) describe(w string) token {
	w = Normalize(w)
	t := token{lower: tagger.HashLower(w), shape: tagger.Shape(w)}
	tagger.Affixes(w, t.pre[:], t.suf[:])
	t.cl = [nCluster]uint64{noCluster, noCluster, noCluster}
	if p, ok := s.Clusters.Lookup(w); ok {
		for k, n := range clusterBits {
			q := p.Prefix(n)
			t.cl[k] = uint64(q.Bits)<<8 | uint64(q.N) + 2
		}
	}
	t.amb = s.Lexicon.class(w)
	t.dict = s.TagDict.tag(w)
	t.keys, t.affixes = t.makeKeys()
	return t
}

// makeKeys makes the keys of the features of t's word alone, and counts
// its affixes.
func (t *token) makeKeys() (wordKeys, uint8) {
	k := wordKeys{
		lower:    tagger.Mix1(fLower, t.lower),
		shape:    tagger.Mix1(fShape, t.shape),
		chunkSuf: [2]uint64{tagger.Mix2(fSuffix, 9, t.suf[1]), tagger.Mix2(fSuffix, 10, t.suf[2])},

		prev:       tagger.Mix1(fPrevLower, t.lower),
		prev2:      tagger.Mix1(fPrev2Lower, t.lower),
		next:       tagger.Mix1(fNextLower, t.lower),
		next2:      tagger.Mix1(fNext2Lower, t.lower),
		prevShape:  tagger.Mix1(fPrevShape, t.shape),
		nextShape:  tagger.Mix1(fNextShape, t.shape),
		nextSuffix: tagger.Mix1(fNextSuffix, t.suf[2]),
	}
	for j, c := range t.cl {
		k.cl[j] = tagger.Mix2(fCluster, uint64(j), c)
	}
	n := 0
	for j, h := range t.pre {
		if h != 0 {
			k.affix[n] = tagger.Mix2(fPrefix, uint64(j), h)
			n++
		}
	}
	for j, h := range t.suf {
		if h != 0 {
			k.affix[n] = tagger.Mix2(fSuffix, uint64(j), h)
			n++
		}
	}
	return k, uint8(n)
}

// wordNumber names token i's word (0 ≤ i < Len()) as long as Reset does
// not start its words over: a number never 0, the same for every token
// of the word.
func (s *Sentence) wordNumber(i int) uint64 { return (uint64(s.gen)+1)<<32 | uint64(s.toks[i]) }

// Len is the number of tokens.
func (s *Sentence) Len() int { return len(s.toks) }

// at is token i's description, or a marker of the start (i < 0) or end
// (i ≥ Len()), for -sentencePad ≤ i < Len()+sentencePad.
func (s *Sentence) at(i int) *token { return s.near[i+sentencePad] }

// labelAt is labels[i], or a start marker before the sentence.
func labelAt(labels []int, i int) uint64 {
	if i < 0 {
		return 255
	}
	return uint64(labels[i])
}

// Normalize writes a token the way CoNLL-2003 writes it, so the engine's
// tokens of today's news meet the features learned from Reuters 1996:
// curly quotes and “ ” become ", a curly apostrophe a straight one ("’s"
// → "'s"), dashes "--" and an ellipsis "...". Plain tokens are returned as
// they are, without allocating.
func Normalize(w string) string {
	plain := true
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf || w[k] == '`' {
			plain = false
			break
		}
	}
	if plain {
		if w == "''" {
			return `"`
		}
		return w
	}
	switch w {
	case "“", "”", "„", "«", "»", "‟", "″", "``", "‘‘", "’’":
		return `"`
	case "—", "–", "―", "−":
		return "--"
	case "…":
		return "..."
	}
	if strings.ContainsAny(w, "’‘") {
		return strings.Map(func(r rune) rune {
			if r == '’' || r == '‘' {
				return '\''
			}
			return r
		}, w)
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Pd, r) && utf8.RuneCountInString(w) > 1 {
		return "--"
	}
	return w
}
