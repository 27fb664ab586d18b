package syntax_test

import (
	"testing"

	"github.com/whosaid/whosaid/extract/syntax"
	"github.com/whosaid/whosaid/extract/text"
)

// The pipeline's way in: the engine's own tokens of a whole text, several
// sentences, curly marks and a possessive.
func TestAnalyzeText(t *testing.T) {
	td := text.Analyze("“We will not cut corners,” the mayor’s spokeswoman said on Tuesday. The council agreed.\n\nThe bridge opens in May.", nil)
	r, err := syntax.Analyze(td, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Tags) != len(td.Tokens) || len(r.Labels) != len(td.Tokens) {
		t.Fatalf("%d tags and %d labels for %d tokens", len(r.Tags), len(r.Labels), len(td.Tokens))
	}
	find := func(word string) int {
		for i, tok := range td.Tokens {
			if tok.Text == word {
				return i
			}
		}
		t.Fatalf("no token %q", word)
		return -1
	}
	if tag := r.Tags[find("said")]; tag != "VBD" {
		t.Errorf("said is %s", tag)
	}
	if tag := r.Tags[find("’s")]; tag != "POS" {
		t.Errorf("’s is %s", tag)
	}
	// "the mayor’s spokeswoman" is one or two noun phrases, never a verb's.
	if c, ok := r.ChunkAt(find("spokeswoman")); !ok || c.Kind != "NP" || c.To != find("said") {
		t.Errorf("spokeswoman is in %+v (%v)", c, ok)
	}
	// Chunks are in order, inside one sentence each, with text-wide numbers.
	prev := 0
	for _, c := range r.Chunks {
		if c.From < prev || c.To <= c.From || td.SentOf[c.From] != td.SentOf[c.To-1] {
			t.Errorf("chunk %+v out of order or across sentences", c)
		}
		prev = c.To
	}
	if c, ok := r.ChunkAt(find("bridge")); !ok || c.Kind != "NP" || td.Tokens[c.From].Text != "The" {
		t.Errorf("bridge is in %+v (%v)", c, ok)
	}
	if _, ok := r.ChunkAt(len(td.Tokens) - 1); ok {
		t.Error("the final stop is in a chunk")
	}
}
