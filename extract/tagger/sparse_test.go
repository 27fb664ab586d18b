package tagger

import "testing"

// A two-class model comes back as written, and a cut or foreign file is
// refused rather than read as a smaller model.
func TestSparseModelsRoundTripAndRefuseDamage(t *testing.T) {
	const magic, scale = "test-model-1\n", 1.0 / 256
	weights := map[uint32]float32{7: 0.5, 3: -1.25, 1 << 31: 2, 9: 0}
	data := MarshalSparse(magic, -0.75, weights, scale)
	threshold, got, ok := UnmarshalSparse(data, magic, scale)
	if !ok || threshold != -0.75 || len(got) != 3 || got[7] != 0.5 || got[3] != -1.25 || got[1<<31] != 2 {
		t.Fatalf("read back %v %v %v", ok, threshold, got)
	}
	if string(MarshalSparse(magic, -0.75, got, scale)) != string(data) {
		t.Error("the same model gave other bytes")
	}
	for _, bad := range [][]byte{data[:len(data)-1], append(append([]byte{}, data...), 0), []byte("other-model\n" + string(data[len(magic):]))} {
		if _, _, ok := UnmarshalSparse(bad, magic, scale); ok {
			t.Errorf("damaged data %q was read", bad)
		}
	}
}
