package syntax

import "github.com/whosaid/whosaid/extract/tagger"

// ChunkFeatures appends the chunk features of token i, given every
// token's part-of-speech tag and the chunk labels chosen before i: those
// that read no label, then those that do (the greedy chunker's; a beam
// scores the two apart).
func (s *Sentence) ChunkFeatures(i int, tags, labels []int, f []uint64) []uint64 {
	return s.ChunkLabelFeatures(i, tags, labels, s.ChunkStaticFeatures(i, tags, f))
}

// tagAt is token k's tag as the chunk features read it, with marks for
// before the first token and after the last.
func tagAt(tags []int, k int) uint64 {
	if k < 0 {
		return 255
	}
	if k >= len(tags) {
		return 254
	}
	return uint64(tags[k])
}

// ChunkStaticFeatures appends the chunk features of token i that do not
// read the chunk labels before it; the first chunkWordFeatures read only
// the word (what a parser remembers of it).
func (s *Sentence) ChunkStaticFeatures(i int, tags []int, f []uint64) []uint64 {
	return s.chunkRestFeatures(i, tags, s.chunkWordFeatures(i, tags, f))
}

// chunkWordKey names the first chunkWordFeatures features of token i:
// its word and the tags of it and its neighbours.
func (s *Sentence) chunkWordKey(i int, tags []int) tagger.WordKey {
	return tagger.WordKey{A: s.wordNumber(i), B: tagAt(tags, i-1)<<16 | tagAt(tags, i)<<8 | tagAt(tags, i+1)}
}

// chunkTagKey names the first chunkTagFeatures features of token i: the
// tags of it and its neighbours.
func chunkTagKey(i int, tags []int) tagger.WordKey {
	return tagger.WordKey{A: 1<<40 | tagAt(tags, i-1)<<16 | tagAt(tags, i)<<8 | tagAt(tags, i+1)}
}

// chunkTagFeatures is how many of the features chunkWordFeatures starts
// with read the tags alone.
const chunkTagFeatures = 7

// chunkWordFeatures appends the first chunkWordFeatures features of
// ChunkStaticFeatures.
func (s *Sentence) chunkWordFeatures(i int, tags []int, f []uint64) []uint64 {
	t := s.at(i)
	c, cl, cr := tagAt(tags, i), tagAt(tags, i-1), tagAt(tags, i+1)
	return append(f,
		biasKey,
		tagger.Mix1(fPOS, c),
		tagger.Mix1(fPOSLeft, cl),
		tagger.Mix1(fPOSRight, cr),
		tagger.Mix1(fPOSBigramLeft, cl<<8|c),
		tagger.Mix1(fPOSBigramRight, c<<8|cr),
		tagger.Mix1(fPOSTrigram, cl<<16|c<<8|cr),
		t.keys.lower,
		tagger.Mix2(fLowerPOS, t.lower, c),
		t.keys.chunkSuf[0],
		t.keys.chunkSuf[1],
		t.keys.shape,
		tagger.Mix2(fShapePOS, t.shape, c),
		t.keys.cl[2],
		tagger.Mix2(fClusterPOS, t.cl[1], c),
		tagger.Mix2(fLowerNextPOS, t.lower, cr),
	)
}

// chunkRestFeatures appends the features of ChunkStaticFeatures after
// its first chunkWordFeatures.
func (s *Sentence) chunkRestFeatures(i int, tags []int, f []uint64) []uint64 {
	t, p, p2, n, n2 := s.at(i), s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	c, cl, cl2, cr, cr2 := tagAt(tags, i), tagAt(tags, i-1), tagAt(tags, i-2), tagAt(tags, i+1), tagAt(tags, i+2)
	return append(f,
		tagger.Mix1(fPOSLeft2, cl2),
		tagger.Mix1(fPOSRight2, cr2),
		tagger.Mix1(fPOSLeftBigram2, cl2<<16|cl<<8|c),
		tagger.Mix1(fPOSRightBigram2, c<<16|cr<<8|cr2),
		tagger.Mix1(fPOSFourgram, cl2<<24|cl<<16|c<<8|cr),
		tagger.Mix1(fPOSFivegram, cl2<<32|cl<<24|c<<16|cr<<8|cr2),
		p.keys.prev,
		n.keys.next,
		tagger.Mix2(fNextLowerPOS, n.lower, cr),
		tagger.Mix2(fNextSuffixPOS, n.suf[1], cr),
		p2.keys.prev2,
		n2.keys.next2,
		p.keys.prevShape,
		n.keys.nextShape,
		tagger.Mix2(fBigramLeft, p.lower, t.lower),
		tagger.Mix2(fBigramRight, t.lower, n.lower),
		tagger.Mix2(fPOSLeftLower, cl, t.lower),
		tagger.Mix2(fLowerLeftPOS, p.lower, c),
	)
}

// ChunkLabelFeatures appends the chunk features of token i that read the
// chunk labels before it (the last ChunkLabelOrder of them).
func (s *Sentence) ChunkLabelFeatures(i int, tags, labels []int, f []uint64) []uint64 {
	t, p := s.at(i), s.at(i-1)
	c, cl, cr := tagAt(tags, i), tagAt(tags, i-1), tagAt(tags, i+1)
	pc, pc2 := labelAt(labels, i-1), labelAt(labels, i-2)
	return append(f,
		tagger.Mix1(fPrevChunk, pc),
		tagger.Mix1(fPrevChunks, pc2<<8|pc),
		tagger.Mix1(fPrevChunkPOS, pc<<8|c),
		tagger.Mix1(fPrevChunkPOSNext, pc<<16|c<<8|cr),
		tagger.Mix2(fPrevLowerChunk, pc, p.lower),
		tagger.Mix2(fPrevChunkLower, pc, t.lower),
		tagger.Mix1(fPrevChunkPOSLeft, pc<<16|cl<<8|c),
		tagger.Mix3(fPrevChunkLowerPOS, pc, t.lower, c),
	)
}

// ChunkLabelOrder is how many of the labels before a token
// ChunkLabelFeatures reads.
const ChunkLabelOrder = 2
