package cues

import "strings"

// Grammar features: the phrases (the chunker's) around a word. A speech
// verb's phrase is followed by a clause ("said that …": SBAR), a noun
// phrase ("told reporters"), or ends the sentence ("…, she said ."); its
// subject is a person, an organisation or a pronoun ("the ministry
// said"), where a verb of action has things for subjects too.

// chunkKind is the kind of the chunk whose label is l ("B-NP": "NP"), "O"
// outside one.
func chunkKind(l string) string {
	if k := strings.IndexByte(l, '-'); k >= 0 {
		return l[k+1:]
	}
	if l == "" {
		return "O"
	}
	return l
}

// chunkEnd is the first token after the chunk holding token i, within to.
func chunkEnd(toks []Token, i, to int) int {
	k := i + 1
	for k < to && strings.HasPrefix(toks[k].Chunk, "I-") {
		k++
	}
	return k
}

// chunkStart is the first token of the chunk holding token i, from from.
func chunkStart(toks []Token, i, from int) int {
	k := i
	for k > from && strings.HasPrefix(toks[k].Chunk, "I-") {
		k--
	}
	return k
}

// grammarFeatures appends the kinds of the phrases after and before token
// i's own (a word of an "O" token: "that", ",", ":") and what the subject
// before it is: an entity's type, a pronoun, or a common noun phrase.
func grammarFeatures(toks []Token, i, from, to int, out []uint64) []uint64 {
	add := func(h hasher) { out = append(out, uint64(h)) }
	w := toks[i].Lower
	after := "</s>"
	if e := chunkEnd(toks, i, to); e < to {
		after = chunkKind(toks[e].Chunk)
		if after == "O" {
			after = toks[e].Lower
		}
		next := "</s>"
		if e2 := chunkEnd(toks, e, to); e2 < to {
			next = chunkKind(toks[e2].Chunk)
		}
		add(newHash(fChunkAfter).str(after).str(next))
	} else {
		add(newHash(fChunkAfter).str(after))
	}
	add(newHash(fWordChunkAfter).str(w).str(after))
	before := "<s>"
	subject := "none"
	if b := chunkStart(toks, i, from); b > from {
		p := b - 1
		before = chunkKind(toks[p].Chunk)
		if before == "O" {
			before = toks[p].Lower
		}
		// the subject: the noun phrase ending right before the word's
		// phrase
		if chunkKind(toks[p].Chunk) == "NP" {
			switch {
			case isPronoun(toks[p].Lower):
				subject = "pronoun"
			case toks[p].Entity != "":
				subject = toks[p].Entity
			default:
				subject = "NP " + toks[p].POS
			}
		}
	}
	add(newHash(fChunkBefore).str(before).str(after))
	add(newHash(fSubject).str(subject))
	add(newHash(fWordSubject).str(w).str(subject))
	return out
}
