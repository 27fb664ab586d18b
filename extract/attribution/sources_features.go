package attribution

// Feature groups, each switchable for the ablation table.
var featureGroups = []string{
	"kind", "rule", "cue", "dist", "sent", "para", "quote", "type", "head", "context", "prev", "position", "shape", "grammar", "conj", "coref",
}

// featurizer builds the features of one candidate; off holds the groups
// left out.
type featurizer struct {
	off groupSet
	buf []uint32
	// cue holds the names with the cue's word of one statement's
	// candidates: every candidate of the statement has the same cue.
	cue cueNames
	// rank, set while a model ranks, sums the features of a candidate's
	// span alone once a span (spanParts).
	rank *spanScoring
}

// cueNames are the feature names of the cue word of statement k of in
// (nil: of none yet), by the candidate's direction from the cue, each
// worked out for the first candidate in that direction: "cue|<dir>|<word>"
// and "conj|cueDist|<word>|<dir>", which a distance bin follows.
type cueNames struct {
	in         *SourceInput
	k          int
	word, dist [dirIn + 1]nameHash
	known      [dirIn + 1]bool
	cueChunk   TokenSpan
	chunkKnown bool
}

// cueChunkOf is the noun phrase holding statement k's cue (empty when the
// cue is not in one), worked out for its first candidate.
func (f *featurizer) cueChunkOf(in *SourceInput, k int) TokenSpan {
	if f.cue.in != in || f.cue.k != k {
		f.cue = cueNames{in: in, k: k}
	}
	if !f.cue.chunkKnown {
		f.cue.chunkKnown = true
		f.cue.cueChunk = TokenSpan{}
		if cue := in.Statements[k].Cue; !cue.Empty() && chunkKind(in.Tokens[cue.To-1].Chunk) == "NP" {
			f.cue.cueChunk = in.chunkOf(cue.To - 1)
		}
	}
	return f.cue.cueChunk
}

// cueNamesOf is the names of the cue word cue of statement k of in for a
// candidate in direction dir. (Training's featurizer goes from one input
// to the next: the names are of one input's statement.)
func (f *featurizer) cueNamesOf(in *SourceInput, k int, cue string, dir int) (word, dist nameHash) {
	if f.cue.in != in || f.cue.k != k {
		f.cue = cueNames{in: in, k: k}
	}
	c := &f.cue
	if !c.known[dir] {
		c.word[dir] = tCueWord.at(dir).h.then(cue)
		c.dist[dir] = tCueDist.h.then(cue).then(dirNames[dir])
		c.known[dir] = true
	}
	return c.word[dir], c.dist[dir]
}

// features lists the features of candidate c for statement k, given the
// sources chosen for the statements before it.
func (f *featurizer) features(in *SourceInput, k int, c candidate, prev []TokenSpan) []uint32 {
	f.buf = f.buf[:0]
	f.static(in, k, c)
	f.dynamic(in, k, c, prev)
	return f.buf
}

// put appends the feature named by t, unless t's group is left out.
func (f *featurizer) put(t template) {
	if f.off&(1<<t.g) == 0 {
		f.buf = append(f.buf, uint32(t.h))
	}
}

// add appends the feature named by t followed by words, unless t's group
// is left out.
func (f *featurizer) add(t template, words ...string) {
	if f.off&(1<<t.g) != 0 {
		return
	}
	h := t.h
	for _, w := range words {
		h = h.then(w)
	}
	f.buf = append(f.buf, uint32(h))
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// kindSetOf is the name of the set of kinds (but kindPrev), in order:
// "<kind>+<kind>…|kindset" as FNV-1a hashes it, after a "+" each.
func kindSetOf(kinds []candidateKind) uint32 {
	set := uint32(fnvOffset)
	for _, k := range kinds {
		if k != kindPrev {
			set = hashString((set^'+')*fnvPrime, kindNames[k])
		}
	}
	return hashString(set, "|kindset")
}

// kindSets are kindSetOf each kind alone, then of none.
var kindSets = func() []uint32 {
	out := make([]uint32, len(kindNames)+1)
	for k := range kindNames {
		out[k] = kindSetOf([]candidateKind{candidateKind(k)})
	}
	out[len(kindNames)] = kindSetOf(nil)
	return out
}()

// stmtKind is statement st's kind, an index into stmtNames.
func stmtKind(st SourceStatement) int { return b2i(st.Reported) }

// dynamic adds the features that depend on the sources chosen before
// (training computes the others once).
func (f *featurizer) dynamic(in *SourceInput, k int, c candidate, prev []TokenSpan) {
	for _, kind := range c.kinds {
		if kind == kindPrev {
			f.put(tKind.at(int(kind)))
			f.put(tKindStmt.at(int(kind), stmtKind(in.Statements[k])))
		}
	}
	head := in.Tokens[c.span.To-1].Lower
	// An earlier statement whose words hold this one's speaker phrase
	// ("Reporters recalled her description of the vote as "a new start"")
	// is seldom by the same source.
	if rule := in.Statements[k].Rule; !rule.Empty() {
		for j := len(prev) - 1; j >= 0 && j >= len(prev)-2; j-- {
			if prev[j] == c.span && contains(in.Statements[j].Span, rule) {
				f.put(tHoldsRule.at(b2i(c.span == rule)))
			}
		}
	}
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-2; j-- {
		if prev[j].Empty() {
			continue
		}
		if overlaps(prev[j], c.span) {
			f.put(tPrevSpan.at(len(prev) - 1 - j))
		}
		if in.Tokens[prev[j].To-1].Lower == head {
			f.put(tPrevHead.at(len(prev) - 1 - j))
		}
	}
}

// static adds the features that depend on the candidate and statement
// alone.
func (f *featurizer) static(in *SourceInput, k int, c candidate) {
	st := in.Statements[k]
	toks := in.Tokens
	stmt := stmtKind(st)
	kinds, last := 0, candidateKind(0)
	for _, k := range c.kinds {
		if k == kindPrev {
			continue
		}
		f.put(tKind.at(int(k)))
		f.put(tKindStmt.at(int(k), stmt))
		kinds, last = kinds+1, k
	}
	if f.off&(1<<gKind) == 0 {
		// the set of kinds, hashed in order; most candidates have one
		// kind, whose set's name is hashed once (kindSets)
		switch kinds {
		case 0:
			f.buf = append(f.buf, kindSets[len(kindSets)-1])
		case 1:
			f.buf = append(f.buf, kindSets[last])
		default:
			f.buf = append(f.buf, kindSetOf(c.kinds))
		}
	}

	// What the rules chose.
	isRule := overlaps(c.span, st.Rule)
	switch {
	case st.Rule.Empty():
		f.put(tRule.at(ruleNone))
	case c.span == st.Rule:
		f.put(tRule.at(ruleSame))
	case isRule && contains(st.Rule, c.span):
		f.put(tRule.at(ruleInside))
	case isRule:
		f.put(tRule.at(ruleOverlap))
	default:
		f.put(tRule.at(ruleOther))
	}

	// A date inside it: a dateline the phrase runs over.
	sf := in.factsOf(c.span)
	if sf.dated {
		f.put(tRuleDated.at(b2i(c.span == st.Rule)))
	}

	// Where it stands from the cue.
	dir := dirNoCue
	if !st.Cue.Empty() {
		cue := toks[st.Cue.From].Lower
		switch {
		case c.span.To <= st.Cue.From:
			dir = dirBefore
			f.put(tCueBin.at(dir, binIndex(st.Cue.From-c.span.To)))
		case c.span.From >= st.Cue.To:
			dir = dirAfter
			f.put(tCueBin.at(dir, binIndex(c.span.From-st.Cue.To)))
		default:
			dir = dirIn
		}
		if f.off&(1<<gCue) == 0 {
			word, _ := f.cueNamesOf(in, k, cue, dir)
			f.buf = append(f.buf, uint32(word))
		}
		f.put(tCueSameSent.at(dir, b2i(toks[c.span.From].Sent == toks[st.Cue.From].Sent)))
	}
	f.put(tCueDir.at(dir, stmt))

	// Where it stands from the statement.
	sdir := dirBefore
	d := st.Span.From - c.span.To
	if c.span.From >= st.Span.To {
		sdir, d = dirAfter, c.span.From-st.Span.To
	}
	if d < 0 {
		sdir, d = dirIn, 0
	}
	f.put(tDistBin.at(sdir, binIndex(d)))
	f.put(tDistDir.at(sdir, dir))
	sd := binIndex(toks[st.Span.From].Sent - toks[c.span.From].Sent)
	f.put(tSent.at(sd))
	f.put(tSentDirs.at(sd, sdir, dir))
	f.put(tPara.at(b2i(toks[c.span.From].Para == toks[st.Span.From].Para)))

	// What it is (and what the span alone says: spanParts).
	form := int(sf.form)
	f.put(tTypeForm.at(form, dir, stmt))
	f.spanParts(in, c.span, sf, dir)

	// A possessor names who owns the words: "Becker's claim that …", "her
	// description of the vote as …".
	// The owner of the cue noun: "Becker's claim that …", "her
	// description of the vote as …".
	if !st.Cue.Empty() && (sf.followedByS && c.span.To+1 == st.Cue.From || sf.possessive && c.span.To == st.Cue.From) {
		f.put(tOwnsCue)
		f.put(tOwnsCueStmt.at(stmt))
	}
	if sf.followedByS || sf.possessive {
		f.add(tPossessor, in.after2(c.span), dirNames[sdir])
		f.put(tPossessorDirs.at(sdir, dir))
	}
	if CueChunkFeature {
		if ch := f.cueChunkOf(in, k); !ch.Empty() && ch.From < st.Cue.From {
			f.put(tInCueChunk.at(b2i(overlaps(c.span, ch)), int(sf.form), b2i(sf.followedByS || sf.possessive)))
		}
	}

	f.conjunctions(in, k, c, dir, form, stmt)
	f.coreference(in, k, c, dir, form, stmt)
}

// isPossessive tells whether w is a possessive pronoun. A switch, not a
// map: every candidate asks, and a map's hashing cost more than the rest
// of the question.
func isPossessive(w string) bool {
	switch w {
	case "his", "her", "their", "its", "our", "my":
		return true
	}
	return false
}

func overlaps(a, b TokenSpan) bool {
	return !a.Empty() && !b.Empty() && a.From < b.To && b.From < a.To
}

func contains(outer, inner TokenSpan) bool {
	return inner.From >= outer.From && inner.To <= outer.To
}

// chunkKind is the kind of a BIO chunk label ("NP" of "B-NP"), "O" outside.
func chunkKind(label string) string {
	if len(label) > 2 && label[1] == '-' {
		return label[2:]
	}
	return "O"
}

// chunkOf is the chunk holding token i, from its B- label to its last I-
// label; the token alone outside any chunk.
func (in *SourceInput) chunkOf(i int) TokenSpan {
	toks := in.Tokens
	if chunkKind(toks[i].Chunk) == "O" {
		return TokenSpan{i, i + 1}
	}
	from := i
	for from > 0 && toks[from].Chunk[0] == 'I' && toks[from-1].Sent == toks[from].Sent && chunkKind(toks[from-1].Chunk) == chunkKind(toks[from].Chunk) {
		from--
	}
	to := i + 1
	for to < len(toks) && len(toks[to].Chunk) > 0 && toks[to].Chunk[0] == 'I' && toks[to].Sent == toks[i].Sent {
		to++
	}
	return TokenSpan{from, to}
}

// conjunctions adds features that pair what the others read alone: how
// far the candidate stands from the cue by the cue's word and the
// candidate's form, whether a quotation mark lies between it and the
// statement, and whether it is the subject of the cue's verb phrase.
func (f *featurizer) conjunctions(in *SourceInput, k int, c candidate, dir, form, stmt int) {
	st := in.Statements[k]
	toks := in.Tokens
	if !st.Cue.Empty() {
		cue := toks[st.Cue.From].Lower
		d := st.Cue.From - c.span.To
		if dir == dirAfter {
			d = c.span.From - st.Cue.To
		}
		if f.off&(1<<gConj) == 0 {
			_, dist := f.cueNamesOf(in, k, cue, dir)
			f.buf = append(f.buf, uint32(dist.then(bin(d))))
		}
		f.put(tFormDist.at(form, dir, binIndex(d), stmt))
		if dir == dirBefore {
			subj := true
			for i := c.span.To; i < st.Cue.From; i++ {
				if ck := chunkKind(toks[i].Chunk); ck != "VP" && ck != "ADVP" {
					subj = false
					break
				}
			}
			f.put(tSubject.at(b2i(subj), form, stmt))
		}
	}
	from, to := c.span.To, st.Span.From
	if c.span.From >= st.Span.To {
		from, to = st.Span.To, c.span.From
	}
	f.put(tMarkBetween.at(b2i(in.marksBetween(from, to) > 0), dir, form))

	// "…, Obama said, according to a White House pool report": the
	// annotators often take the outer source.
	for i := c.span.From - 1; i >= 1 && i >= c.span.From-2; i-- {
		if toks[i].Lower == "to" && toks[i-1].Lower == "according" {
			own := !st.Cue.Empty() && st.Cue.From == i-1
			f.put(tAccording.at(b2i(own), stmt, b2i(toks[i].Sent == toks[st.Span.To-1].Sent)))
			break
		}
	}
}

// marksBetween is the number of quotation marks among tokens [from, to),
// from a running count worked out once per text (every candidate of every
// statement asks).
func (in *SourceInput) marksBetween(from, to int) int32 {
	if in.marks == nil {
		in.marks = sized(in.spare.marks, len(in.Tokens)+1)
		in.marks[0] = 0
		for i := range in.Tokens {
			in.marks[i+1] = in.marks[i]
			if isQuoteMark(in.Tokens[i].Lower) {
				in.marks[i+1]++
			}
		}
	}
	from, to = max(from, 0), min(to, len(in.Tokens))
	if to <= from {
		return 0
	}
	return in.marks[to] - in.marks[from]
}

// isQuoteMark tells whether w is a quotation mark (a switch: see
// isPossessive).
func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "''", "``":
		return true
	}
	return false
}

// coreference adds what PolNeAR's annotators weigh between a name and a
// pronoun for the same speaker: a pronoun whose person is named earlier in
// its own sentence ("Trump has blasted the system, which he said …") is
// seldom the source chosen, a name with a pronoun between it and the cue
// often is not either.
func (f *featurizer) coreference(in *SourceInput, k int, c candidate, dir, form, stmt int) {
	toks := in.Tokens
	st := in.Statements[k]
	switch form {
	case formPron:
		sent, named := toks[c.span.From].Sent, namedNone
		for i := c.span.From - 1; i >= 0 && toks[i].Sent >= sent-1; i-- {
			if e := toks[i].Entity; e >= 0 && !toks[i].InQuote && (in.Entities[e].Type == "PERSON" || in.Entities[e].Type == "ORG") {
				named = namedPrevSent
				if toks[i].Sent == sent {
					named = namedSameSent
				}
				break
			}
		}
		f.put(tAntecedent.at(named, dir, stmt))
	case formName:
		if st.Cue.Empty() || dir != dirBefore {
			return
		}
		between := false
		for i := c.span.To; i < st.Cue.From; i++ {
			if toks[i].Sent != toks[c.span.To-1].Sent {
				break
			}
			if in.tokenKind(i) == tokPronoun && !isPossessive(toks[i].Lower) {
				between = true
				break
			}
		}
		f.put(tPronounBetween.at(b2i(between), stmt))
	}
}
