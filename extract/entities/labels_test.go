//go:build !js

package entities

import (
	"reflect"
	"testing"
)

// The same names come out of BIO and BILOU labels, and decoding never
// leaves a BILOU name open or starts an Inside out of nowhere.
func TestLabelSchemes(t *testing.T) {
	s := TrainSentence{
		Words: []string{"Ann", "Price", "met", "the", "Harbour", "Board", "of", "Trade", "in", "Leeds", "Leeds"},
		Types: []string{"PER", "PER", "", "", "ORG", "ORG", "ORG", "ORG", "", "LOC", "LOC"},
		Begin: []bool{false, false, false, false, false, false, false, false, false, false, true},
	}
	want := []chunk{{0, 2, 1}, {4, 8, 2}, {9, 10, 3}, {10, 11, 3}}
	bilou := goldLabels(s, schemeBILU)
	if got := sortedChunks(goldLabels(s, schemeBIO)); !reflect.DeepEqual(got, want) {
		t.Errorf("BIO chunks %v, want %v", got, want)
	}
	if got := sortedChunks(bilou); !reflect.DeepEqual(got, want) {
		t.Errorf("BILOU chunks %v, want %v", got, want)
	}
	if bilou[9] != labelOf(3, posUnit) || bilou[7] != labelOf(2, posLast) || bilou[5] != labelOf(2, posInside) {
		t.Errorf("BILOU labels %v", bilou)
	}
	per := func(pos int) int { return labelOf(1, pos) }
	for _, c := range []struct {
		prev, l, scheme int
		ok              bool
	}{
		{0, per(posInside), schemeBIO, false},
		{per(posBegin), per(posInside), schemeBIO, true},
		{per(posBegin), 0, schemeBILU, false}, // a begun name must go on or end
		{per(posBegin), per(posLast), schemeBILU, true},
		{per(posLast), per(posUnit), schemeBILU, true},
		{-1, per(posLast), schemeBILU, false},
	} {
		if got := allowed(c.l, c.prev, c.scheme); got != c.ok {
			t.Errorf("allowed(%d after %d, scheme %d) = %v", c.l, c.prev, c.scheme, got)
		}
	}
}
