package attribution

import (
	"testing"

	"github.com/whosaid/whosaid/extract/attribution/cues"
)

// BenchmarkDecodeCues and BenchmarkDecodeSourceModel are the start-up cost
// of the embedded models: what the page pays before its first annotation.
func BenchmarkDecodeCues(b *testing.B) {
	for b.Loop() {
		if _, err := cues.Load(cueModelData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeSourceModel(b *testing.B) {
	for b.Loop() {
		if _, err := LoadSourceModel(sourceModelData); err != nil {
			b.Fatal(err)
		}
	}
}
