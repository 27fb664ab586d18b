package attribution

import (
	"slices"
	"strings"
	"testing"
)

// rankerFixture is a two-sentence article as the ranker reads it, with
// its grammar, names and two statements (a reported clause and a
// quotation), written for the tests.
func rankerFixture() *SourceInput {
	words := []struct{ w, pos, chunk string }{
		{"Ann", "NNP", "B-NP"}, {"Price", "NNP", "I-NP"}, {"met", "VBD", "B-VP"},
		{"Tom", "NNP", "B-NP"}, {"Becker", "NNP", "I-NP"}, {",", ",", "O"},
		{"who", "WP", "B-NP"}, {"said", "VBD", "B-VP"}, {"the", "DT", "B-NP"},
		{"pier", "NN", "I-NP"}, {"would", "MD", "B-VP"}, {"hold", "VB", "I-VP"},
		{".", ".", "O"},
		{"“", "``", "O"}, {"It", "PRP", "B-NP"}, {"will", "MD", "B-VP"},
		{"last", "VB", "I-VP"}, {",", ",", "O"}, {"”", "''", "O"},
		{"he", "PRP", "B-NP"}, {"added", "VBD", "B-VP"}, {".", ".", "O"},
	}
	in := &SourceInput{}
	pos := 0
	for i, w := range words {
		sent := 0
		if i >= 13 {
			sent = 1
		}
		in.Tokens = append(in.Tokens, SourceToken{
			Start: pos, End: pos + len(w.w), Lower: strings.ToLower(w.w),
			Cap: w.w[0] >= 'A' && w.w[0] <= 'Z', Sent: sent, Para: sent,
			InQuote: i >= 14 && i < 18, Entity: -1, POS: w.pos, Chunk: w.chunk,
		})
		pos += len(w.w) + 1
	}
	for _, e := range []SourceEntity{{0, 2, "PERSON"}, {3, 5, "PERSON"}} {
		for i := e.From; i < e.To; i++ {
			in.Tokens[i].Entity = len(in.Entities)
		}
		in.Entities = append(in.Entities, e)
	}
	in.Statements = []SourceStatement{
		{Span: TokenSpan{8, 12}, Reported: true, Cue: TokenSpan{7, 8}, Rule: TokenSpan{3, 5}},
		{Span: TokenSpan{14, 18}, Cue: TokenSpan{20, 21}, Rule: TokenSpan{19, 20}},
	}
	return in
}

// The ranker's features are the hashes of the names it was trained on
// (the model keeps hashes alone): a feature named otherwise would weigh
// nothing, and the sources readers see would change.
func TestFeaturesHashTheNamesTheModelKnows(t *testing.T) {
	in := rankerFixture()
	prev := in.Statements[0].Rule // the first statement's source: Tom Becker
	cases := []struct {
		k     int
		span  TokenSpan
		kinds []string
		names []string
	}{
		{1, TokenSpan{3, 5}, []string{"entity"}, []string{ // Tom Becker for the quotation, the last statement's source
			"kind|entity", "kind|entity|quote", "<kindset>", "rule|other",
			"cue|before|13-25", "cue|before|added", "cue|before|sameSent|false", "cue|dir|before|quote",
			"dist|before|7-12", "dist|before|before", "sent|1", "sent|1|before|before", "para|false",
			"type|name|before|quote",
			// the span alone
			"bias", "quote|inQuote|false", "type|PERSON", "head|becker",
			"context|before|met", "context|after|,", "context|around|met|,", "context|after2|,|who",
			"position|firstSent|true", "position|tokens|3",
			"grammar|head|NNP", "grammar|first|NNP", "grammar|around|VBD|,", "grammar|chunk|NP|true",
			"shape|len|2", "shape|cap|true|name",
			// the span with its direction from the cue
			"type|PERSON|before", "head|becker|before",
			"grammar|head|NNP|before", "grammar|next|,|before", "grammar|chunkBefore|VP|before",
			"conj|cueDist|added|before|13-25", "conj|formDist|name|before|13-25|quote",
			"conj|subject|false|name|quote", "conj|markBetween|true|before|name",
			"coref|pronounBetween|false|quote",
			"kind|prev", "kind|prev|quote", "prev|span|0", "prev|head|0",
		}},
		{1, TokenSpan{19, 20}, []string{"rule", "pronoun"}, []string{ // "he added"
			"kind|rule", "kind|rule|quote", "kind|pronoun", "kind|pronoun|quote", "<kindset>", "rule|same",
			"cue|before|0", "cue|before|added", "cue|before|sameSent|true", "cue|dir|before|quote",
			"dist|after|1", "dist|after|before", "sent|0", "sent|0|after|before", "para|true",
			"type|pron|before|quote",
			"bias", "quote|inQuote|false", "type|none", "head|he",
			"context|before|”", "context|after|added", "context|around|”|added", "context|after2|added|.",
			"position|firstSent|false", "position|tokens|13-25",
			"grammar|head|PRP", "grammar|first|PRP", "grammar|around|''|VBD", "grammar|chunk|NP|true",
			"shape|len|1", "shape|cap|false|pron",
			"type|none|before", "head|he|before",
			"grammar|head|PRP|before", "grammar|next|VBD|before", "grammar|chunkBefore|O|before",
			"conj|cueDist|added|before|0", "conj|formDist|pron|before|0|quote",
			"conj|subject|true|pron|quote", "conj|markBetween|true|before|pron",
			"coref|antecedent|prevSent|before|quote",
		}},
	}
	for _, tc := range cases {
		var c *candidate
		cands := candidates(in, tc.k, []TokenSpan{prev})
		for i := range cands {
			if cands[i].span == tc.span {
				c = &cands[i]
			}
		}
		if c == nil {
			t.Fatalf("statement %d: no candidate %v among %v", tc.k, tc.span, cands)
		}
		set := uint32(fnvOffset)
		for _, k := range tc.kinds {
			set = hashString((set^'+')*fnvPrime, k)
		}
		var want []uint32
		for _, name := range tc.names {
			h := hashString(fnvOffset, name)
			if name == "<kindset>" {
				h = hashString(set, "|kindset")
			}
			want = append(want, h)
		}
		var f featurizer
		if got := f.features(in, tc.k, *c, []TokenSpan{prev}); !slices.Equal(got, want) {
			t.Errorf("statement %d, candidate %v:\n got %v\nwant %v (%q)", tc.k, tc.span, got, want, tc.names)
		}
	}
}
