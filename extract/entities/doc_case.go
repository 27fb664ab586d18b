package entities

// docCase records how a word is written across the whole document: bit 0
// capitalized inside a sentence, bit 1 lower-case. A sentence-initial or
// headline word is read by how the rest of the article writes it. (nil:
// not recorded.)
//
// A table of its own, open-addressed by the word's lower-case hash and
// kept by the tagger from article to article: a map made anew for each
// article grew as it filled, and hashed each hash again (with a 128-bit
// multiply WebAssembly does not have).
type docCase = *caseTable

type caseTable struct {
	keys  []uint64
	bits  []uint8 // 0: the slot is empty (a kept word has a bit set)
	n     int
	shift uint // 64 - log2(len(keys))
}

func newDocCase() docCase { return &caseTable{} }

// reset forgets every word, keeping the table's memory unless a long
// document made it large.
func (c *caseTable) reset() {
	if len(c.keys) > 1<<16 {
		*c = caseTable{}
		return
	}
	clear(c.bits)
	c.n = 0
}

func (c *caseTable) slot(h uint64) int { return fibSlot(h, c.shift) }

// get is the bits of the word of hash h, 0 if it has none.
func (c *caseTable) get(h uint64) uint8 {
	if c.n == 0 {
		return 0
	}
	mask := len(c.keys) - 1
	for s := c.slot(h); c.bits[s] != 0; s = (s + 1) & mask {
		if c.keys[s] == h {
			return c.bits[s]
		}
	}
	return 0
}

// or sets bits b (not 0) of the word of hash h.
func (c *caseTable) or(h uint64, b uint8) {
	if 2*(c.n+1) > len(c.keys) {
		c.grow()
	}
	mask := len(c.keys) - 1
	s := c.slot(h)
	for ; c.bits[s] != 0; s = (s + 1) & mask {
		if c.keys[s] == h {
			c.bits[s] |= b
			return
		}
	}
	c.keys[s], c.bits[s] = h, b
	c.n++
}

// grow doubles the table (at least 512 slots) and places the words again.
func (c *caseTable) grow() {
	n, shift := doubled(len(c.keys), 9)
	keys, old := c.keys, c.bits
	c.keys, c.bits, c.shift, c.n = make([]uint64, n), make([]uint8, n), shift, 0
	for s, b := range old {
		if b != 0 {
			c.or(keys[s], b)
		}
	}
}
