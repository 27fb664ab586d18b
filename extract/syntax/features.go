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
}

// noCluster stands for the cluster of a word the table does not know.
const noCluster = 1

var (
	hashStart = tagger.Hash("<s>")
	hashEnd   = tagger.Hash("</s>")
	startTok  = token{lower: hashStart, shape: hashStart, suf: [nSuffix]uint64{hashStart, hashStart, hashStart, hashStart},
		cl: [nCluster]uint64{hashStart, hashStart, hashStart}, amb: hashStart}
	endTok = token{lower: hashEnd, shape: hashEnd, suf: [nSuffix]uint64{hashEnd, hashEnd, hashEnd, hashEnd},
		cl: [nCluster]uint64{hashEnd, hashEnd, hashEnd}, amb: hashEnd}
)

// Sentence is one sentence's words as the models see them: per-token hashes,
// computed once and shared by the tagger and the chunker.
type Sentence struct {
	toks []token
	// Clusters are the word clusters the features read (the entity
	// tagger's Brown clusters); nil: none, as for a model trained without.
	Clusters *clusters.Table
	// Lexicon gives the words' ambiguity classes (the part-of-speech
	// model's); nil: none.
	Lexicon *Lexicon
	// words, if set, remembers each word's hashes: Analyze sets it for a
	// document, whose words repeat ("the", ",", the names), and describing
	// a word (its affixes, shape, clusters) costs more than a lookup.
	words map[string]token
}

// Reset describes words (the engine's tokens or CoNLL's).
func (s *Sentence) Reset(words []string) {
	s.toks = s.toks[:0]
	for _, word := range words {
		if t, ok := s.words[word]; ok {
			s.toks = append(s.toks, t)
			continue
		}
		w := Normalize(word)
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
		if s.words != nil {
			s.words[word] = t
		}
		s.toks = append(s.toks, t)
	}
}

// Len is the number of tokens.
func (s *Sentence) Len() int { return len(s.toks) }

func (s *Sentence) at(i int) *token {
	switch {
	case i < 0:
		return &startTok
	case i >= len(s.toks):
		return &endTok
	}
	return &s.toks[i]
}

// labelAt is labels[i], or a start marker before the sentence.
func labelAt(labels []int, i int) uint64 {
	if i < 0 {
		return 255
	}
	return uint64(labels[i])
}

// POSFeatures appends the part-of-speech features of token i, given the
// tags chosen for the tokens before it. The word two after, the next word
// alone and its 32-bit cluster, the previous word's suffix and the word
// pair on the left are left out: without them eng.train 5-fold CV is the
// same (POS 0.9572 vs 0.9570, chunk F1 0.9119 vs 0.9121) with 5 lookups a
// token and a fifth of the tagger's bytes fewer.
func (s *Sentence) POSFeatures(i int, tags []int, f []uint64) []uint64 {
	t, p, p2, n, n2 := s.at(i), s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	pt, pt2 := labelAt(tags, i-1), labelAt(tags, i-2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	f = append(f,
		tagger.Mix(fBias),
		tagger.Mix1(fLower, t.lower),
		tagger.Mix1(fShape, t.shape),
		tagger.Mix2(fFirstShape, first, t.shape),
		tagger.Mix1(fPrevTag, pt),
		tagger.Mix2(fPrevTags, pt2, pt),
		tagger.Mix2(fPrevTagLower, pt, t.lower),
		tagger.Mix1(fPrevLower, p.lower),
		tagger.Mix1(fPrev2Lower, p2.lower),
		tagger.Mix1(fNextSuffix, n.suf[2]),
		tagger.Mix1(fPrevShape, p.shape),
		tagger.Mix1(fNextShape, n.shape),
		tagger.Mix2(fBigramRight, t.lower, n.lower),
		tagger.Mix2(fPrevTagSuffix, pt, t.suf[2]),
		tagger.Mix2(fCluster, 0, t.cl[0]),
		tagger.Mix2(fCluster, 1, t.cl[1]),
		tagger.Mix2(fCluster, 2, t.cl[2]),
		tagger.Mix2(fPrevCluster, 1, p.cl[1]),
		tagger.Mix2(fNextCluster, 1, n.cl[1]),
		tagger.Mix2(fPrevTagCluster, pt, t.cl[1]),
	)
	if s.Lexicon != nil {
		f = append(f,
			tagger.Mix2(fAmb, 0, t.amb),
			tagger.Mix2(fAmb, 1, n.amb),
			tagger.Mix2(fAmb, 2, n2.amb),
			tagger.Mix2(fAmbPair, t.amb, n.amb),
			tagger.Mix3(fAmbTriple, t.amb, n.amb, n2.amb),
			tagger.Mix2(fPrevTagAmb, pt, t.amb),
			tagger.Mix3(fPrevTagAmbNext, pt, t.amb, n.amb),
		)
	}
	for k, h := range t.pre {
		if h != 0 {
			f = append(f, tagger.Mix2(fPrefix, uint64(k), h))
		}
	}
	for k, h := range t.suf {
		if h != 0 {
			f = append(f, tagger.Mix2(fSuffix, uint64(k), h))
		}
	}
	return f
}

// ChunkFeatures appends the chunk features of token i, given every
// token's part-of-speech tag and the chunk labels chosen before i.
func (s *Sentence) ChunkFeatures(i int, tags, labels []int, f []uint64) []uint64 {
	t, p, p2, n, n2 := s.at(i), s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	pos := func(k int) uint64 {
		if k < 0 {
			return 255
		}
		if k >= len(tags) {
			return 254
		}
		return uint64(tags[k])
	}
	c, cl, cl2, cr, cr2 := pos(i), pos(i-1), pos(i-2), pos(i+1), pos(i+2)
	pc, pc2 := labelAt(labels, i-1), labelAt(labels, i-2)
	return append(f,
		tagger.Mix(fBias),
		tagger.Mix1(fLower, t.lower),
		tagger.Mix1(fPOS, c),
		tagger.Mix1(fPOSLeft, cl),
		tagger.Mix1(fPOSRight, cr),
		tagger.Mix1(fPOSLeft2, cl2),
		tagger.Mix1(fPOSRight2, cr2),
		tagger.Mix2(fPOSBigramLeft, cl, c),
		tagger.Mix2(fPOSBigramRight, c, cr),
		tagger.Mix3(fPOSTrigram, cl, c, cr),
		tagger.Mix3(fPOSLeftBigram2, cl2, cl, c),
		tagger.Mix3(fPOSRightBigram2, c, cr, cr2),
		tagger.Mix2(fLowerPOS, t.lower, c),
		tagger.Mix1(fPrevLower, p.lower),
		tagger.Mix1(fNextLower, n.lower),
		tagger.Mix1(fPrevChunk, pc),
		tagger.Mix2(fPrevChunks, pc2, pc),
		tagger.Mix2(fPrevChunkPOS, pc, c),
		tagger.Mix3(fPrevChunkPOSNext, pc, c, cr),
		tagger.Mix2(fPrevLowerChunk, pc, p.lower),
		tagger.Mix2(fLowerNextPOS, t.lower, cr),
		tagger.Mix2(fSuffix, 9, t.suf[1]),
		tagger.Mix2(fSuffix, 10, t.suf[2]),
		tagger.Mix1(fPrev2Lower, p2.lower),
		tagger.Mix1(fNext2Lower, n2.lower),
		tagger.Mix2(fBigramLeft, p.lower, t.lower),
		tagger.Mix2(fBigramRight, t.lower, n.lower),
		tagger.Mix2(fPrevChunkLower, pc, t.lower),
		tagger.Mix2(fPOSLeftLower, cl, t.lower),
		tagger.Mix1(fShape, t.shape),
		tagger.Mix1(fPrevShape, p.shape),
		tagger.Mix1(fNextShape, n.shape),
		tagger.Mix2(fShapePOS, t.shape, c),
		tagger.Mix2(fCluster, 2, t.cl[2]),
		tagger.Mix2(fClusterPOS, t.cl[1], c),
		tagger.Mix2(fLowerLeftPOS, p.lower, c),
		tagger.Mix2(fNextLowerPOS, n.lower, cr),
		tagger.Mix3(fPrevChunkPOSLeft, pc, cl, c),
		tagger.Mix3(fPOSFourgram, cl2<<8|cl, c, cr),
		tagger.Mix3(fPOSFivegram, cl2<<8|cl, c, cr<<8|cr2),
		tagger.Mix3(fPrevChunkLowerPOS, pc, t.lower, c),
		tagger.Mix2(fNextSuffixPOS, n.suf[1], cr),
	)
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
