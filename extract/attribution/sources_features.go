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
}

// features lists the features of candidate c for statement k, given the
// sources chosen for the statements before it.
func (f *featurizer) features(in *SourceInput, k int, c candidate, prev []TokenSpan) []uint32 {
	f.buf = f.buf[:0]
	f.static(in, k, c)
	f.dynamic(in, k, c, prev)
	return f.buf
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

// stmtKind is statement st's kind, an index into stmtNames.
func stmtKind(st SourceStatement) int { return b2i(st.Reported) }

// The ranker's feature names, by template ("head|" and a word) or, when
// their parts take a few values each, every one of them (a table).
var (
	tBias     = tmpl(gBias)
	tKind     = tmpl(gKind).table(kindNames)
	tKindStmt = tmpl(gKind).table(kindNames, stmtNames)

	tRule      = tmpl(gRule).table([]string{"none", "same", "inside", "overlap", "other"})
	tRuleDated = tmpl(gRule, "dated").table(boolNames)

	tCueBin      = tmpl(gCue).table(dirNames, binNames)
	tCueWord     = tmpl(gCue).table(dirNames) // and the cue's word
	tCueSameSent = tmpl(gCue).table(dirNames, []string{"sameSent"}, boolNames)
	tCueDir      = tmpl(gCue, "dir").table(dirNames, stmtNames)
	tOwnsCue     = tmpl(gCue, "ownsCue")
	tOwnsCueStmt = tmpl(gCue, "ownsCue").table(stmtNames)

	tDistBin  = tmpl(gDist).table(dirNames, binNames)
	tDistDir  = tmpl(gDist).table(dirNames, dirNames)
	tSent     = tmpl(gSent).table(binNames)
	tSentDirs = tmpl(gSent).table(binNames, dirNames, dirNames)
	tPara     = tmpl(gPara).table(boolNames)
	tInQuote  = tmpl(gQuote, "inQuote").table(boolNames)

	tType     = tmpl(gType) // and the entity type, then the direction
	tTypeForm = tmpl(gType).table(formNames, dirNames, stmtNames)
	tHead     = tmpl(gHead) // and the word, then the direction

	tBefore        = tmpl(gContext, "before")
	tAfter         = tmpl(gContext, "after")
	tAround        = tmpl(gContext, "around")
	tAfter2        = tmpl(gContext, "after2")
	tPossessor     = tmpl(gContext, "possessor") // and the word after, then the direction
	tPossessorDirs = tmpl(gContext, "possessor").table(dirNames, dirNames)

	tFirstSent = tmpl(gPosition, "firstSent").table(boolNames)
	tTokens    = tmpl(gPosition, "tokens").table(binNames)
	tParaStart = tmpl(gPosition, "paraStart").table(dirNames)

	tGrammarHead   = tmpl(gGrammar, "head")
	tGrammarFirst  = tmpl(gGrammar, "first")
	tGrammarAround = tmpl(gGrammar, "around")
	tGrammarNext   = tmpl(gGrammar, "next")
	tChunk         = tmpl(gGrammar, "chunk")
	tChunkBefore   = tmpl(gGrammar, "chunkBefore")

	tCueDist     = tmpl(gConj, "cueDist") // and the cue's word, then the direction and distance
	tFormDist    = tmpl(gConj, "formDist").table(formNames, dirNames, binNames, stmtNames)
	tSubject     = tmpl(gConj, "subject").table(boolNames, formNames, stmtNames)
	tMarkBetween = tmpl(gConj, "markBetween").table(boolNames, dirNames, formNames)
	tAccording   = tmpl(gConj, "according").table(boolNames, stmtNames, boolNames)

	tAntecedent     = tmpl(gCoref, "antecedent").table([]string{"none", "prevSent", "sameSent"}, dirNames, stmtNames)
	tPronounBetween = tmpl(gCoref, "pronounBetween").table(boolNames, stmtNames)

	tShapeLen = tmpl(gShape, "len").table(binNames)
	tShapeCap = tmpl(gShape, "cap").table(boolNames, formNames)

	tHoldsRule = tmpl(gPrev, "holdsRule").table(boolNames)
	tPrevSpan  = tmpl(gPrev, "span").table(recentNames)
	tPrevHead  = tmpl(gPrev, "head").table(recentNames)
)

// recentNames count the statements back to an earlier one the dynamic
// features look at.
var recentNames = []string{"0", "1"}

// What the rules chose, tRule's indices.
const (
	ruleNone = iota
	ruleSame
	ruleInside
	ruleOverlap
	ruleOther
)

// Where a pronoun's person is named, tAntecedent's first indices.
const (
	namedNone = iota
	namedPrevSent
	namedSameSent
)

// dynamic adds the features that depend on the sources chosen before
// (training computes the others once).
func (f *featurizer) dynamic(in *SourceInput, k int, c candidate, prev []TokenSpan) {
	for _, kind := range c.kinds {
		if kind == kindPrev {
			f.add(tKind.at(int(kind)))
			f.add(tKindStmt.at(int(kind), stmtKind(in.Statements[k])))
		}
	}
	head := in.Tokens[c.span.To-1].Lower
	// An earlier statement whose words hold this one's speaker phrase
	// ("Reporters recalled her description of the vote as "a new start"")
	// is seldom by the same source.
	if rule := in.Statements[k].Rule; !rule.Empty() {
		for j := len(prev) - 1; j >= 0 && j >= len(prev)-2; j-- {
			if prev[j] == c.span && contains(in.Statements[j].Span, rule) {
				f.add(tHoldsRule.at(b2i(c.span == rule)))
			}
		}
	}
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-2; j-- {
		if prev[j].Empty() {
			continue
		}
		if overlaps(prev[j], c.span) {
			f.add(tPrevSpan.at(len(prev) - 1 - j))
		}
		if in.Tokens[prev[j].To-1].Lower == head {
			f.add(tPrevHead.at(len(prev) - 1 - j))
		}
	}
}

// static adds the features that depend on the candidate and statement
// alone.
func (f *featurizer) static(in *SourceInput, k int, c candidate) {
	st := in.Statements[k]
	toks := in.Tokens
	f.add(tBias)
	stmt := stmtKind(st)
	set := uint32(fnvOffset) // the set of kinds, hashed in order
	for _, k := range c.kinds {
		if k == kindPrev {
			continue
		}
		f.add(tKind.at(int(k)))
		f.add(tKindStmt.at(int(k), stmt))
		set = hashString((set^'+')*fnvPrime, kindNames[k])
	}
	if f.off&(1<<gKind) == 0 {
		f.buf = append(f.buf, hashString(set, "|kindset"))
	}

	// What the rules chose.
	isRule := overlaps(c.span, st.Rule)
	switch {
	case st.Rule.Empty():
		f.add(tRule.at(ruleNone))
	case c.span == st.Rule:
		f.add(tRule.at(ruleSame))
	case isRule && contains(st.Rule, c.span):
		f.add(tRule.at(ruleInside))
	case isRule:
		f.add(tRule.at(ruleOverlap))
	default:
		f.add(tRule.at(ruleOther))
	}

	// A date inside it: a dateline the phrase runs over.
	for i := c.span.From; i < c.span.To; i++ {
		if toks[i].Date {
			f.add(tRuleDated.at(b2i(c.span == st.Rule)))
			break
		}
	}

	// Where it stands from the cue.
	dir := dirNoCue
	if !st.Cue.Empty() {
		cue := toks[st.Cue.From].Lower
		switch {
		case c.span.To <= st.Cue.From:
			dir = dirBefore
			f.add(tCueBin.at(dir, binIndex(st.Cue.From-c.span.To)))
		case c.span.From >= st.Cue.To:
			dir = dirAfter
			f.add(tCueBin.at(dir, binIndex(c.span.From-st.Cue.To)))
		default:
			dir = dirIn
		}
		f.add(tCueWord.at(dir), cue)
		f.add(tCueSameSent.at(dir, 0, b2i(toks[c.span.From].Sent == toks[st.Cue.From].Sent)))
	}
	f.add(tCueDir.at(dir, stmt))

	// Where it stands from the statement.
	sdir := dirBefore
	d := st.Span.From - c.span.To
	if c.span.From >= st.Span.To {
		sdir, d = dirAfter, c.span.From-st.Span.To
	}
	if d < 0 {
		sdir, d = dirIn, 0
	}
	f.add(tDistBin.at(sdir, binIndex(d)))
	f.add(tDistDir.at(sdir, dir))
	sd := binIndex(toks[st.Span.From].Sent - toks[c.span.From].Sent)
	f.add(tSent.at(sd))
	f.add(tSentDirs.at(sd, sdir, dir))
	f.add(tPara.at(b2i(toks[c.span.From].Para == toks[st.Span.From].Para)))
	f.add(tInQuote.at(b2i(toks[c.span.From].InQuote)))

	// What it is.
	typ := "none"
	for i := c.span.From; i < c.span.To; i++ {
		if e := toks[i].Entity; e >= 0 {
			typ = in.Entities[e].Type
		}
	}
	head := toks[c.span.To-1].Lower
	form := formDesc
	switch {
	case c.span.To-c.span.From == 1 && in.tokenKind(c.span.To-1) == tokPronoun: // sourcePronouns[head], remembered
		form = formPron
	case typ != "none":
		form = formName
	}
	typed := tType.then(typ)
	f.add(typed)
	f.add(typed, dirNames[dir])
	f.add(tTypeForm.at(form, dir, stmt))
	headed := tHead.then(head)
	f.add(headed)
	f.add(headed, dirNames[dir])

	// The words around it.
	before, after := "<s>", "</s>"
	if c.span.From > 0 && toks[c.span.From-1].Sent == toks[c.span.From].Sent {
		before = toks[c.span.From-1].Lower
	}
	if c.span.To < len(toks) && toks[c.span.To].Sent == toks[c.span.To-1].Sent {
		after = toks[c.span.To].Lower
	}
	f.add(tBefore, before)
	f.add(tAfter, after)
	f.add(tAround, before, after)
	after2 := "</s>"
	if c.span.To+1 < len(toks) && toks[c.span.To+1].Sent == toks[c.span.To-1].Sent {
		after2 = toks[c.span.To+1].Lower
	}
	f.add(tAfter2, after, after2)
	// A possessor names who owns the words: "Becker's claim that …", "her
	// description of the vote as …".
	// The owner of the cue noun: "Becker's claim that …", "her
	// description of the vote as …".
	if !st.Cue.Empty() && ((after == "'s" || after == "’s") && c.span.To+1 == st.Cue.From || possessives[head] && c.span.To == st.Cue.From) {
		f.add(tOwnsCue)
		f.add(tOwnsCueStmt.at(stmt))
	}
	if after == "'s" || after == "’s" || possessives[head] {
		f.add(tPossessor, after2, dirNames[sdir])
		f.add(tPossessorDirs.at(sdir, dir))
	}

	// Where it is in the article: a dateline opens it.
	p := c.span.From
	f.add(tFirstSent.at(b2i(toks[p].Sent == 0)))
	f.add(tTokens.at(binIndex(p)))
	if p > 0 && toks[p-1].Para != toks[p].Para || p == 0 {
		f.add(tParaStart.at(dir))
	}

	// Its grammar: a subject stands before a verb, a noun after a
	// preposition is seldom the one who speaks ("Fishermen waiting at the
	// pier chanted").
	if toks[c.span.To-1].POS != "" {
		prevPOS, nextPOS := "<s>", "</s>"
		if c.span.From > 0 && toks[c.span.From-1].Sent == toks[c.span.From].Sent {
			prevPOS = toks[c.span.From-1].POS
		}
		if c.span.To < len(toks) && toks[c.span.To].Sent == toks[c.span.To-1].Sent {
			nextPOS = toks[c.span.To].POS
		}
		np := in.chunkOf(c.span.To - 1)
		headPOS := tGrammarHead.then(toks[c.span.To-1].POS)
		f.add(headPOS)
		f.add(headPOS, dirNames[dir])
		f.add(tGrammarFirst, toks[c.span.From].POS)
		f.add(tGrammarAround, prevPOS, nextPOS)
		f.add(tGrammarNext, nextPOS, dirNames[dir])
		f.add(tChunk, chunkKind(toks[c.span.To-1].Chunk), boolNames[b2i(np == c.span)])
		before := "<s>"
		if np.From > 0 && toks[np.From-1].Sent == toks[np.From].Sent {
			before = chunkKind(toks[np.From-1].Chunk)
		}
		f.add(tChunkBefore, before, dirNames[dir])
	}

	f.conjunctions(in, k, c, dir, form, stmt)
	f.coreference(in, k, c, dir, form, stmt)

	// Its shape.
	f.add(tShapeLen.at(binIndex(c.span.To - c.span.From)))
	f.add(tShapeCap.at(b2i(toks[c.span.From].Cap), form))
}

var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true}

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
		f.add(tCueDist, cue, dirNames[dir], bin(d))
		f.add(tFormDist.at(form, dir, binIndex(d), stmt))
		if dir == dirBefore {
			subj := true
			for i := c.span.To; i < st.Cue.From; i++ {
				if ck := chunkKind(toks[i].Chunk); ck != "VP" && ck != "ADVP" {
					subj = false
					break
				}
			}
			f.add(tSubject.at(b2i(subj), form, stmt))
		}
	}
	from, to := c.span.To, st.Span.From
	if c.span.From >= st.Span.To {
		from, to = st.Span.To, c.span.From
	}
	f.add(tMarkBetween.at(b2i(in.marksBetween(from, to) > 0), dir, form))

	// "…, Obama said, according to a White House pool report": the
	// annotators often take the outer source.
	for i := c.span.From - 1; i >= 1 && i >= c.span.From-2; i-- {
		if toks[i].Lower == "to" && toks[i-1].Lower == "according" {
			own := !st.Cue.Empty() && st.Cue.From == i-1
			f.add(tAccording.at(b2i(own), stmt, b2i(toks[i].Sent == toks[st.Span.To-1].Sent)))
			break
		}
	}
}

// marksBetween is the number of quotation marks among tokens [from, to),
// from a running count worked out once per text (every candidate of every
// statement asks).
func (in *SourceInput) marksBetween(from, to int) int32 {
	if in.marks == nil {
		in.marks = make([]int32, len(in.Tokens)+1)
		for i, t := range in.Tokens {
			in.marks[i+1] = in.marks[i]
			if quoteMarks[t.Lower] {
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

var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "''": true, "``": true}

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
		f.add(tAntecedent.at(named, dir, stmt))
	case formName:
		if st.Cue.Empty() || dir != dirBefore {
			return
		}
		between := false
		for i := c.span.To; i < st.Cue.From; i++ {
			if toks[i].Sent != toks[c.span.To-1].Sent {
				break
			}
			if in.tokenKind(i) == tokPronoun && !possessives[toks[i].Lower] {
				between = true
				break
			}
		}
		f.add(tPronounBetween.at(b2i(between), stmt))
	}
}
