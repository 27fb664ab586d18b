package entities

// wordTable is the entity tagger's memo of words' hashes (describeWords),
// kept from article to article: a table of its own, open-addressed by the
// word's FNV hash (which the description needs anyway), where a Go map
// hashed every word a second time with a 128-bit multiply WebAssembly
// does not have, and, each time it grew, copied its 100-byte entries (a
// 50,000-word document's map was a quarter of the engine's allocation).
type wordTable struct {
	slots []int32 // a word's place in words, plus one; 0 empty
	shift uint    // 64 - log2(len(slots))
	words []string
	vals  []tokenHashes
}

// len is the number of words kept.
func (t *wordTable) len() int { return len(t.words) }

// slot is where the search for a word of hash h starts.
func (t *wordTable) slot(h uint64) int { return fibSlot(h, t.shift) }

// find is w's hashes (h its hashString) as kept, nil if w is not kept
// (valid until the next add).
func (t *wordTable) find(w string, h uint64) *tokenHashes {
	if len(t.slots) == 0 {
		return nil
	}
	mask := len(t.slots) - 1
	for s := t.slot(h); ; s = (s + 1) & mask {
		k := t.slots[s]
		if k == 0 {
			return nil
		}
		if v := &t.vals[k-1]; v.exact == h && t.words[k-1] == w {
			return v
		}
	}
}

// add keeps w (not yet kept) with its hashes v, whose exact is its hash.
func (t *wordTable) add(w string, v tokenHashes) {
	if 2*(len(t.words)+1) > len(t.slots) {
		t.grow()
	}
	t.words = append(t.words, w)
	t.vals = append(t.vals, v)
	t.place(len(t.words))
}

// place puts word k-1 in the slots.
func (t *wordTable) place(k int) {
	mask := len(t.slots) - 1
	s := t.slot(t.vals[k-1].exact)
	for t.slots[s] != 0 {
		s = (s + 1) & mask
	}
	t.slots[s] = int32(k)
}

// grow doubles the slots (at least 1,024) and places the words again.
func (t *wordTable) grow() {
	n, shift := doubled(len(t.slots), 10)
	t.slots, t.shift = make([]int32, n), shift
	for k := 1; k <= len(t.words); k++ {
		t.place(k)
	}
}

// reset forgets every word, keeping the table's memory unless a long
// document made it far larger than the tagger keeps words for.
func (t *wordTable) reset() {
	if len(t.slots) > 16*maxTaggerWords {
		*t = wordTable{}
		return
	}
	clear(t.slots)
	clear(t.words) // the words' copies may go
	t.words, t.vals = t.words[:0], t.vals[:0]
}

// The entity tagger's two open-addressed tables (this one and doc_case.go's
// caseTable) share how a hash picks a slot and how a table grows.

// fibSlot is the slot of hash h in a table of 2^(64-shift) slots
// (Fibonacci hashing: the top bits of h times 2^64 over the golden ratio).
func fibSlot(h uint64, shift uint) int { return int(h * 0x9E3779B97F4A7C15 >> shift) }

// doubled is the size after a table of n slots (at least 2^minBits) and
// the shift fibSlot takes for it.
func doubled(n int, minBits uint) (int, uint) {
	size, bits := 1<<minBits, minBits
	for size < 2*n {
		size, bits = size*2, bits+1
	}
	return size, 64 - bits
}
