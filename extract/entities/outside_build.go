//go:build !js

package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/tagger"
)

// BuildOutside lists the words not capitalised that docs have at least
// min times and inside an entity at most share of those times (0: never),
// encoded for model/outside.bin; min ≤ 0 gives an empty list (no
// shortcut).
func BuildOutside(docs []TrainDoc, min int, share float64) []byte {
	o := outsideWords{}
	if min > 0 {
		type count struct{ seen, inside int }
		counts := map[uint32]*count{}
		for _, d := range docs {
			for _, s := range d {
				for i, w := range s.Words {
					if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
						continue
					}
					k := tagger.Key(hashString(w))
					c := counts[k]
					if c == nil {
						c = &count{}
						counts[k] = c
					}
					c.seen++
					if isEntityType(s.Types[i]) {
						c.inside++
					}
				}
			}
		}
		for k, c := range counts {
			if c.seen >= min && float64(c.inside) <= share*float64(c.seen) {
				o[k] = struct{}{}
			}
		}
	}
	return appendOutside(nil, o)
}

// isEntityType says whether a gold type names one of the CoNLL classes.
func isEntityType(t string) bool {
	for _, n := range nerTypes {
		if n == t {
			return true
		}
	}
	return false
}

// UseOutside replaces the embedded words outside names (BuildOutside's
// bytes; none: no shortcut) for the rest of the process, for the
// engine's model (UseModel) and EvaluateNER, to measure what the
// shortcut costs.
func UseOutside(b []byte) error {
	o, err := readOutside(b)
	if err != nil {
		return err
	}
	outsideOverride, outsideSet = o, true
	if loaded != nil {
		loaded.outside = o
	}
	return nil
}
