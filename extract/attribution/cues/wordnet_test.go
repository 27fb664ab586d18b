//go:build !js

package cues

import "testing"

// A rare speech verb and a speech noun get WordNet's class of
// communication through its inflections; a verb of motion does not.
func TestWordClasses(t *testing.T) {
	for _, w := range []string{"said", "remarked", "warns", "quipped", "statement", "criticisms", "announcing"} {
		if !speechWord(wordClasses(w), 2) {
			t.Errorf("%q: not read as a word of communication (%016b)", w, wordClasses(w))
		}
	}
	for _, w := range []string{"walked", "running", "table", "xqzt"} {
		if speechWord(wordClasses(w), 2) {
			t.Errorf("%q: read as a word of communication (%016b)", w, wordClasses(w))
		}
	}
}

// With the WordNet vocabulary, a speech verb never seen in training
// ("remarked") is scored, and scored above a verb of motion seen as a
// non-cue; the model keeps it when written and read back.
func TestAnUnseenSpeechVerbIsScoredThroughItsClass(t *testing.T) {
	var set []Example
	for _, name := range []string{"Vargas", "Becker", "Pike", "Lee"} {
		for _, c := range []struct {
			verb string
			cue  bool
		}{{"said", true}, {"announced", true}, {"walked", false}} {
			toks := chunked(name + "/B-NP/NNP " + c.verb + "/B-VP/VBD the/B-NP/DT plan/I-NP/NN ./O/.")
			gold := make([]bool, len(toks))
			gold[1] = c.cue
			set = append(set, Example{Tokens: toks, Sents: [][2]int{{0, len(toks)}}, Gold: gold})
		}
	}
	set1 := Settings{Epochs: 5, MinCount: 1, Seed: 1, WordNet: wordNetAny | wordNetRank, WordNetVocab: 2}
	m, data := TrainBytes(set, set1)
	s := chunked("Mora/B-NP/NNP remarked/B-VP/VBD the/B-NP/DT cost/I-NP/NN ./O/.")
	a, ok := m.Score(s, [][2]int{{0, len(s)}}, 1)
	if !ok {
		t.Fatal("\"remarked\" is not scored")
	}
	if off := Train(set, Settings{Epochs: 5, MinCount: 1, Seed: 1}); off.Knows("remarked") {
		t.Error("without the WordNet vocabulary, \"remarked\" is scored")
	}
	back, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := back.Score(s, [][2]int{{0, len(s)}}, 1); b != a {
		t.Errorf("loaded, \"remarked\" scores %v, trained %v: the model forgets the WordNet classes", b, a)
	}
	if a <= 0 {
		t.Errorf("\"remarked\" scores %v: not read as a cue like \"said\"", a)
	}
}
