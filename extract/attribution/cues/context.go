package cues

// Context features: what the hand-written rules say of the rest of a
// word's sentence. PolNeAR marks nested attributions ("Vargas said that
// Pike backs the plan": "backs" heads one too), and a word of action seldom
// speaks in a sentence no one is reported in.

// posClass is the first letter of a part-of-speech tag (N, V, J …), "?"
// when there is none.
func posClass(p string) string {
	if p == "" {
		return "?"
	}
	return p[:1]
}

// distClass groups a distance in words: 1–3, 4–8, more.
func distClass(d int) byte {
	switch {
	case d <= 3:
		return 1
	case d <= 8:
		return 2
	}
	return 3
}

// contextFeatures appends what the rules say of the rest of token i's
// sentence: how far before and after it the nearest word they take for a
// cue lies (0: none), and whether a "that" comes between it and the one
// before ("X said that Y supports Z": PolNeAR annotates the nested
// attribution too).
func contextFeatures(toks []Token, i, from, to int, out []uint64) []uint64 {
	var before, after, that byte
	for k := i - 1; k >= from; k-- {
		if toks[k].Lower == "that" {
			that = 1
		}
		if toks[k].Lexicon&LexReport != 0 {
			before = distClass(i - k)
			break
		}
	}
	if before == 0 {
		that = 0
	}
	for k := i + 1; k < to; k++ {
		if toks[k].Lexicon&LexReport != 0 {
			after = distClass(k - i)
			break
		}
	}
	pc := posClass(toks[i].POS)
	out = append(out, uint64(newHash(fContext).byte(before).byte(that).byte(after).str(pc)))
	return append(out, uint64(newHash(fContext).byte(before).byte(after).str(toks[i].Lower)))
}
