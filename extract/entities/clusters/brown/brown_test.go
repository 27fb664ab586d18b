package brown

import (
	"strings"
	"testing"
)

// Words used the same way end up closer in the tree than words used
// differently.
func TestClustersWordsByContext(t *testing.T) {
	var sents [][]string
	for _, line := range []string{
		"the cat sat on the mat", "the dog sat on the rug", "a cat ran to the park",
		"a dog ran to the house", "the cat ate fish", "the dog ate meat",
		"she sat on the rug", "he ran to the park", "she ate fish", "he ate meat",
	} {
		for k := 0; k < 5; k++ {
			sents = append(sents, strings.Fields(line))
		}
	}
	r := Cluster(sents, Options{Clusters: 4, MinCount: 1, Workers: 2})
	path := map[string]string{}
	for i, w := range r.Words {
		path[w] = r.Paths[i]
	}
	common := func(a, b string) int {
		n := 0
		for n < len(a) && n < len(b) && a[n] == b[n] {
			n++
		}
		return n
	}
	if common(path["cat"], path["dog"]) <= common(path["cat"], path["sat"]) {
		t.Errorf("cat %s dog %s sat %s: cat should be nearer dog than sat", path["cat"], path["dog"], path["sat"])
	}
	if common(path["sat"], path["ran"]) <= common(path["sat"], path["the"]) {
		t.Errorf("sat %s ran %s the %s: sat should be nearer ran than the", path["sat"], path["ran"], path["the"])
	}
	again := Cluster(sents, Options{Clusters: 4, MinCount: 1, Workers: 1})
	for i := range r.Paths {
		if r.Paths[i] != again.Paths[i] {
			t.Fatalf("not reproducible: %s %s vs %s", r.Words[i], r.Paths[i], again.Paths[i])
		}
	}
}
