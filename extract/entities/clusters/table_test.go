package clusters

import "testing"

func TestEncodeLoadLookup(t *testing.T) {
	words := []string{"Paris", "London", "said", "told", "1996"}
	paths := []string{"0010", "0011", "110", "111", "01"}
	b, err := Encode(words, paths)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	if tb.Len() != len(words) {
		t.Fatalf("%d words, want %d", tb.Len(), len(words))
	}
	for _, c := range []struct {
		word, path string
	}{
		{"Paris", "0010"}, {"LONDON", "0011"}, {"Said", "110"}, {"2024", "01"},
	} {
		p, ok := tb.Lookup(c.word)
		if !ok || p.N != uint8(len(c.path)) {
			t.Errorf("%s: %+v %v, want %s", c.word, p, ok, c.path)
			continue
		}
		for i := range c.path {
			if bit := p.Bits >> (uint(p.N) - 1 - uint(i)) & 1; bit != uint32(c.path[i]-'0') {
				t.Errorf("%s: bit %d is %d, want path %s", c.word, i, bit, c.path)
			}
		}
	}
	if _, ok := tb.Lookup("Harbourville"); ok {
		t.Error("an unknown word should not be found")
	}
	p, _ := tb.Lookup("Paris")
	q, _ := tb.Lookup("London")
	if p.Prefix(3) != q.Prefix(3) || p.Prefix(4) == q.Prefix(4) {
		t.Errorf("prefixes: %+v %+v", p.Prefix(3), q.Prefix(4))
	}
	if _, err := Load(b[:len(b)-1]); err == nil {
		t.Error("a cut table should not load")
	}
}

// The embedded clusters put place names with place names and verbs of
// speaking with verbs of speaking, apart from each other.
func TestDefaultTable(t *testing.T) {
	tb := Default()
	if tb == nil || tb.Len() < 10000 {
		t.Fatal("embedded cluster table missing")
	}
	common := func(a, b string) int {
		p, ok1 := tb.Lookup(a)
		q, ok2 := tb.Lookup(b)
		if !ok1 || !ok2 {
			t.Fatalf("%s or %s not in the table", a, b)
		}
		n := 0
		for n < int(p.N) && n < int(q.N) && p.Prefix(n+1) == q.Prefix(n+1) {
			n++
		}
		return n
	}
	if common("Germany", "France") <= common("Germany", "said") {
		t.Error("Germany should be nearer France than said")
	}
	if common("said", "told") <= common("said", "France") {
		t.Error("said should be nearer told than France")
	}
}
