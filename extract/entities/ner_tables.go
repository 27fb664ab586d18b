package entities

import (
	"github.com/whosaid/whosaid/extract/tagger"

	"unicode"
	"unicode/utf8"
)

// Tables of figures: results, standings, polls and prices are lines of
// names between numbers, where the words around a name say little and a
// city's name is a club's ("Leeds 2 Chelsea 1") while a country's stays a
// place. A capitalised word reads how numeric its line is and how much of
// the article is such lines, on its own shape, its name-list marks, its
// gazetteer types and its cluster: the tagger learns what a city, a known
// organisation or an unknown word is in a table, and in an article of
// tables.

// Template numbers continue ner_wide.go's; never renumber.
const (
	tTableShape = tClusterMid + 1 + iota
	tTableList
	tTableGaz
	tTableCluster
)

// Line kinds: no figure, some figures, a table row (at least two figures
// and a third of the words or more).
const (
	lineWords = iota
	lineFigures
	lineTable
)

// isFigure says whether a word is a number ("2", "1-0", "43.5").
func isFigure(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// lineKind classifies a sentence by its figures.
func lineKind(words []string) uint8 {
	n := 0
	for _, w := range words {
		if isFigure(w) {
			n++
		}
	}
	switch {
	case n >= 2 && 3*n >= len(words):
		return lineTable
	case n > 0:
		return lineFigures
	}
	return lineWords
}

// docTables is how much of an article is table rows: 0 none, 1 under a
// fifth of its lines, 2 under half, 3 half or more.
type docTables uint8

func tablesOf(sents [][]string) docTables {
	rows := 0
	for _, s := range sents {
		if lineKind(s) == lineTable {
			rows++
		}
	}
	switch {
	case rows == 0:
		return 0
	case 5*rows < len(sents):
		return 1
	case 2*rows < len(sents):
		return 2
	}
	return 3
}

// tableFeatures appends word i's table features; line is its sentence's
// kind.
func tableFeatures(ts []tokenHashes, lx *lexSentence, gm gazMatch, line uint8, doc docTables, i int, f []uint64) []uint64 {
	t := ts[i]
	if !t.capitalized {
		return f
	}
	k := uint64(line)<<4 | uint64(doc)
	f = append(f, tagger.Mix2(tTableShape, k, t.shape))
	for l, pos := range lx.marks[i].Pos {
		if pos != 0 {
			f = append(f, tagger.Mix3(tTableList, k, uint64(l), uint64(pos)))
		}
	}
	for typ := 0; typ < 4; typ++ {
		if gm.pos[typ] != 0 {
			f = append(f, tagger.Mix3(tTableGaz, k, uint64(typ), uint64(gm.pos[typ])))
		}
	}
	c := uint64(0)
	if lx.found[i] {
		c = pathHash(lx.paths[i], 6)
	}
	return append(f, tagger.Mix2(tTableCluster, k, c))
}
