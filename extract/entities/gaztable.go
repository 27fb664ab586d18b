package entities

import "encoding/binary"

// gazTable is the shipped gazetteer read in place from the model's bytes:
// records of a phrase hash (uint64, little-endian) and its type bits,
// sorted by hash, with an index of where each range of hashes starts. A
// map of them took a tenth of the entity model's loading, which the page
// waits for.
type gazTable struct {
	recs   []byte   // gazRecord bytes a record
	bucket []uint32 // bucket[b]: the first record whose hash >> shift is b
	shift  uint
}

const gazRecord = 9

// newGazTable indexes the records of recs, which it keeps (they must not
// change); it reports false if they are not sorted.
func newGazTable(recs []byte) (gazTable, bool) {
	n := len(recs) / gazRecord
	bits := uint(1)
	for 1<<bits < n/2 {
		bits++
	}
	t := gazTable{recs: recs[:n*gazRecord], bucket: make([]uint32, 1<<bits+1), shift: 64 - bits}
	prev := uint64(0)
	for i := 0; i < n; i++ {
		h := binary.LittleEndian.Uint64(recs[i*gazRecord:])
		if i > 0 && h <= prev {
			return gazTable{}, false
		}
		prev = h
		t.bucket[h>>t.shift+1]++
	}
	for b := 1; b < len(t.bucket); b++ {
		t.bucket[b] += t.bucket[b-1]
	}
	return t, true
}

// lookup returns the type bits of a phrase hash, 0 if it is not listed.
func (t gazTable) lookup(h uint64) uint8 {
	if len(t.bucket) == 0 {
		return 0
	}
	b := h >> t.shift
	for i := t.bucket[b]; i < t.bucket[b+1]; i++ {
		at := int(i) * gazRecord
		k := binary.LittleEndian.Uint64(t.recs[at:])
		if k >= h {
			if k == h {
				return t.recs[at+8]
			}
			return 0
		}
	}
	return 0
}

// toMap copies the table into a gazetteer (for training, which adds to it).
func (t gazTable) toMap() gazetteer {
	g := gazetteer{}
	for at := 0; at+gazRecord <= len(t.recs); at += gazRecord {
		g[binary.LittleEndian.Uint64(t.recs[at:])] = t.recs[at+8]
	}
	return g
}
