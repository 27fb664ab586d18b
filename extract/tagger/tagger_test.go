package tagger_test

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/tagger"
	"github.com/whosaid/whosaid/extract/tagger/train"
)

// A toy tagging task written for the project: N(oun), V(erb), D(eterminer),
// O(ther). "said" is a verb, "minister" a noun; "report" is either, and only
// the previous label tells which.
var toyLabels = []string{"O", "N", "V", "D"}

var toySentences = []string{
	"the/D minister/N said/V that/O the/D report/N was/V wrong/O",
	"a/D spokeswoman/N said/V the/D council/N will/V report/V today/O",
	"the/D mayor/N told/V the/D paper/N that/O she/N would/V report/V it/N",
	"officials/N report/V that/O the/D bridge/N is/V safe/O",
	"the/D report/N said/V the/D minister/N was/V wrong/O",
	"a/D reporter/N asked/V the/D mayor/N about/O the/D report/N",
}

func toyData() (words [][]string, gold [][]int) {
	for _, s := range toySentences {
		var ws []string
		var ls []int
		for _, wt := range strings.Fields(s) {
			w, t, _ := strings.Cut(wt, "/")
			ws = append(ws, w)
			for l, name := range toyLabels {
				if name == t {
					ls = append(ls, l)
				}
			}
		}
		words = append(words, ws)
		gold = append(gold, ls)
	}
	return
}

// toyFeatures: the word, its last two letters, the previous word and the
// previous label.
func toyFeatures(words []string) tagger.FeatureFunc {
	return func(i int, labels []int, f []uint64) []uint64 {
		w := words[i]
		prevWord, prevLabel := uint64(0), uint64(99)
		if i > 0 {
			prevWord, prevLabel = tagger.HashLower(words[i-1]), uint64(labels[i-1])
		}
		var suf [2]uint64
		tagger.Affixes(w, nil, suf[:])
		return append(f,
			tagger.Mix(1),
			tagger.Mix1(2, tagger.HashLower(w)),
			tagger.Mix1(3, suf[1]),
			tagger.Mix1(4, prevWord),
			tagger.Mix1(5, prevLabel),
			tagger.Mix2(6, prevLabel, tagger.HashLower(w)),
		)
	}
}

func trainToy(t *testing.T, seed int64) []byte {
	t.Helper()
	words, gold := toyData()
	p := train.New(len(toyLabels))
	s := train.NewSequencer(p, nil)
	rng := rand.New(rand.NewSource(seed))
	for epoch := 0; epoch < 10; epoch++ {
		for _, k := range train.Order(rng, len(words)) {
			s.Learn(gold[k], toyFeatures(words[k]))
		}
	}
	return p.Encode(0.01)
}

func tagToy(t *testing.T, m *tagger.Model, sentence string) string {
	t.Helper()
	words := strings.Fields(sentence)
	d := tagger.NewDecoder(m, nil)
	labels := d.Tag(len(words), toyFeatures(words), nil)
	var out []string
	for i, l := range labels {
		out = append(out, words[i]+"/"+toyLabels[l])
	}
	return strings.Join(out, " ")
}

func TestTrainedModelTagsNewSentences(t *testing.T) {
	m, rest, err := tagger.Decode(trainToy(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	if len(rest) != 0 {
		t.Errorf("%d bytes left after the model", len(rest))
	}
	for _, want := range []string{
		"the/D minister/N said/V the/D bridge/N was/V safe/O",
		// "report" after a determiner is a noun, after a noun a verb.
		"the/D report/N said/V that/O officials/N report/V",
	} {
		var words []string
		for _, wt := range strings.Fields(want) {
			w, _, _ := strings.Cut(wt, "/")
			words = append(words, w)
		}
		if got := tagToy(t, m, strings.Join(words, " ")); got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
}

func TestTrainingIsReproducible(t *testing.T) {
	a, b := trainToy(t, 7), trainToy(t, 7)
	if !bytes.Equal(a, b) {
		t.Fatal("the same seed gave two different models")
	}
}

func TestTransitionsConstrainDecoding(t *testing.T) {
	m, _, err := tagger.Decode(trainToy(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	// Forbid a verb right after a noun: "minister said" must change.
	tr := tagger.NewTransitions(len(toyLabels), func(prev, l int) bool { return !(prev == 1 && l == 2) })
	words := strings.Fields("the minister said")
	labels := tagger.NewDecoder(m, tr).Tag(len(words), toyFeatures(words), nil)
	if labels[1] == 1 && labels[2] == 2 {
		t.Errorf("a verb follows a noun despite the constraint: %v", labels)
	}
	if !tr.Allowed(-1, 2) || tr.Allowed(1, 2) {
		t.Error("Allowed does not read the table")
	}
}

func TestCorruptModelsGiveErrors(t *testing.T) {
	good := trainToy(t, 1)
	for n := 0; n < len(good); n++ {
		if _, _, err := tagger.Decode(good[:n]); err == nil {
			t.Errorf("a model cut to %d of %d bytes loaded without error", n, len(good))
		}
	}
	rng := rand.New(rand.NewSource(3))
	for k := 0; k < 2000; k++ {
		bad := append([]byte(nil), good...)
		for j := 0; j < 1+rng.Intn(4); j++ {
			bad[rng.Intn(len(bad))] = byte(rng.Intn(256))
		}
		m, _, err := tagger.Decode(bad) // must not panic
		if err == nil {
			words := strings.Fields("the minister said")
			tagger.NewDecoder(m, nil).Tag(len(words), toyFeatures(words), nil)
		}
	}
	if _, _, err := tagger.Decode([]byte("not a model at all")); err == nil {
		t.Error("text loaded as a model")
	}
}

func TestTrailingSectionsAreReturned(t *testing.T) {
	model := trainToy(t, 1)
	_, rest, err := tagger.Decode(append(model, "gazetteer"...))
	if err != nil || string(rest) != "gazetteer" {
		t.Errorf("rest %q, err %v", rest, err)
	}
}

func TestAffixes(t *testing.T) {
	var pre, suf [3]uint64
	tagger.Affixes("Said", pre[:], suf[:])
	if pre[0] != tagger.HashLower("s") || pre[2] != tagger.HashLower("sai") || suf[1] != tagger.HashLower("id") {
		t.Error("affixes are not the lower-cased first and last letters")
	}
	tagger.Affixes("ab", pre[:], suf[:])
	if pre[1] != 0 || suf[1] != 0 || pre[0] != tagger.HashLower("a") {
		t.Error("an affix as long as the word was kept")
	}
	if tagger.Mix(9, 1, 2) != tagger.Mix2(9, 1, 2) || tagger.Mix(9, 1, 2, 3) != tagger.Mix3(9, 1, 2, 3) {
		t.Error("Mix and its fixed-arity forms disagree")
	}
}

func BenchmarkScore(b *testing.B) {
	m, _, err := tagger.Decode(trainToy(&testing.T{}, 1))
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("the minister said that the council will report the bridge is safe today")
	d := tagger.NewDecoder(m, nil)
	f := toyFeatures(words)
	var labels []int
	b.ReportAllocs()
	for b.Loop() {
		labels = d.Tag(len(words), f, labels)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}
