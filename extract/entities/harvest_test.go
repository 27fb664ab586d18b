//go:build !js

package entities

import "testing"

// Words that news writes in lower case, and one letter, never become
// names in the gazetteer however the tagger labelled them capitalised;
// names do.
func TestCommonWordsAreNoNames(t *testing.T) {
	texts := []string{
		"The harbour board met on Monday. I said the board would vote. Elena Vargas said the vote was fair.",
		"Vargas told the board that the harbour was full. The board agreed, and I agreed too.",
	}
	common := commonWords(texts)
	for _, w := range []string{"the", "I", "board", "harbour"} {
		if !common[hashLower(w)] {
			t.Errorf("%q is not counted a common word", w)
		}
	}
	for _, w := range []string{"Vargas", "Elena", "Monday"} {
		if common[hashLower(w)] {
			t.Errorf("%q is counted a common word", w)
		}
	}
}
