package syntax

import (
	"math/rand"
	"testing"
)

func TestCorruptModelsGiveErrors(t *testing.T) {
	if _, err := Decode(posData, chunkData); err != nil {
		t.Fatalf("the embedded models do not load: %v", err)
	}
	if _, err := Decode(chunkData, posData); err == nil {
		t.Error("a chunker loaded as the tagger (its labels are not tags)")
	}
	for _, n := range []int{0, 5, 100, len(posData) / 2, len(posData) - 1} {
		if _, err := Decode(posData[:n], chunkData); err == nil {
			t.Errorf("a tagger cut to %d bytes loaded", n)
		}
	}
	if _, err := Decode(posData, append(append([]byte(nil), chunkData...), 0)); err == nil {
		t.Error("a chunker with a byte too many loaded")
	}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 40; k++ {
		bad := append([]byte(nil), chunkData...)
		bad[rng.Intn(len(bad))] ^= byte(1 + rng.Intn(255))
		if m, err := Decode(posData, bad); err == nil { // must not panic
			var r Result
			NewParser(m).Parse([]string{"The", "minister", "said", "."}, &r)
		}
	}
}

// BenchmarkDecode is the grammar layer's share of the engine's start.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(posData, chunkData); err != nil {
			b.Fatal(err)
		}
	}
}
