//go:build !js

package entities

// gazetteerBuilder counts names per document so each document can be left
// out of its own gazetteer.
type gazetteerBuilder struct {
	total map[uint64]*[4]int
	byDoc []map[uint64]*[4]int
}

func newGazetteerBuilder(docs []TrainDoc) *gazetteerBuilder {
	b := &gazetteerBuilder{total: map[uint64]*[4]int{}}
	for _, d := range docs {
		own := map[uint64]*[4]int{}
		for _, s := range d {
			labels := goldLabels(s, schemeBIO)
			for _, c := range sortedChunks(labels) {
				if c.to-c.from > maxGazWords {
					continue
				}
				h := uint64(0)
				for k := c.from; k < c.to; k++ {
					h = phraseHash(h, hashLower(s.Words[k]))
				}
				keys := []uint64{h}
				if c.typ == 1 && c.to-c.from >= 2 {
					keys = append(keys, givenNameKey(hashLower(s.Words[c.from])), surnameKey(hashLower(s.Words[c.to-1])))
				}
				for _, k := range keys {
					for _, m := range []map[uint64]*[4]int{own, b.total} {
						if m[k] == nil {
							m[k] = &[4]int{}
						}
						m[k][c.typ-1]++
					}
				}
			}
		}
		b.byDoc = append(b.byDoc, own)
	}
	return b
}

// addPlaces puts place names from outside the labelled data (countries and
// US states from data packages) in the gazetteer as places, in no
// document's own part: CoNLL-2003's Reuters news of 1996 names few US
// states, and "New Hampshire" was a place only where the news harvest
// happened to find it so.
func (b *gazetteerBuilder) addPlaces(places [][]string) {
	for _, p := range places {
		if len(p) == 0 || len(p) > maxGazWords {
			continue
		}
		h := uint64(0)
		for _, w := range p {
			h = phraseHash(h, hashLower(w))
		}
		if b.total[h] == nil {
			b.total[h] = &[4]int{}
		}
		b.total[h][2]++ // LOC
	}
}

// leaveOut returns the lookup for document d: names from the others only.
func (b *gazetteerBuilder) leaveOut(d int) func(uint64) uint8 {
	own := b.byDoc[d]
	return func(h uint64) uint8 {
		tot := b.total[h]
		if tot == nil {
			return 0
		}
		var bits uint8
		mine := own[h]
		for t := 0; t < 4; t++ {
			n := tot[t]
			if mine != nil {
				n -= mine[t]
			}
			if n > 0 {
				bits |= 1 << t
			}
		}
		return bits
	}
}

// full is the gazetteer of every document, the one that ships.
func (b *gazetteerBuilder) full() gazetteer {
	g := gazetteer{}
	for h, tot := range b.total {
		var bits uint8
		for t := 0; t < 4; t++ {
			if tot[t] > 0 {
				bits |= 1 << t
			}
		}
		g[h] = bits
	}
	return g
}
