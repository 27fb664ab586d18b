// Package namelists holds name lists from public data packages — cities,
// countries and their capitals, US states, given names, family names,
// companies, WordNet's people, places, groups and nationalities — stored as hashes of their lower-cased words (no text), and
// marks where a sentence's words match them. The entity tagger uses the
// marks as features, never as answers: "Chelsea" is a city, a given name
// and a football club, and context decides. Built by cmd/trainnames.
package namelists

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math/bits"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The lists, one bit each.
const (
	City = iota
	Country
	Region
	GivenName
	PersonName
	Company
	// The WordNet lists: capitalised nouns and adjectives of WordNet 3.1
	// by lexicographer file (people, places, groups), and the words for a
	// people or its members ("German", "Iraqis", "Catholic").
	WordNetPerson
	WordNetPlace
	WordNetGroup
	WordNetNationality
	NumLists
)

// ListNames are the lists' names, in bit order.
var ListNames = [NumLists]string{"city", "country", "region", "given-name", "person-name", "company",
	"wn-person", "wn-place", "wn-group", "wn-nationality"}

// WordNetLists are the WordNet lists' bits, for training without them.
const WordNetLists = 1<<WordNetPerson | 1<<WordNetPlace | 1<<WordNetGroup | 1<<WordNetNationality

// MaxWords is the longest entry kept, in words.
const MaxWords = 5

const magic = "WSNAM2\x00\x00"

// WordHash hashes one word, lower-cased, with curly apostrophes made
// straight ("O’Neill" and "O'Neill" are one name).
func WordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); {
		// ASCII, most words' every letter, lowered here: what
		// unicode.ToLower does to it, without the call.
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= 1099511628211
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if r == '’' || r == '‘' {
			r = '\''
		}
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			h ^= uint64(r)
			h *= 1099511628211
			continue
		}
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		for k := 0; k < n; k++ {
			h ^= uint64(buf[k])
			h *= 1099511628211
		}
	}
	return h
}

// Extend adds a word's hash to a phrase's (0 for the empty phrase).
func Extend(phrase, word uint64) uint64 {
	h := phrase*0x9E3779B97F4A7C15 ^ word
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	return h
}

func fingerprint(h uint64) uint32 {
	f := uint32(h ^ h>>32)
	if f == 0 {
		f = 1
	}
	return f
}

// Builder collects entries.
type Builder struct{ bits map[uint32]uint16 }

// Add puts a phrase, already split into words, on list l.
func (b *Builder) Add(l int, words []string) {
	if len(words) == 0 || len(words) > MaxWords {
		return
	}
	if b.bits == nil {
		b.bits = map[uint32]uint16{}
	}
	h := uint64(0)
	for _, w := range words {
		h = Extend(h, WordHash(w))
	}
	b.bits[fingerprint(h)] |= 1 << l
}

// Encode writes the lists: sorted fingerprints, delta-coded, then each
// one's list bits, low bytes then high bytes (runs that compress well);
// the same entries give the same bytes.
func (b *Builder) Encode() []byte {
	keys := make([]uint32, 0, len(b.bits))
	for k := range b.bits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	out := []byte(magic)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		out = binary.AppendUvarint(out, uint64(k-prev))
		prev = k
	}
	for _, k := range keys {
		out = append(out, uint8(b.bits[k]))
	}
	for _, k := range keys {
		out = append(out, uint8(b.bits[k]>>8))
	}
	return out
}

// Lists is the loaded table: open addressing over fingerprints.
type Lists struct {
	slots []uint32
	bits  []uint16
	mask  uint32
	n     int
}

// Load reads what Encode wrote.
func Load(b []byte) (*Lists, error) {
	bad := errors.New("namelists: not a whosaid name table")
	if len(b) < len(magic)+4 || string(b[:len(magic)]) != magic {
		return nil, bad
	}
	b = b[len(magic):]
	n := int(binary.LittleEndian.Uint32(b))
	b = b[4:]
	keys := make([]uint32, n)
	prev := uint32(0)
	for i := range keys {
		d, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, bad
		}
		prev += uint32(d)
		keys[i] = prev
		b = b[k:]
	}
	if len(b) != 2*n {
		return nil, bad
	}
	size := 1
	for size < 2*n {
		size <<= 1
	}
	ls := &Lists{slots: make([]uint32, size), bits: make([]uint16, size), mask: uint32(size - 1), n: n}
	for i, k := range keys {
		s := k & ls.mask
		for ls.slots[s] != 0 {
			s = (s + 1) & ls.mask
		}
		ls.slots[s], ls.bits[s] = k, uint16(b[i])|uint16(b[n+i])<<8
	}
	return ls, nil
}

// Len is the number of entries.
func (ls *Lists) Len() int { return ls.n }

// Lookup gives the lists a phrase hash (built with Extend) is on.
func (ls *Lists) Lookup(phrase uint64) uint16 {
	if ls == nil {
		return 0
	}
	k := fingerprint(phrase)
	for s := k & ls.mask; ; s = (s + 1) & ls.mask {
		switch ls.slots[s] {
		case k:
			return ls.bits[s]
		case 0:
			return 0
		}
	}
}

// Position of a word in the longest listed phrase covering it, per list:
// 0 none, else Unit, Begin, Inside or Last (BILOU).
const (
	Unit = iota + 1
	Begin
	Inside
	Last
)

// Match is one word's positions, per list, and the length of the phrase
// that gave each.
type Match struct {
	Pos, length [NumLists]uint8
}

// MatchSentence marks the words of a sentence that stand in listed
// phrases; a phrase starts at a capitalised word. words' hashes are given
// (WordHash), caps says which words are capitalised.
func (ls *Lists) MatchSentence(hashes []uint64, caps []bool, out []Match) []Match {
	out = out[:0]
	for range hashes {
		out = append(out, Match{})
	}
	if ls == nil {
		return out
	}
	var longest [NumLists]uint8
	for i := range hashes {
		if !caps[i] {
			continue
		}
		h := uint64(0)
		longest = [NumLists]uint8{}
		for l := 1; l <= MaxWords && i+l <= len(hashes); l++ {
			h = Extend(h, hashes[i+l-1])
			// The lists that hold the phrase, set bit by set bit
			// (most phrases are on none).
			for on := ls.Lookup(h) & (1<<NumLists - 1); on != 0; on &= on - 1 {
				longest[bits.TrailingZeros(uint(on))] = uint8(l)
			}
		}
		for t := 0; t < NumLists; t++ {
			l := int(longest[t])
			if l == 0 {
				continue
			}
			for k := i; k < i+l; k++ {
				if out[k].length[t] >= uint8(l) {
					continue // a longer phrase covers it
				}
				out[k].length[t] = uint8(l)
				switch {
				case l == 1:
					out[k].Pos[t] = Unit
				case k == i:
					out[k].Pos[t] = Begin
				case k == i+l-1:
					out[k].Pos[t] = Last
				default:
					out[k].Pos[t] = Inside
				}
			}
		}
	}
	return out
}

// WholeNames keeps, for each word, only the marks of the longest listed
// phrase covering it: "Hampshire" in "New Hampshire" is part of a state's
// name there, not the family name the people list has.
func WholeNames(ms []Match) {
	for k := range ms {
		longest := uint8(0)
		for t := 0; t < NumLists; t++ {
			longest = max(longest, ms[k].length[t])
		}
		for t := 0; t < NumLists; t++ {
			if ms[k].length[t] < longest {
				ms[k].Pos[t], ms[k].length[t] = 0, 0
			}
		}
	}
}

//go:embed namelists.bin
var embedded []byte

// Default is the embedded table, read on first use; nil if it fails to
// load (the tagger then goes without).
var Default = sync.OnceValue(func() *Lists {
	ls, err := Load(embedded)
	if err != nil {
		return nil
	}
	return ls
})

// Drop clears the marks of the lists whose bits are set in lists: a model
// trained without them must not read them either.
func Drop(ms []Match, lists uint16) {
	if lists == 0 {
		return
	}
	for k := range ms {
		for t := 0; t < NumLists; t++ {
			if lists&(1<<t) != 0 {
				ms[k].Pos[t], ms[k].length[t] = 0, 0
			}
		}
	}
}
