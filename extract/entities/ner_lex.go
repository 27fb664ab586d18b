package entities

import (
	"github.com/whosaid/whosaid/extract/tagger"

	"github.com/whosaid/whosaid/extract/entities/clusters"
	"github.com/whosaid/whosaid/extract/entities/namelists"
)

// Features from outside the labelled data: each word's Brown cluster (words
// used alike, learned from unlabelled English), as path prefixes over a
// small window, and the name lists it stands in (cities, countries, given
// names, companies…). Ratinov & Roth (2009) found each worth one to three
// points of F1 on CoNLL-2003.

// Template numbers continue features.go's; never renumber.
const (
	tCluster = tSurname + 1 + iota
	tClusterPrev
	tClusterNext
	tClusterShape
	tNameList
	tNameListShape
	tNameListPrev
	tNameListNext
)

// clusterPrefixes are the prefix lengths used as features: coarse to fine.
var clusterPrefixes = [...]int{4, 6, 10, 20}

// lexSentence holds a sentence's cluster paths and name-list marks.
type lexSentence struct {
	paths  []clusters.Path
	found  []bool
	hashes []uint64
	caps   []bool
	marks  []namelists.Match
	keys   []clusterKeys // each word's, when found
	// known[n] is what describe found of the word a tagger numbered n
	// (tokenHashes.num), for the next time it comes; emptied with the
	// numbers (forget).
	known []lexWord
}

// lexWord is what describe finds of a word: its cluster path, if the
// table has it, and its name-list hash.
type lexWord struct {
	path  clusters.Path
	found bool
	set   bool
	hash  uint64
	// keys are its cluster features' keys (features), when found.
	keys clusterKeys
}

// clusterKeys are the keys of a word's cluster features, made once a
// word: its own (clusterPrefixes, then with its shape) and as the word
// before (prev) and after (next) another.
type clusterKeys struct {
	own        [len(clusterPrefixes) + 1]uint64
	prev, next [3]uint64
}

// clusterKeysOf makes the keys of a word of path p and shape.
func clusterKeysOf(p clusters.Path, shape uint64) clusterKeys {
	var k clusterKeys
	for j, n := range clusterPrefixes {
		k.own[j] = tagger.Mix2(tCluster, uint64(n), pathHash(p, n))
	}
	k.own[len(clusterPrefixes)] = tagger.Mix2(tClusterShape, pathHash(p, 10), shape)
	for j, n := range clusterPrefixes[:3] {
		k.prev[j] = tagger.Mix2(tClusterPrev, uint64(n), pathHash(p, n))
		k.next[j] = tagger.Mix2(tClusterNext, uint64(n), pathHash(p, n))
	}
	return k
}

// noClusterKey is the feature of a word the table does not know.
var noClusterKey = tagger.Mix1(tCluster, 0)

// forget empties known, when the words are numbered anew.
func (lx *lexSentence) forget() { lx.known = lx.known[:0] }

// lexSources says which outside sources the features use (all, at run
// time; the trainer leaves some out to measure what each adds).
type lexSources struct {
	clusters  *clusters.Table
	namelists *namelists.Lists
	// wholeNames: a word inside a longer listed name keeps only that
	// name's marks.
	wholeNames bool
	// dropLists are name lists (namelists bits) the model goes without.
	dropLists uint16
}

func defaultLexSources() lexSources {
	return lexSources{clusters: clusters.Default(), namelists: namelists.Default()}
}

func (lx *lexSentence) describe(src lexSources, words []string, ts []tokenHashes) {
	lx.paths, lx.found, lx.keys = lx.paths[:0], lx.found[:0], lx.keys[:0]
	lx.hashes, lx.caps = lx.hashes[:0], lx.caps[:0]
	var fresh lexWord // a word not known before, when it has no number
	for i, w := range words {
		// lw points at the word's description (known's, or fresh), not a
		// copy: a lexWord is over a hundred bytes, copied once a word.
		var lw *lexWord
		n := int(ts[i].num)
		if n < len(lx.known) && lx.known[n].set {
			lw = &lx.known[n]
		} else {
			lw = &fresh
			if n > 0 {
				for len(lx.known) <= n {
					lx.known = append(lx.known, lexWord{})
				}
				lw = &lx.known[n]
			}
			lw.path, lw.found = src.clusters.Lookup(w)
			lw.hash, lw.set = namelists.WordHash(w), true
			lw.keys = clusterKeys{}
			if lw.found {
				lw.keys = clusterKeysOf(lw.path, ts[i].shape)
			}
		}
		lx.paths = append(lx.paths, lw.path)
		lx.found = append(lx.found, lw.found)
		lx.keys = append(lx.keys, lw.keys)
		lx.hashes = append(lx.hashes, lw.hash)
		lx.caps = append(lx.caps, ts[i].capitalized)
	}
	lx.marks = src.namelists.MatchSentence(lx.hashes, lx.caps, lx.marks)
	namelists.Drop(lx.marks, src.dropLists)
	if src.wholeNames {
		namelists.WholeNames(lx.marks)
	}
}

func pathHash(p clusters.Path, n int) uint64 {
	q := p.Prefix(n)
	return uint64(q.Bits)<<8 | uint64(q.N)
}

// features appends word i's cluster and name-list features.
func (lx *lexSentence) features(ts []tokenHashes, i int, f []uint64) []uint64 {
	if lx.found[i] {
		f = append(f, lx.keys[i].own[:]...)
	} else {
		f = append(f, noClusterKey)
	}
	if i > 0 && lx.found[i-1] {
		f = append(f, lx.keys[i-1].prev[:]...)
	}
	if i+1 < len(lx.found) && lx.found[i+1] {
		f = append(f, lx.keys[i+1].next[:]...)
	}
	return lx.listFeatures(ts, i, f)
}

// listFeatures appends word i's name-list features (the second part of
// features).
func (lx *lexSentence) listFeatures(ts []tokenHashes, i int, f []uint64) []uint64 {
	// Most words and their neighbours are on no list: then there is
	// nothing to look at list by list.
	var own, prev, next, none [namelists.NumLists]uint8
	own = lx.marks[i].Pos
	if i > 0 {
		prev = lx.marks[i-1].Pos
	}
	if i+1 < len(lx.marks) {
		next = lx.marks[i+1].Pos
	}
	if own == none && prev == none && next == none {
		return f
	}
	for l := 0; l < namelists.NumLists; l++ {
		if pos := own[l]; pos != 0 {
			f = append(f, tagger.Mix2(tNameList, uint64(l), uint64(pos)), tagger.Mix3(tNameListShape, uint64(l), uint64(pos), ts[i].shape))
		}
		if prev[l] != 0 {
			f = append(f, tagger.Mix2(tNameListPrev, uint64(l), uint64(prev[l])))
		}
		if next[l] != 0 {
			f = append(f, tagger.Mix2(tNameListNext, uint64(l), uint64(next[l])))
		}
	}
	return f
}
