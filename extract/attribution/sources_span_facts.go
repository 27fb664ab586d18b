package attribution

import "slices"

// spanFacts are what the ranker's features read of a candidate span alone:
// its words and their grammar hashed into the features' names, its entity
// type, its form. A span is a candidate of several statements nearby (the
// 900-word benchmark article: 654 candidates, 362 spans), so they are
// worked out once a span and kept in the input.
type spanFacts struct {
	span TokenSpan
	link int32 // the next span kept with the same first token, -1 at the end

	form        int8 // formNames' index
	dated       bool // a date inside it
	possessive  bool // its last word is a possessive pronoun
	grammar     bool // its tokens have parts of speech
	followedByS bool // the word after it is "'s": it owns what follows

	// The hashes of features to put as they are (no pointers: the
	// collector need not look into the facts).
	typed, headed                    nameHash // type|…, head|…
	before, after, around, after2    nameHash // context|…
	headPOS, first, aroundPOS, chunk nameHash // grammar|…
	// Features that go on with the direction from the cue, followed by
	// each direction (0 until asked).
	byDir [dirTemplates]struct {
		from nameHash
		to   [4]nameHash
	}

	// While a model ranks (sources_span_score.go): the sum of the
	// weights of the span's features alone and by direction, good for
	// ranking call scored (0: none), by direction those in dirsScored.
	scored     uint32
	dirsScored uint8
	aloneSum   float32
	dirSum     [4]float32
}

// The features spanFacts.byDir keeps, and their groups.
const (
	dirTyped = iota
	dirHeaded
	dirHeadPOS
	dirNext
	dirChunkBefore
	dirTemplates
)

var dirGroups = [dirTemplates]group{gType, gHead, gGrammar, gGrammar, gGrammar}

// withDir is the feature byDir[k] followed by direction dir.
func (s *spanFacts) withDir(k, dir int) template {
	e := &s.byDir[k]
	if e.to[dir] == 0 {
		e.to[dir] = e.from.then(dirNames[dir])
	}
	return template{dirGroups[k], e.to[dir]}
}

// factsOf is what the ranker reads of span s alone, worked out on the first
// call; the pointer is good until the next call (which may move them).
func (in *SourceInput) factsOf(s TokenSpan) *spanFacts {
	if in.spanAt == nil {
		in.spanAt = sized(in.spare.spanAt, len(in.Tokens))
		for i := range in.spanAt {
			in.spanAt[i] = -1
		}
		in.spans = slices.Grow(in.spare.spans[:0], len(in.Tokens)/3+16) // about a span for three tokens
	}
	for k := in.spanAt[s.From]; k >= 0; k = in.spans[k].link {
		if in.spans[k].span == s {
			return &in.spans[k]
		}
	}
	in.spans = append(in.spans, spanFacts{span: s, link: in.spanAt[s.From]})
	k := int32(len(in.spans) - 1)
	in.spanAt[s.From] = k
	in.spanFactsOf(&in.spans[k])
	return &in.spans[k]
}

// spanFactsOf fills in the facts of f.span.
func (in *SourceInput) spanFactsOf(f *spanFacts) {
	toks := in.Tokens
	s := f.span
	typ := "none"
	for i := s.From; i < s.To; i++ {
		if e := toks[i].Entity; e >= 0 {
			typ = in.Entities[e].Type
		}
		f.dated = f.dated || toks[i].Date
	}
	head := toks[s.To-1].Lower
	f.possessive = isPossessive(head)
	switch {
	case s.To-s.From == 1 && in.tokenKind(s.To-1) == tokPronoun: // sourcePronouns[head], remembered
		f.form = formPron
	case typ != "none":
		f.form = formName
	}
	f.typed = tType.h.then(typ)
	f.headed = tHead.h.then(head)
	f.byDir[dirTyped].from, f.byDir[dirHeaded].from = f.typed, f.headed

	// The words around it.
	before, after := "<s>", "</s>"
	if s.From > 0 && toks[s.From-1].Sent == toks[s.From].Sent {
		before = toks[s.From-1].Lower
	}
	if s.To < len(toks) && toks[s.To].Sent == toks[s.To-1].Sent {
		after = toks[s.To].Lower
	}
	f.followedByS = after == "'s" || after == "’s"
	f.before = tBefore.h.then(before)
	f.after = tAfter.h.then(after)
	f.around = tAround.h.then(before).then(after)
	f.after2 = tAfter2.h.then(after).then(in.after2(s))

	// Its grammar.
	if f.grammar = toks[s.To-1].POS != ""; f.grammar {
		prevPOS, nextPOS := "<s>", "</s>"
		if s.From > 0 && toks[s.From-1].Sent == toks[s.From].Sent {
			prevPOS = toks[s.From-1].POS
		}
		if s.To < len(toks) && toks[s.To].Sent == toks[s.To-1].Sent {
			nextPOS = toks[s.To].POS
		}
		np := in.chunkOf(s.To - 1)
		f.headPOS = tGrammarHead.h.then(toks[s.To-1].POS)
		f.first = tGrammarFirst.h.then(toks[s.From].POS)
		f.aroundPOS = tGrammarAround.h.then(prevPOS).then(nextPOS)
		f.chunk = tChunk.h.then(chunkKind(toks[s.To-1].Chunk)).then(boolNames[b2i(np == s)])
		chunkBefore := "<s>"
		if np.From > 0 && toks[np.From-1].Sent == toks[np.From].Sent {
			chunkBefore = chunkKind(toks[np.From-1].Chunk)
		}
		f.byDir[dirHeadPOS].from = f.headPOS
		f.byDir[dirNext].from = tGrammarNext.h.then(nextPOS)
		f.byDir[dirChunkBefore].from = tChunkBefore.h.then(chunkBefore)
	}
}

// after2 is the second word after span s, "</s>" past its sentence.
func (in *SourceInput) after2(s TokenSpan) string {
	if s.To+1 < len(in.Tokens) && in.Tokens[s.To+1].Sent == in.Tokens[s.To-1].Sent {
		return in.Tokens[s.To+1].Lower
	}
	return "</s>"
}
