package quotes_test

import (
	"bytes"
	"testing"

	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/quotes/train"
)

func TestSaidLearnsAndRoundTrips(t *testing.T) {
	spoken, term := quotes.Feature("first", "upper"), quotes.Feature("prev", "so-called")
	bias := quotes.Feature("bias")
	var ex []train.Example
	for i := 0; i < 50; i++ {
		ex = append(ex, train.Example{Features: []uint32{bias, spoken}, Said: true}, train.Example{Features: []uint32{bias, term}, Said: false})
	}
	m := train.Said(ex, train.Default)
	if !m.IsQuotation([]uint32{bias, spoken}) || m.IsQuotation([]uint32{bias, term}) {
		t.Fatalf("scores %v (spoken) and %v (term) on the wrong sides of %v", m.Score([]uint32{bias, spoken}), m.Score([]uint32{bias, term}), m.Threshold)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	again, err := train.Said(ex, train.Default).MarshalBinary()
	if err != nil || !bytes.Equal(b, again) {
		t.Fatal("the same examples gave different bytes")
	}
	back, err := quotes.LoadSaid(b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Score([]uint32{bias, spoken}) != m.Score([]uint32{bias, spoken}) || back.Threshold != m.Threshold {
		t.Error("the loaded model scores differently")
	}
	if _, err := quotes.LoadSaid(b[:len(b)-1]); err == nil {
		t.Error("a cut model loaded without an error")
	}
	if _, err := quotes.LoadSaid([]byte("not a model")); err == nil {
		t.Error("a foreign file loaded without an error")
	}
}

func TestEmbeddedSaidLoads(t *testing.T) {
	if _, err := quotes.EmbeddedSaid(); err != nil {
		t.Fatal(err)
	}
}
