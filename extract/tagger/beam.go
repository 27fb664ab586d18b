package tagger

import (
	"math"
	"unsafe"
)

// A greedy decoder commits to each label before it sees the next words'
// evidence; a beam keeps the best few label sequences so far and lets a
// later token's scores decide between them. The features a token has
// apart from the labels before it are scored once per token; only those
// that read the labels are scored per sequence kept.

// StaticFunc appends to f the features of token i that do not read the
// labels chosen before it.
type StaticFunc func(i int, f []uint64) []uint64

// BeamFeatures are a labeller's features split for a beam: Static once per
// token (its first Prefix features depending on little, remembered as
// RememberPrefix does), Labelled once per sequence kept.
//
// Order > 0 says Labelled reads no more than the last Order labels: two
// sequences that end alike then score alike from there on, so the beam
// keeps only the better of them and has room for another (exact
// recombination, as Viterbi does).
//
// PrefixAt, if set, gives token i's Prefix instead (a features function
// whose number of such features varies by token, as NextPrefix's).
//
// Skip, if set, names tokens labelled 0 without scoring them after a
// label 0 may follow (a shortcut for words that stand outside every
// label but 0): where every kept sequence may go on with 0, each does so
// at no score, so they stay comparable; where any may not, the token is
// scored for all, as any other. Skip is asked first (a table lookup,
// where telling whether every kept sequence may go on with 0 is a loop
// over them, and most tokens are not skipped), so it must only read;
// Skipped counts the tokens skipped. (Skipping only where every kept sequence
// ends in 0 keeps what the labels before tell apart, but the entity
// tagger's CV was the same within noise, 0.9292 against 0.9289 with a
// beam of 4 and 0.9263 against 0.9268 with 2, for a third more
// instructions.)
type BeamFeatures struct {
	Static   StaticFunc
	Prefix   int
	Labelled FeatureFunc
	Order    int
	PrefixAt func(i int) int
	Skip     func(i int) bool
	// Reads > 0 says Labelled reads no more of the labels before token
	// i than the last Reads, and the one at Also(i) if Also is set and
	// gives one (≥ 0): two sequences alike there have the same labelled
	// features, which the beam then makes and scores once (telling so
	// from the labels is cheaper than making and comparing them).
	Reads int
	Also  func(i int) int
	// Key, if set, names token i's first Prefix (or PrefixAt) features
	// (see WordKey; the zero key: none): a token whose key the beam has
	// seen takes their sums from its memo, and Rest appends the static
	// features after them (Static, all of them, is called for the
	// others).
	Key  func(i int) WordKey
	Rest StaticFunc
	// Parent, if set, names the first ParentPrefix of the features Key
	// names (fewer, depending on less: the tags without the word), so
	// that a token whose key is new starts from their remembered sums.
	Parent       func(i int) WordKey
	ParentPrefix int
	// Groups, if set, names token i's groups of static features by
	// keys (fills keys, at most MaxGroups, and says how many; two
	// tokens with a group's key have its features; the zero key: none
	// there), and GroupFeatures
	// appends group g's features: each group is scored once a key, its
	// sums added to those of Static's (see groups.go).
	Groups        func(i int, keys *[MaxGroups]WordKey) int
	GroupFeatures func(i, g int, f []uint64) []uint64
	// LabelGroup, if set, names a group of token i's features that read
	// the labels (as Labelled, no more of them than Reads says), and
	// LabelGroupFeatures appends them: scored once a key, their sums
	// added after Labelled's.
	LabelGroup         func(i int, labels []int) WordKey
	LabelGroupFeatures func(i int, labels []int, f []uint64) []uint64
}

// Beam labels sequences keeping the Width best label sequences (by summed
// scores) at every token. Width 1 is greedy decoding on the same
// features. Not safe for concurrent use; the Model it reads is.
type Beam struct {
	d      *Decoder
	width  int
	labels int // the model's
	// cur and next are the kept sequences: their summed scores and their
	// labels, row r of rows at rows[r*stride:]. A sequence kept goes on
	// in its parent's row, in place; only a parent's second child copies
	// (see advance).
	cur, next []beamHyp
	rows      []int
	stride    int
	// claimed marks the rows the sequences being advanced hold.
	claimed []bool
	// lfeats[h] and sums[h] are the labelled features of the kept
	// sequence h at the token being chosen, and its scores.
	lfeats [][]uint64
	sums   [][256]float32
	// all is allowed's row where the transitions have none.
	all []bool
	// lists are follow's lists, by previous label + 1 (0: the start; a
	// kept sequence's last label is one of the model's or -1).
	lists [][]uint8
	// gfeats holds a group's features while they are scored, gkeys
	// the token's static groups' keys.
	gfeats []uint64
	gkeys  [MaxGroups]WordKey
	// zeroNext says, by previous label + 1 as lists, whether label 0 may
	// follow (its list starts with 0).
	zeroNext []bool
	// skipped counts the tokens Skip had labelled 0 unscored.
	skipped int
}

// Skipped is how many tokens the beam has labelled 0 without scoring
// them (BeamFeatures.Skip), to measure them.
func (b *Beam) Skipped() int { return b.skipped }

type beamHyp struct {
	score float32
	row   int // the row of its labels
	label int // its last label, -1 before the first token
	from  int // the hypothesis it extends (while choosing)
}

// NewBeam returns a beam decoder of width w (at least 1) of m under the
// constraints t (nil: none).
func NewBeam(m *Model, t *Transitions, w int) *Beam {
	w = max(1, w)
	b := &Beam{d: NewDecoder(m, t), width: w, labels: m.labels,
		lfeats: make([][]uint64, w), sums: make([][256]float32, w)}
	b.d.inBeam = true
	for h := range b.sums {
		b.sums[h][stopLabel] = float32(math.Inf(1))
	}
	b.lists = make([][]uint8, m.labels+1)
	b.zeroNext = make([]bool, m.labels+1)
	for prev := -1; prev < m.labels; prev++ {
		b.lists[prev+1] = b.follow(prev)
		l := b.lists[prev+1]
		b.zeroNext[prev+1] = len(l) > 0 && l[0] == 0
	}
	return b
}

// sameAs is the first kept sequence before h (whose labels are row) that
// has h's labelled features at token i, -1 if none; when none, h's
// features are in lfeats[h]. Sequences that differ only in labels their
// features do not read (a quarter of those the entity tagger and the
// chunker score) get the same scores, bit for bit: one scoring serves
// them all. With f.Reads, their labels tell, and the features are made
// once; also is f.Also(i) (-1 if none).
func (b *Beam) sameAs(i, h int, row []int, f *BeamFeatures, also int) int {
	if f.Reads <= 0 {
		b.lfeats[h] = f.Labelled(i, row, b.lfeats[h][:0])
		return b.sameFeatures(h)
	}
	last := b.cur[h].label
	for g := range h {
		// A kept sequence's last label (token i-1's, which Reads > 0
		// compares) is in cur: most that differ differ there, told
		// without finding their row.
		if b.cur[g].label != last {
			continue
		}
		rg := b.rows[b.cur[g].row*b.stride:][:i]
		if sameLabels(rg, row, i-f.Reads, also) {
			return g
		}
	}
	b.lfeats[h] = f.Labelled(i, row, b.lfeats[h][:0])
	return -1
}

// sameLabels reports whether the labels a and b (as long) are the same
// from from on and at also (if ≥ 0).
func sameLabels(a, b []int, from, also int) bool {
	if also >= 0 && a[also] != b[also] {
		return false
	}
	for j := len(a) - 1; j >= 0 && j >= from; j-- {
		if a[j] != b[j] {
			return false
		}
	}
	return true
}

// sameFeatures is the first kept sequence before h whose labelled
// features are h's, -1 if none.
func (b *Beam) sameFeatures(h int) int {
	fh := b.lfeats[h]
	for g, fg := range b.lfeats[:h] {
		if len(fg) != len(fh) {
			continue
		}
		same := true
		for j, x := range fg {
			if x != fh[j] {
				same = false
				break
			}
		}
		if same {
			return g
		}
	}
	return -1
}

// Release hands the beam's scratch back to its model (see
// Decoder.Release).
func (b *Beam) Release() { b.d.Release() }

// Tag labels n tokens into out[:0] and returns it: the kept sequence of
// the highest summed score (the first kept on ties).
func (b *Beam) Tag(n int, f BeamFeatures, out []int) []int {
	fp := &f
	out = out[:0]
	if n == 0 {
		return out
	}
	d := b.d
	b.stride = n
	need := b.width * n
	if cap(b.rows) < need {
		b.rows = make([]int, need)
	}
	// Cleared: a token's place in a row is written only once the
	// token is chosen (advance copies the places before it), so a
	// label 0 skipped is already there.
	b.rows = b.rows[:need]
	clear(b.rows)
	b.cur = append(b.cur[:0], beamHyp{label: -1})
	for i := 0; i < n; i++ {
		b.next = b.next[:0]
		if f.Skip != nil && f.Skip(i) && b.allGoOn() {
			b.skipped++
			if f.Order <= 0 {
				// Each goes on with 0 at the same score: the beam
				// stays as it was, in its order (what keepBest
				// would make of it), each in its own row, where
				// 0 is written already (rows are cleared).
				for r := range b.cur {
					b.cur[r].label = 0
				}
				continue
			}
			for h, hyp := range b.cur {
				b.next = b.keep(b.next, beamHyp{score: hyp.score, label: 0, from: h}, i, f.Order)
			}
			b.advance(i)
			continue
		}
		b.scoreStatic(i, fp)
		also := -1
		if f.Also != nil {
			also = f.Also(i)
		}
		for h, hyp := range b.cur {
			row := b.rows[hyp.row*b.stride:][:i]
			sums := &b.sums[h]
			// The first earlier sequence with the same features has
			// scored them (sameness is an equivalence).
			if g := b.sameAs(i, h, row, fp, also); g >= 0 {
				sums = &b.sums[g]
			} else {
				copy(sums[:b.labels], d.c.sum[:]) // the static scores
				d.m.addInto(d.c, sums, b.lfeats[h])
				if f.LabelGroup != nil {
					b.addLabelGroup(i, row, fp, sums)
				}
			}
			if f.Order <= 0 {
				b.next = b.choose(b.next, hyp.score, sums, b.lists[hyp.label+1], h)
				continue
			}
			sum := sums[:b.labels]
			// Most candidates fall short of a full beam's last: tell
			// them here, not in a call (keepBest would not take them;
			// merging could, so not when merging).
			floor := b.floor(f.Order)
			for _, l := range b.lists[hyp.label+1] {
				score := hyp.score + sum[l]
				if score <= floor {
					continue
				}
				b.next = b.keep(b.next, beamHyp{score: score, label: int(l), from: h}, i, f.Order)
				floor = b.floor(f.Order)
			}
		}
		if len(b.next) == 0 { // nothing allowed: label 0, as Best does
			b.next = append(b.next, beamHyp{score: b.cur[0].score, label: 0, from: 0})
		}
		b.advance(i)
	}
	return append(out, b.rows[b.cur[0].row*b.stride:][:n]...)
}

// addLabelGroup adds to sums those of token i's labelled group after
// labels.
func (b *Beam) addLabelGroup(i int, labels []int, f *BeamFeatures, sums *[256]float32) {
	key := f.LabelGroup(i, labels)
	v, ok := b.d.groupLookup(MaxGroups, key)
	if !ok {
		b.gfeats = f.LabelGroupFeatures(i, labels, b.gfeats[:0])
		v = b.d.groupStore(MaxGroups, key, b.gfeats)
	}
	addScores(sums, v)
}

// addGroups adds to the decoder's scores those of token i's static
// groups.
func (b *Beam) addGroups(i int, f *BeamFeatures) {
	n := min(f.Groups(i, &b.gkeys), MaxGroups)
	d := b.d
	c := &d.c.sum
	for g, key := range b.gkeys[:n] {
		if key == (WordKey{}) {
			continue // no features there
		}
		v, ok := d.groupLookup(g, key)
		if !ok {
			b.gfeats = f.GroupFeatures(i, g, b.gfeats[:0])
			v = d.groupStore(g, key, b.gfeats)
		}
		addScores(c, v)
	}
}

// scoreStatic sets the decoder's scores to token i's static features'.
func (b *Beam) scoreStatic(i int, f *BeamFeatures) {
	b.scoreListed(i, f)
	if f.Groups != nil {
		b.addGroups(i, f)
	}
}

// scoreListed sets the decoder's scores to those of token i's static
// features as Static lists them.
func (b *Beam) scoreListed(i int, f *BeamFeatures) {
	d := b.d
	prefix := f.Prefix
	if f.PrefixAt != nil {
		prefix = f.PrefixAt(i)
	}
	var key WordKey
	if f.Key != nil {
		key = f.Key(i)
	}
	switch {
	case key == WordKey{}: // none: remembered by the features' keys
		d.scoreOnly(f.Static(i, d.feats[:0]), min(prefix, maxPrefix))
	case d.Recall(key):
		d.addRest(f.Rest(i, d.feats[:0]))
	default:
		var pkey WordKey
		if f.Parent != nil {
			pkey = f.Parent(i)
		}
		d.rememberFrom(key, f.Static(i, d.feats[:0]), prefix, pkey, f.ParentPrefix)
	}
}

// advance makes the sequences chosen for token i (next) the kept ones,
// writing their labels. The first child of a kept sequence takes its
// row, as it is; any other copies the labels before i into a row no
// child takes (a beam holds at most width rows, so one is left): copying
// every sequence's labels at every token was a tenth of the beam's
// instructions, growing with the sentence.
func (b *Beam) advance(i int) {
	if len(b.claimed) < b.width {
		b.claimed = make([]bool, b.width)
	}
	claimed := b.claimed[:b.width]
	clear(claimed)
	for r := range b.next {
		h := &b.next[r]
		from := b.cur[h.from].row
		if claimed[from] {
			h.row = -1 - from // copied below
			continue
		}
		claimed[from] = true
		h.row = from
	}
	free := 0
	for r := range b.next {
		h := &b.next[r]
		if h.row < 0 {
			from := -1 - h.row
			for claimed[free] {
				free++
			}
			claimed[free] = true
			copy(b.rows[free*b.stride:][:i], b.rows[from*b.stride:][:i])
			h.row = free
		}
		b.rows[h.row*b.stride+i] = h.label
	}
	b.cur, b.next = b.next, b.cur
}

// allGoOn reports whether label 0 may follow every kept sequence (its
// list of those that may follow starts with 0).
func (b *Beam) allGoOn() bool {
	for r := range b.cur {
		if !b.zeroNext[b.cur[r].label+1] {
			return false
		}
	}
	return true
}

// keep adds h (a sequence ending at token i) to next with keepBest, after
// dropping a kept sequence that ends as h does in its last order labels
// and scores less (or not adding h, if that one scores at least as much).
func (b *Beam) keep(next []beamHyp, h beamHyp, i, order int) []beamHyp {
	if order <= 0 {
		return keepBest(next, h, b.width)
	}
	for k := range next {
		if !b.sameEnd(next[k], h, i, order) {
			continue
		}
		if next[k].score >= h.score {
			return next
		}
		next = append(next[:k], next[k+1:]...)
		break
	}
	return keepBest(next, h, b.width)
}

// sameEnd reports whether two sequences ending at token i (not yet
// written to rows) have the same last order labels.
func (b *Beam) sameEnd(x, y beamHyp, i, order int) bool {
	if x.label != y.label {
		return false
	}
	if x.from == y.from {
		return true
	}
	rx, ry := b.rows[b.cur[x.from].row*b.stride:][:i], b.rows[b.cur[y.from].row*b.stride:][:i]
	for j := i - 1; j >= 0 && j >= i-order+1; j-- {
		if rx[j] != ry[j] {
			return false
		}
	}
	return true
}

// choose adds to next the sequences that extend the kept one from by the
// labels ls (scored base + sum[l]) and are among the width best, as
// keepBest would one by one (on ties the earlier stays ahead), in one
// loop: most fall short of a full beam's last, and a call each cost more
// than the telling.
func (b *Beam) choose(next []beamHyp, base float32, sum *[256]float32, ls []uint8, from int) []beamHyp {
	w := b.width
	floor := float32(math.Inf(-1))
	if len(next) == w {
		floor = next[w-1].score
	}
	_ = sum[0] // sum is not nil: checked here, not at every label
	lp := unsafe.Pointer(unsafe.SliceData(ls))
	for j := 0; ; j++ {
		// The labels that fall short, in a loop of their own: it keeps
		// to registers, where one with the insertion in it did not.
		// A list is followed by stopLabel, whose sum is +Inf
		// (NewBeam), so the loop reads no length: a fifth of its
		// instructions.
		for base+sum[*(*uint8)(unsafe.Add(lp, j))] <= floor {
			j++
		}
		if j >= len(ls) {
			return next
		}
		l := ls[j]
		score := base + sum[l]
		at := len(next)
		for at > 0 && next[at-1].score < score {
			at--
		}
		if len(next) < w {
			next = append(next, beamHyp{})
		}
		for k := len(next) - 1; k > at; k-- {
			next[k] = next[k-1]
		}
		next[at] = beamHyp{score: score, label: int(l), from: from}
		if len(next) == w {
			floor = next[w-1].score
		}
	}
}

// keepBest inserts h into best (sorted by score, highest first, at most w;
// on ties the earlier stays ahead) if it is among the w best.
func keepBest(best []beamHyp, h beamHyp, w int) []beamHyp {
	at := len(best)
	for at > 0 && best[at-1].score < h.score {
		at--
	}
	if at >= w {
		return best
	}
	if len(best) < w {
		best = append(best, beamHyp{})
	}
	// A loop, not copy: a beam is a few entries, and memmove's call
	// cost more than the moving.
	for j := len(best) - 1; j > at; j-- {
		best[j] = best[j-1]
	}
	best[at] = h
	return best
}

// scoreOnly sets d.scores to the sum of f's weights, its first prefix
// features from the memo (what next chooses a label from).
func (d *Decoder) scoreOnly(f []uint64, prefix int) {
	d.feats = f
	d.scratch()
	if prefix > 0 && len(f) >= prefix {
		d.scorePrefixed(f, prefix)
		return
	}
	clear(d.c.sum[:len(d.scores)])
	d.m.addTo(d.c, f)
	d.setScores()
}

// scratch takes the model's scratch for the decoder, if it has none.
func (d *Decoder) scratch() {
	if d.c == nil {
		d.c, _ = d.m.recent.Get().(*scratch)
		if d.c == nil {
			d.c = new(scratch)
		}
	}
}

// floor is the score a candidate must beat to enter the beam being
// chosen: its last's when full and not merging, else none.
func (b *Beam) floor(order int) float32 {
	if order <= 0 && len(b.next) == b.width {
		return b.next[b.width-1].score
	}
	return float32(math.Inf(-1))
}

// follow lists the labels that may follow prev (-1: the start), in
// order: a loop over them, not over every label asking allowed (after
// an open BILOU name two of the entity tagger's 17 may follow). Made
// for every prev with the beam, so that taking one is an index.
//
// A list is followed by stopLabel, beyond its length (see choose).
func (b *Beam) follow(prev int) []uint8 {
	list := make([]uint8, 0, b.labels+1)
	ok := b.allowed(prev)
	for l := range b.labels {
		if ok[l] {
			list = append(list, uint8(l))
		}
	}
	return append(list, stopLabel)[:len(list)]
}

// stopLabel ends the lists of labels that may follow: no model's label
// (a model has at most MaxLabels, 255), every kept sequence's scores
// hold +Inf there, so that choose stops at it.
const stopLabel = MaxLabels

// allowed is which labels may follow prev (-1: the start), by label, as
// long as the model's labels: the transitions' row, or one made by
// Allowed where they have none (or fewer labels).
func (b *Beam) allowed(prev int) []bool {
	if r := b.d.t.row(prev); len(r) >= b.labels {
		return r
	}
	if len(b.all) < b.labels {
		b.all = make([]bool, b.labels)
	}
	for l := range b.labels {
		b.all[l] = b.d.t.Allowed(prev, l)
	}
	return b.all
}

// row is which labels may follow prev (-1: the start), by label; nil if
// any may.
func (t *Transitions) row(prev int) []bool {
	if t == nil || t.n == 0 {
		return nil
	}
	if prev < 0 || prev >= t.n {
		prev = t.n
	}
	return t.ok[prev*t.n:][:t.n]
}
