package syntax

import "github.com/whosaid/whosaid/extract/tagger"

// The parser's beam scores the chunk features in groups
// (tagger.BeamFeatures.Groups): the same features as ChunkStaticFeatures
// and ChunkLabelFeatures (which the trainer reads), those that take few
// values and carry a weight for most labels (the tags two either side,
// the neighbours' shapes, the labels before with the tags) each scored
// once a key and remembered, the others one by one.

// chunkSparseFeatures appends the features of chunkRestFeatures outside
// its groups: the neighbours' words.
func (s *Sentence) chunkSparseFeatures(i int, tags []int, f []uint64) []uint64 {
	t, p, p2, n, n2 := s.at(i), s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	c, cl, cr := tagAt(tags, i), tagAt(tags, i-1), tagAt(tags, i+1)
	return append(f,
		p.keys.prev,
		n.keys.next,
		tagger.Mix2(fNextLowerPOS, n.lower, cr),
		tagger.Mix2(fNextSuffixPOS, n.suf[1], cr),
		p2.keys.prev2,
		n2.keys.next2,
		tagger.Mix2(fBigramLeft, p.lower, t.lower),
		tagger.Mix2(fBigramRight, t.lower, n.lower),
		tagger.Mix2(fPOSLeftLower, cl, t.lower),
		tagger.Mix2(fLowerLeftPOS, p.lower, c),
	)
}

// The static groups.
const (
	chunkTagWindow = iota // the tags two either side
	chunkShapes           // the shapes of the words before and after
	chunkGroups
)

// chunkGroupKeys names token i's static groups.
func (s *Sentence) chunkGroupKeys(i int, tags []int, keys *[tagger.MaxGroups]tagger.WordKey) int {
	keys[chunkTagWindow] = tagger.WordKey{A: 1<<40 | tagAt(tags, i-2)<<32 | tagAt(tags, i-1)<<24 | tagAt(tags, i)<<16 | tagAt(tags, i+1)<<8 | tagAt(tags, i+2)}
	keys[chunkShapes] = tagger.WordKey{A: s.at(i - 1).shape, B: s.at(i + 1).shape}
	return chunkGroups
}

// chunkGroupFeatures appends static group g's features.
func (s *Sentence) chunkGroupFeatures(i, g int, tags []int, f []uint64) []uint64 {
	if g == chunkShapes {
		return append(f, s.at(i-1).keys.prevShape, s.at(i+1).keys.nextShape)
	}
	c, cl, cl2, cr, cr2 := tagAt(tags, i), tagAt(tags, i-1), tagAt(tags, i-2), tagAt(tags, i+1), tagAt(tags, i+2)
	return append(f,
		tagger.Mix1(fPOSLeft2, cl2),
		tagger.Mix1(fPOSRight2, cr2),
		tagger.Mix1(fPOSLeftBigram2, cl2<<16|cl<<8|c),
		tagger.Mix1(fPOSRightBigram2, c<<16|cr<<8|cr2),
		tagger.Mix1(fPOSFourgram, cl2<<24|cl<<16|c<<8|cr),
		tagger.Mix1(fPOSFivegram, cl2<<32|cl<<24|c<<16|cr<<8|cr2),
	)
}

// chunkLabelSparse appends the features of ChunkLabelFeatures outside
// its group: the labels before with the words.
func (s *Sentence) chunkLabelSparse(i int, tags, labels []int, f []uint64) []uint64 {
	t, p := s.at(i), s.at(i-1)
	c := tagAt(tags, i)
	pc := labelAt(labels, i-1)
	return append(f,
		tagger.Mix2(fPrevLowerChunk, pc, p.lower),
		tagger.Mix2(fPrevChunkLower, pc, t.lower),
		tagger.Mix3(fPrevChunkLowerPOS, pc, t.lower, c),
	)
}

// chunkLabelKey names the labelled group of token i after labels: the
// two labels before and the tags of it and its neighbours.
func chunkLabelKey(i int, tags, labels []int) tagger.WordKey {
	return tagger.WordKey{
		A: 1<<40 | labelAt(labels, i-2)<<8 | labelAt(labels, i-1),
		B: tagAt(tags, i-1)<<16 | tagAt(tags, i)<<8 | tagAt(tags, i+1),
	}
}

// chunkLabelGroup appends the labelled group's features.
func chunkLabelGroup(i int, tags, labels []int, f []uint64) []uint64 {
	c, cl, cr := tagAt(tags, i), tagAt(tags, i-1), tagAt(tags, i+1)
	pc, pc2 := labelAt(labels, i-1), labelAt(labels, i-2)
	return append(f,
		tagger.Mix1(fPrevChunk, pc),
		tagger.Mix1(fPrevChunks, pc2<<8|pc),
		tagger.Mix1(fPrevChunkPOS, pc<<8|c),
		tagger.Mix1(fPrevChunkPOSNext, pc<<16|c<<8|cr),
		tagger.Mix1(fPrevChunkPOSLeft, pc<<16|cl<<8|c),
	)
}
