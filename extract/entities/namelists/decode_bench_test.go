package namelists

import "testing"

// BenchmarkDecode is the start-up cost of the embedded table.
func BenchmarkDecode(b *testing.B) {
	for b.Loop() {
		if _, err := Load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
