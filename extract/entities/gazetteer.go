package entities

import "github.com/whosaid/whosaid/extract/tagger"

// A gazetteer lists the names the training data labels, by type: a token
// inside a known name gets a feature saying which type and where in the
// name it stands. At training time each document sees the gazetteer built
// from the other documents only, so the model learns how far to trust it
// for names it has not seen.

const maxGazWords = 6

// gazetteer maps a phrase hash to a bit set of CoNLL types (bit t-1 for
// type t).
type gazetteer map[uint64]uint8

// phraseHash extends a phrase hash by one lower-cased word.
func phraseHash(h, word uint64) uint64 {
	if h == 0 {
		return tagger.Mix1(0x9a2e, word)
	}
	return tagger.Mix1(h, word)
}

// gazMatch records, per token and type, the longest known name covering
// it: its length and the token's position in it.
type gazMatch struct {
	length [4]uint8
	pos    [4]uint8 // 1 single, 2 begin, 3 inside, 4 end
}

// matchGazetteer marks the tokens of a sentence that stand in known names.
// lookup returns the types known for a phrase hash.
func matchGazetteer(ts []tokenHashes, lookup func(uint64) uint8, out []gazMatch) []gazMatch {
	out = out[:0]
	for range ts {
		out = append(out, gazMatch{})
	}
	if lookup == nil {
		return out
	}
	for i := range ts {
		if !ts[i].capitalized {
			continue
		}
		h := uint64(0)
		for l := 1; l <= maxGazWords && i+l <= len(ts); l++ {
			h = phraseHash(h, ts[i+l-1].lower)
			types := lookup(h)
			if types == 0 {
				continue
			}
			for t := 0; t < 4; t++ {
				if types&(1<<t) == 0 {
					continue
				}
				for k := i; k < i+l; k++ {
					if out[k].length[t] >= uint8(l) {
						continue
					}
					out[k].length[t] = uint8(l)
					switch {
					case l == 1:
						out[k].pos[t] = 1
					case k == i:
						out[k].pos[t] = 2
					case k == i+l-1:
						out[k].pos[t] = 4
					default:
						out[k].pos[t] = 3
					}
				}
			}
		}
	}
	return out
}

// Given names and surnames are kept too, under keys of their own: "Elena"
// opens many person names even when "Elena Vargas" was never seen.
func givenNameKey(word uint64) uint64 { return tagger.Mix1(0x61f3, word) }
func surnameKey(word uint64) uint64   { return tagger.Mix1(0x5a71, word) }

// nameFeatures appends whether a token, or the one before it, is a known
// given name, and whether it is a known surname.
func nameFeatures(ts []tokenHashes, i int, lookup func(uint64) uint8, f []uint64) []uint64 {
	if lookup == nil || !ts[i].capitalized {
		return f
	}
	if lookup(givenNameKey(ts[i].lower)) != 0 {
		f = append(f, mix(tGivenName))
	}
	if i > 0 && ts[i-1].capitalized && lookup(givenNameKey(ts[i-1].lower)) != 0 {
		f = append(f, mix(tAfterGivenName))
	}
	if lookup(surnameKey(ts[i].lower)) != 0 {
		f = append(f, mix(tSurname))
	}
	return f
}

// gazFeatures appends a token's gazetteer features.
func gazFeatures(m gazMatch, t tokenHashes, f []uint64) []uint64 {
	for typ := 0; typ < 4; typ++ {
		if m.pos[typ] != 0 {
			f = append(f, tagger.Mix2(tGaz, uint64(typ), uint64(m.pos[typ])), tagger.Mix3(tGazShape, uint64(typ), uint64(m.pos[typ]), t.shape))
		}
	}
	return f
}
