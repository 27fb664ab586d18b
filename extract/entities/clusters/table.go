// Package clusters reads the word-cluster table the entity tagger uses as
// features: each word's bit path in a Brown clustering learned from
// unlabelled English (cmd/trainclusters). Words are stored as 32-bit
// hashes, sorted and delta-coded, so the table is small and holds no text.
package clusters

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
)

const magic = "WSBRN1\x00\x00"

// Table maps words to their cluster's bit path.
type Table struct {
	hashes []uint32 // sorted
	leaf   []uint16 // per hash
	paths  []Path   // per leaf
	// an open-addressing index over hashes, for lookups without a search
	slots []uint32 // hash index + 1, 0 = empty
	mask  uint32
}

// Path is a position in the cluster tree: the first N bits of Bits, most
// significant first.
type Path struct {
	Bits uint32
	N    uint8
}

// Prefix keeps the first n bits of a path (all of it when shorter), the
// coarser cluster it belongs to.
func (p Path) Prefix(n int) Path {
	if int(p.N) <= n {
		return p
	}
	return Path{Bits: p.Bits >> (uint(p.N) - uint(n)), N: uint8(n)}
}

// Key is how words are normalised before hashing: digits become 0, so
// "1996" and "2001" share a cluster.
func Key(word string) uint32 { return key(word, asWritten) }

// How key folds case: as written, title case ("CHELSEA" → "Chelsea"), or
// lower case.
const (
	asWritten = iota
	titleCase
	lowerCase
)

// key hashes word folded by mode without allocating.
func key(word string, mode int) uint32 {
	h := uint32(2166136261)
	add := func(b byte) {
		if b >= '1' && b <= '9' {
			b = '0'
		}
		h ^= uint32(b)
		h *= 16777619
	}
	first := true
	for i := 0; i < len(word); {
		b := word[i]
		if b < utf8.RuneSelf {
			if mode == lowerCase || mode == titleCase && !first {
				if 'A' <= b && b <= 'Z' {
					b += 'a' - 'A'
				}
			}
			add(b)
			i++
			first = false
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		if mode == lowerCase || mode == titleCase && !first {
			r = unicode.ToLower(r)
		}
		var buf [utf8.UTFMax]byte
		m := utf8.EncodeRune(buf[:], r)
		for k := 0; k < m; k++ {
			add(buf[k])
		}
		i += n
		first = false
	}
	return h
}

// Encode writes a table from words and their bit-path strings ("0110…");
// words earlier in the list win hash collisions, so list the frequent
// first.
func Encode(words, paths []string) ([]byte, error) {
	leafOf := map[string]uint16{}
	var leaves []string
	byHash := map[uint32]uint16{}
	for i, w := range words {
		p := paths[i]
		if len(p) > 32 {
			return nil, errors.New("clusters: path longer than 32 bits")
		}
		l, ok := leafOf[p]
		if !ok {
			l = uint16(len(leaves))
			leafOf[p] = l
			leaves = append(leaves, p)
		}
		h := Key(w)
		if _, dup := byHash[h]; !dup {
			byHash[h] = l
		}
	}
	hashes := make([]uint32, 0, len(byHash))
	for h := range byHash {
		hashes = append(hashes, h)
	}
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	out := []byte(magic)
	out = binary.LittleEndian.AppendUint16(out, uint16(len(leaves)))
	for _, p := range leaves {
		var bits uint32
		for _, c := range p {
			bits = bits<<1 | uint32(c-'0')
		}
		out = append(out, byte(len(p)))
		out = binary.LittleEndian.AppendUint32(out, bits)
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(len(hashes)))
	prev := uint32(0)
	for _, h := range hashes {
		out = binary.AppendUvarint(out, uint64(h-prev))
		prev = h
	}
	for _, h := range hashes {
		out = binary.LittleEndian.AppendUint16(out, byHash[h])
	}
	return out, nil
}

// Load reads a table written by Encode.
func Load(b []byte) (*Table, error) {
	bad := errors.New("clusters: not a whosaid cluster table")
	if len(b) < len(magic)+2 || string(b[:len(magic)]) != magic {
		return nil, bad
	}
	b = b[len(magic):]
	nl := int(binary.LittleEndian.Uint16(b))
	b = b[2:]
	if len(b) < nl*5+4 {
		return nil, bad
	}
	t := &Table{paths: make([]Path, nl)}
	for i := range t.paths {
		t.paths[i] = Path{N: b[0], Bits: binary.LittleEndian.Uint32(b[1:])}
		b = b[5:]
	}
	n := int(binary.LittleEndian.Uint32(b))
	b = b[4:]
	t.hashes = make([]uint32, n)
	prev := uint32(0)
	for i := range t.hashes {
		d, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, bad
		}
		prev += uint32(d)
		t.hashes[i] = prev
		b = b[k:]
	}
	if len(b) != 2*n {
		return nil, bad
	}
	t.leaf = make([]uint16, n)
	for i := range t.leaf {
		t.leaf[i] = binary.LittleEndian.Uint16(b[2*i:])
		if int(t.leaf[i]) >= nl {
			return nil, bad
		}
	}
	size := 2
	for size < 2*n {
		size <<= 1
	}
	t.slots, t.mask = make([]uint32, size), uint32(size-1)
	for i, h := range t.hashes {
		s := (h * 0x9E3779B1) & t.mask
		for t.slots[s] != 0 {
			s = (s + 1) & t.mask
		}
		t.slots[s] = uint32(i + 1)
	}
	return t, nil
}

// Len is the number of words in the table.
func (t *Table) Len() int { return len(t.hashes) }

func (t *Table) find(h uint32) (Path, bool) {
	for s := (h * 0x9E3779B1) & t.mask; ; s = (s + 1) & t.mask {
		i := t.slots[s]
		if i == 0 {
			return Path{}, false
		}
		if t.hashes[i-1] == h {
			return t.paths[t.leaf[i-1]], true
		}
	}
}

// Lookup gives a word's path. A word in capitals ("CHELSEA", a headline)
// not in the table is looked up as "Chelsea", then any word as lower case.
func (t *Table) Lookup(word string) (Path, bool) {
	if t == nil {
		return Path{}, false
	}
	if p, ok := t.find(key(word, asWritten)); ok {
		return p, true
	}
	if allUpper(word) {
		if p, ok := t.find(key(word, titleCase)); ok {
			return p, true
		}
	}
	if hasUpper(word) {
		return t.find(key(word, lowerCase))
	}
	return Path{}, false
}

// allUpper and hasUpper read ASCII without unicode's calls (most words;
// in WebAssembly a call is dear): only letters A-Z and a-z are letters
// there, upper or lower.
func allUpper(w string) bool {
	letters := 0
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				return false
			}
			if 'A' <= r && r <= 'Z' {
				letters++
			}
			continue
		}
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

func hasUpper(w string) bool {
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				return true
			}
			continue
		}
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

//go:embed clusters.bin
var embedded []byte

// Default is the table built by cmd/trainclusters and embedded in the
// program, read on first use; nil if it fails to load (the tagger then goes
// without).
var Default = sync.OnceValue(func() *Table {
	t, err := Load(embedded)
	if err != nil {
		return nil
	}
	return t
})
