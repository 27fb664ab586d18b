package syntax

import "testing"

// In BIOES a chunk left open must go on, and a closed one cannot.
func TestBIOESTransitions(t *testing.T) {
	names := []string{"O", "B-NP", "E-NP", "I-NP", "S-NP", "S-VP"}
	tr := ChunkTransitions(names)
	for _, c := range []struct {
		prev, next string
		ok         bool
	}{
		{"", "B-NP", true}, {"", "I-NP", false}, {"", "E-NP", false},
		{"B-NP", "E-NP", true}, {"B-NP", "I-NP", true}, {"B-NP", "O", false}, {"B-NP", "S-VP", false},
		{"I-NP", "E-NP", true}, {"E-NP", "I-NP", false}, {"E-NP", "S-NP", true},
		{"S-NP", "E-NP", false}, {"O", "S-VP", true},
	} {
		prev := -1
		next := 0
		for i, n := range names {
			if n == c.prev {
				prev = i
			}
			if n == c.next {
				next = i
			}
		}
		if got := tr.Allowed(prev, next); got != c.ok {
			t.Errorf("%q after %q: allowed %v, want %v", c.next, c.prev, got, c.ok)
		}
	}
	// In BIO, I-NP follows B-NP or I-NP and nothing else.
	bio := ChunkTransitions([]string{"O", "B-NP", "I-NP"})
	if !bio.Allowed(1, 2) || !bio.Allowed(2, 2) || bio.Allowed(0, 2) || bio.Allowed(-1, 2) || !bio.Allowed(1, 0) {
		t.Error("BIO transitions are wrong")
	}
}

func TestLexiconRoundTrip(t *testing.T) {
	l := NewLexicon(map[uint32]uint16{LexiconKey("said"): 3, LexiconKey("the"): 0, LexiconKey("May"): 300})
	b := l.Append(nil)
	got, rest, err := readLexicon(b)
	if err != nil || len(rest) != 0 {
		t.Fatalf("read back: %v, %d bytes left", err, len(rest))
	}
	for w, want := range map[string]uint64{"said": 5, "the": 2, "May": 302, "may": noClass, "bridge": noClass} {
		if c := got.class(Normalize(w)); c != want {
			t.Errorf("%s: class %d, want %d", w, c, want)
		}
	}
	for n := 0; n < len(b); n++ {
		if _, rest, err := readLexicon(b[:n]); err == nil && len(rest) == 0 && n > 1 {
			t.Errorf("a lexicon cut to %d bytes read", n)
		}
	}
	if l, _, err := readLexicon((*Lexicon)(nil).Append(nil)); err != nil || l != nil {
		t.Errorf("no lexicon: %v, %v", l, err)
	}
}

// A rule after any label labels its tag O whatever comes before (a beam
// chunker leaves such tokens unscored), survives writing and reading, and
// gives way to a rule of its own after a label.
func TestChunkDictOutsideTags(t *testing.T) {
	names := []string{"O", "B-NP", "I-NP"}
	const dot, dt = 3, 5 // tag numbers
	d := NewChunkDict([]ChunkRule{
		{Prev: AnyLabel, Tag: dot, Label: 0},
		{Prev: 1, Tag: dot, Label: 2}, // after B-NP, I-NP (say, "Corp .")
		{Prev: 0, Tag: dt, Label: 1},
	})
	got, err := readChunkDict(d.Append(nil), len(names))
	if err != nil || got.Len() != 3 {
		t.Fatalf("read back: %v, %d rules", err, got.Len())
	}
	got.index(len(names), 8, ChunkTransitions(names).Allowed)
	for _, c := range []struct{ prev, tag, want int }{
		{-1, dot, 0}, {0, dot, 0}, {2, dot, 0}, {1, dot, 2}, {0, dt, 1}, {2, dt, -1},
	} {
		if l := got.label(c.prev, c.tag); l != c.want {
			t.Errorf("tag %d after %d: label %d, want %d", c.tag, c.prev, l, c.want)
		}
	}
	if !got.outsideTag(dot) || got.outsideTag(dt) || !got.hasOutside() {
		t.Error("the outside tags are wrong")
	}
	// An I- label may not follow every label: no rule after any label
	// gives it.
	in := NewChunkDict([]ChunkRule{{Prev: AnyLabel, Tag: dt, Label: 2}})
	in.index(len(names), 8, ChunkTransitions(names).Allowed)
	if in.label(0, dt) != -1 || in.hasOutside() {
		t.Error("I-NP given after any label")
	}
}
