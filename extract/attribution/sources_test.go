package attribution

import (
	"bytes"
	"strings"
	"testing"
)

// input builds an SourceInput from words, one sentence, with the statement's
// tokens, cue and rules' choice given as token ranges; capitalised words
// from names are entities.
func input(text string, stmt, cue, rule TokenSpan, names ...TokenSpan) *SourceInput {
	in := &SourceInput{}
	pos := 0
	for _, w := range strings.Fields(text) {
		in.Tokens = append(in.Tokens, SourceToken{Start: pos, End: pos + len(w), Lower: strings.ToLower(w), Cap: w[0] >= 'A' && w[0] <= 'Z', Entity: -1})
		pos += len(w) + 1
	}
	for _, n := range names {
		for i := n.From; i < n.To; i++ {
			in.Tokens[i].Entity = len(in.Entities)
		}
		in.Entities = append(in.Entities, SourceEntity{From: n.From, To: n.To, Type: "PERSON"})
	}
	in.Statements = []SourceStatement{{Span: stmt, Reported: true, Cue: cue, Rule: rule}}
	return in
}

// The rules pick the first name; the gold is always the name right before
// the cue. The ranker learns the pattern over the rules' choice.
func TestRankerLearnsWhereTheSourceStands(t *testing.T) {
	// 0 Ann 1 Price 2 met 3 Tom 4 Becker 5 who 6 said 7 the 8 pier 9 would 10 hold
	text := "Ann Price met Tom Becker who said the pier would hold"
	mk := func() *SourceInput {
		return input(text, TokenSpan{7, 11}, TokenSpan{6, 7}, TokenSpan{0, 2}, TokenSpan{0, 2}, TokenSpan{3, 5})
	}
	gold := [][]ByteSpan{{{Start: 14, End: 24}}} // "Tom Becker"
	var ex []SourceExample
	for i := 0; i < 20; i++ {
		ex = append(ex, SourceExample{Input: mk(), Gold: gold})
	}
	m := TrainSources(ex, DefaultSourceTraining)
	if got := m.ChooseSources(mk())[0]; got != (TokenSpan{3, 5}) {
		t.Errorf("chose tokens %v, want Tom Becker (3–5)", got)
	}
	// With a margin no score reaches, the rules' choice stands.
	if got := m.WithMargin(1e9).ChooseSources(mk())[0]; got != (TokenSpan{0, 2}) {
		t.Errorf("with a huge margin chose %v, want the rules' Ann Price (0–2)", got)
	}
	// Same examples, same bytes; and they read back to the same model.
	b1, _ := m.MarshalBinary()
	b2, _ := TrainSources(ex, DefaultSourceTraining).MarshalBinary()
	if !bytes.Equal(b1, b2) {
		t.Error("training twice gave different bytes")
	}
	back, err := LoadSourceModel(b1)
	if err != nil {
		t.Fatal(err)
	}
	if b3, _ := back.MarshalBinary(); !bytes.Equal(b1, b3) {
		t.Error("a model read back writes other bytes")
	}
	if _, err := LoadSourceModel(b1[:len(b1)-3]); err == nil {
		t.Error("a cut model was accepted")
	}
}

// The speech classifier learns that a name in quotation marks after
// "known as" is no one's speech while a clause after "said" is; it is the
// same bytes when trained twice and reads back to the same model.
func TestSpeechClassifierTellsSpeechFromANickname(t *testing.T) {
	// 0 Tom 1 Becker 2 said 3 the 4 pier 5 would 6 hold
	said := func() *SourceInput {
		return input("Tom Becker said the pier would hold", TokenSpan{3, 7}, TokenSpan{2, 3}, TokenSpan{0, 2}, TokenSpan{0, 2})
	}
	// 0 the 1 lighthouse 2 known 3 as 4 the 5 old 6 lady
	known := func() *SourceInput {
		return input("the lighthouse known as the old lady", TokenSpan{4, 7}, TokenSpan{2, 3}, TokenSpan{0, 2})
	}
	var src []SourceExample
	for i := 0; i < 10; i++ {
		src = append(src, SourceExample{Input: said(), Gold: [][]ByteSpan{{{Start: 0, End: 10}}}})
		src = append(src, SourceExample{Input: known(), Gold: [][]ByteSpan{nil}})
	}
	ranker := TrainSources(src, DefaultSourceTraining)
	var ex []SpeechExample
	for _, s := range src {
		ex = append(ex, SpeechExample{Source: s, Ranker: ranker})
	}
	m := TrainSpeech(ex, 5, 1, 0)
	_, yes := m.Score(ranker, said())
	_, no := m.Score(ranker, known())
	if !(yes[0] >= 0 && no[0] < 0) {
		t.Errorf("scores: said %v, known as %v; want said at or above 0 and known as below", yes[0], no[0])
	}
	b1, _ := m.MarshalBinary()
	b2, _ := TrainSpeech(ex, 5, 1, 0).MarshalBinary()
	if !bytes.Equal(b1, b2) {
		t.Error("training twice gave different bytes")
	}
	back, err := LoadSpeechModel(b1)
	if err != nil {
		t.Fatal(err)
	}
	if b3, _ := back.MarshalBinary(); !bytes.Equal(b1, b3) {
		t.Error("a model read back writes other bytes")
	}
	if _, err := LoadSpeechModel(b1[:len(b1)-1]); err == nil {
		t.Error("a cut model was accepted")
	}
}

// PolNeAR takes the relative pronoun as the source of its clause ("Tom
// Becker, who said …"): the ranker learns to pick it with the name it
// follows, and a reader is shown both, also when the rules chose the name
// alone.
func TestRankerPicksARelativePronounWithItsName(t *testing.T) {
	// 0 Ann 1 Price 2 met 3 Tom 4 Becker 5 , 6 who 7 said 8 the 9 pier 10 would 11 hold
	text := "Ann Price met Tom Becker , who said the pier would hold"
	for _, rule := range []TokenSpan{{0, 2}, {3, 5}} {
		mk := func() *SourceInput {
			return input(text, TokenSpan{8, 12}, TokenSpan{7, 8}, rule, TokenSpan{0, 2}, TokenSpan{3, 5})
		}
		gold := [][]ByteSpan{{{Start: 27, End: 30}}} // "who"
		var ex []SourceExample
		for i := 0; i < 20; i++ {
			ex = append(ex, SourceExample{Input: mk(), Gold: gold})
		}
		in := mk()
		pick := TrainSources(ex, DefaultSourceTraining).ChooseSources(in)[0]
		if got := ShownSource(in, 0, pick); got != (TokenSpan{3, 7}) {
			t.Errorf("rules' choice %v: shown tokens %v, want Tom Becker , who (3–7)", rule, got)
		}
	}
}
