package tagger

import "unsafe"

// Some features take few values (a word's Brown cluster, a neighbour's
// shape, the labels before) and carry a weight for nearly every label:
// scoring them is most of the adding. A beam told so (BeamFeatures.Groups,
// LabelGroup) scores such a group once for each key that names it,
// remembers the sums, and adds them to a token's scores as one: a label's
// sum is then the group's sum added to the rest's, where one list would
// have added the weights one by one; the same bits every time, not those
// of one list (the labels came out the same on every text tried: see
// README). Adding a group costs about three instructions a label,
// and a group not remembered costs more than its features one by one: it
// pays only where its weights are several times the labels and its keys
// come again (the chunker's groups, 20 labels, did not, on news text).

// MaxGroups is the most static groups a token may have.
const MaxGroups = 4

// groupBits sizes a group's memo (direct-mapped: 2,048 entries, each a
// sum per label, 139 KB for the entity tagger's 17 labels): 4,096 took
// 0.4% fewer instructions on 49 PolNeAR articles, for twice the memory.
const (
	groupBits  = 11
	groupSlots = 1 << groupBits
)

// groupMemo remembers a group's sums by key (the zero key: empty).
type groupMemo struct {
	keys [groupSlots]WordKey
	sums []float32 // groupSlots × labels
	// tmp holds the sums being made.
	tmp [256]float32
}

func (k WordKey) groupSlot() uint32 {
	h := (k.A*0x9E3779B97F4A7C15 ^ k.B) * 0xBF58476D1CE4E5B9
	return uint32(h >> (64 - groupBits))
}

// groupLookup is group g's sums under key (g ≤ MaxGroups; MaxGroups is
// the labelled group's), if remembered.
func (d *Decoder) groupLookup(g int, key WordKey) ([]float32, bool) {
	gm := d.groups[g]
	if gm == nil {
		return nil, false
	}
	s := key.groupSlot()
	if gm.keys[s] != key {
		return nil, false
	}
	return gm.sums[int(s)*d.m.labels:][:d.m.labels], true
}

// groupStore sums group g's features f from zero and remembers them under
// key.
func (d *Decoder) groupStore(g int, key WordKey, f []uint64) []float32 {
	gm := d.groups[g]
	if gm == nil {
		gm = &groupMemo{sums: make([]float32, groupSlots*d.m.labels)}
		d.groups[g] = gm
	}
	s := key.groupSlot()
	sums := gm.sums[int(s)*d.m.labels:][:d.m.labels]
	clear(gm.tmp[:d.m.labels])
	d.m.addInto(d.c, &gm.tmp, f)
	copy(sums, gm.tmp[:])
	gm.keys[s] = key
	return sums
}

// addScores adds v to s, label by label (len(v) ≤ 256), four at a time
// through pointers, as addSpans does: an indexed loop checked and masked
// every label and took twice the instructions.
func addScores(s *[256]float32, v []float32) {
	n := min(len(v), len(s))
	if n == 0 {
		return
	}
	sp, vp := unsafe.Pointer(s), unsafe.Pointer(unsafe.SliceData(v))
	for ; n >= 4; n -= 4 {
		a, b := (*[4]float32)(sp), (*[4]float32)(vp)
		a[0] += b[0]
		a[1] += b[1]
		a[2] += b[2]
		a[3] += b[3]
		sp, vp = unsafe.Add(sp, 16), unsafe.Add(vp, 16)
	}
	for ; n > 0; n-- {
		*(*float32)(sp) += *(*float32)(vp)
		sp, vp = unsafe.Add(sp, 4), unsafe.Add(vp, 4)
	}
}
