//go:build !js

package cues

import (
	"bytes"
	"strings"
	"testing"
)

// contentOf is what the content tagger of m finds for the first "said" of
// a sentence written for the test.
func contentOf(t *testing.T, m *Model, s string) string {
	t.Helper()
	toks := words(s)
	cue := -1
	for i, tk := range toks {
		if tk.Lower == "said" && cue < 0 {
			cue = i
		}
	}
	a, b, ok := m.ContentTagger().Content(toks, 0, len(toks), cue)
	if !ok {
		return ""
	}
	var got []string
	for _, tk := range toks[a:b] {
		got = append(got, tk.Lower)
	}
	return strings.Join(got, " ")
}

// Decoded by summed margins, the content tagger still finds the clause on
// either side of the cue, and the choice travels with the model's bytes.
func TestTheSummedContentSpanFindsTheClauseAndLoads(t *testing.T) {
	set := Settings{Epochs: 5, MinCount: 1, Seed: 1, ContentEpochs: 10, ContentSummed: true}
	m, data := TrainBytes(contentSet(), set)
	for _, c := range []struct{ s, want string }{
		{"Nora Pike said the harbour would close .", "the harbour would close"},
		{"The harbour would close , Nora Pike said .", "the harbour would close"},
	} {
		if got := contentOf(t, m, c.s); got != c.want {
			t.Errorf("%s: content %q, want %q", c.s, got, c.want)
		}
	}
	loaded, err := Load(data)
	if err != nil || !loaded.ContentTagger().summed {
		t.Fatalf("Load = %v; the loaded tagger decodes by summed margins: %v", err, err == nil && loaded.ContentTagger().summed)
	}
	_, again := TrainBytes(contentSet(), set)
	if !bytes.Equal(data, again) {
		t.Error("the same data and seed give different model bytes")
	}
	set.ContentSummed = false
	if _, plain := TrainBytes(contentSet(), set); bytes.Equal(data, plain) {
		t.Error("the decoding is not written with the model")
	}
}
