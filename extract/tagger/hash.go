package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Features are hashed, never built as strings: a token's features are
// combinations of a few per-token hashes, so tagging allocates nothing per
// feature (the reason this is not prose's string-keyed perceptron).

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Hash is the FNV-1a hash of s.
func Hash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// HashLower hashes s as if lower-cased, without allocating.
func HashLower(s string) uint64 { return HashLowerOn(fnvOffset, s) }

// HashLowerOn is HashLower of a string that begins with what hashed to h
// and goes on with s: HashLowerOn(HashLower(a), b) is HashLower(a+b) when a
// ends at a rune's end, so a word's prefixes hash one after the other,
// each from the one before.
func HashLowerOn(h uint64, s string) uint64 {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			h ^= uint64(r)
			h *= fnvPrime
			continue
		}
		r = unicode.ToLower(r)
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		for k := 0; k < n; k++ {
			h ^= uint64(buf[k])
			h *= fnvPrime
		}
	}
	return h
}

// Mix combines a feature template's number with hashes into one feature key.
// Template numbers are part of a trained model: never renumber them.
func Mix(template uint64, hs ...uint64) uint64 {
	h := start(template)
	for _, x := range hs {
		h = step(h, x)
	}
	return finish(h)
}

// Mix1, Mix2 and Mix3 are Mix with a fixed number of hashes, for the hot
// path (the same keys as Mix).
func Mix1(template, a uint64) uint64 { return finish(step(start(template), a)) }

// Mix2 is Mix(template, a, b).
func Mix2(template, a, b uint64) uint64 { return finish(step(step(start(template), a), b)) }

// Mix3 is Mix(template, a, b, c).
func Mix3(template, a, b, c uint64) uint64 {
	return finish(step(step(step(start(template), a), b), c))
}

func start(template uint64) uint64 { return template*0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019 }

func step(h, x uint64) uint64 { return h ^ (x + 0x9E3779B97F4A7C15 + (h << 6) + (h >> 2)) }

func finish(h uint64) uint64 {
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	return h
}

// Shape maps characters to classes and collapses repeats: "Zelensky" →
// "Xx", "U.S." → "X.X.", "2019" → "d"; it returns the hash of the shape.
func Shape(s string) uint64 {
	h := uint64(fnvOffset)
	var last rune = -1
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			continue
		}
		last = c
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// Affixes returns the lower-cased hashes of s's first and last 1 to N runes
// (pre[k] and suf[k] are k+1 runes long); a word no longer than the affix
// leaves it 0, so a feature is only made of a true part of a word.
func Affixes(s string, pre, suf []uint64) {
	for k := range pre {
		pre[k] = 0
	}
	for k := range suf {
		suf[k] = 0
	}
	// Walk from the front and the back at once, one rune per length.
	p, q := 0, len(s)
	hp := uint64(fnvOffset) // HashLower(s[:p])
	n := utf8.RuneCountInString(s)
	for l := 1; l < n && (l <= len(pre) || l <= len(suf)); l++ {
		_, size := utf8.DecodeRuneInString(s[p:])
		hp = HashLowerOn(hp, s[p:p+size])
		p += size
		_, size = utf8.DecodeLastRuneInString(s[:q])
		q -= size
		if l <= len(pre) {
			pre[l-1] = hp
		}
		if l <= len(suf) {
			suf[l-1] = HashLower(s[q:])
		}
	}
}
