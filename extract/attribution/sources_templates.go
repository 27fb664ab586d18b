package attribution

// The ranker's feature names, by template ("head|" and a word) or, when
// their parts take a few values each, every one of them (a table).
var (
	tBias     = tmpl(gBias)
	tKind     = tmpl(gKind).table1(kindNames)
	tKindStmt = tmpl(gKind).table2(kindNames, stmtNames)

	tRule      = tmpl(gRule).table1([]string{"none", "same", "inside", "overlap", "other"})
	tRuleDated = tmpl(gRule, "dated").table1(boolNames)

	tCueBin      = tmpl(gCue).table2(dirNames, binNames)
	tCueWord     = tmpl(gCue).table1(dirNames)                                              // and the cue's word
	tCueSameSent = tmpl(gCue).table2(dirNames, []string{"sameSent|false", "sameSent|true"}) // two parts at once
	tCueDir      = tmpl(gCue, "dir").table2(dirNames, stmtNames)
	tOwnsCue     = tmpl(gCue, "ownsCue")
	tOwnsCueStmt = tmpl(gCue, "ownsCue").table1(stmtNames)

	tDistBin  = tmpl(gDist).table2(dirNames, binNames)
	tDistDir  = tmpl(gDist).table2(dirNames, dirNames)
	tSent     = tmpl(gSent).table1(binNames)
	tSentDirs = tmpl(gSent).table3(binNames, dirNames, dirNames)
	tPara     = tmpl(gPara).table1(boolNames)
	tInQuote  = tmpl(gQuote, "inQuote").table1(boolNames)

	tType     = tmpl(gType) // and the entity type, then the direction
	tTypeForm = tmpl(gType).table3(formNames, dirNames, stmtNames)
	tHead     = tmpl(gHead) // and the word, then the direction

	tBefore        = tmpl(gContext, "before")
	tAfter         = tmpl(gContext, "after")
	tAround        = tmpl(gContext, "around")
	tAfter2        = tmpl(gContext, "after2")
	tPossessor     = tmpl(gContext, "possessor") // and the word after, then the direction
	tPossessorDirs = tmpl(gContext, "possessor").table2(dirNames, dirNames)

	tFirstSent = tmpl(gPosition, "firstSent").table1(boolNames)
	tTokens    = tmpl(gPosition, "tokens").table1(binNames)
	tParaStart = tmpl(gPosition, "paraStart").table1(dirNames)

	tGrammarHead   = tmpl(gGrammar, "head")
	tGrammarFirst  = tmpl(gGrammar, "first")
	tGrammarAround = tmpl(gGrammar, "around")
	tGrammarNext   = tmpl(gGrammar, "next")
	tChunk         = tmpl(gGrammar, "chunk")
	tChunkBefore   = tmpl(gGrammar, "chunkBefore")

	tCueDist     = tmpl(gConj, "cueDist") // and the cue's word, then the direction and distance
	tFormDist    = tmpl(gConj, "formDist").table4(formNames, dirNames, binNames, stmtNames)
	tSubject     = tmpl(gConj, "subject").table3(boolNames, formNames, stmtNames)
	tMarkBetween = tmpl(gConj, "markBetween").table3(boolNames, dirNames, formNames)
	tAccording   = tmpl(gConj, "according").table3(boolNames, stmtNames, boolNames)

	tAntecedent     = tmpl(gCoref, "antecedent").table3([]string{"none", "prevSent", "sameSent"}, dirNames, stmtNames)
	tPronounBetween = tmpl(gCoref, "pronounBetween").table2(boolNames, stmtNames)

	tShapeLen = tmpl(gShape, "len").table1(binNames)
	tShapeCap = tmpl(gShape, "cap").table2(boolNames, formNames)

	// A candidate inside the noun phrase that holds the cue, by its form
	// and whether it is a possessor: "his" of "his criticism" names the
	// source, "The grim" of "The grim view" does not.
	tInCueChunk = tmpl(gCue, "inCueChunk").table3(boolNames, formNames, boolNames)

	tHoldsRule = tmpl(gPrev, "holdsRule").table1(boolNames)
	tPrevSpan  = tmpl(gPrev, "span").table1(recentNames)
	tPrevHead  = tmpl(gPrev, "head").table1(recentNames)
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
