package attribution

// Anonymous sources are written as a noun with a modifier that says how
// the source knows, not who it is: "a source close to the talks",
// "officials familiar with the plan". The modifier belongs to the speaker
// phrase, and the classroom view lists such speakers apart.

// sourceModifiers open such a modifier after a source noun.
var sourceModifiers = [][]string{
	{"close", "to"}, {"familiar", "with"}, {"briefed", "on"}, {"with", "knowledge", "of"},
	{"involved", "in"}, {"knowledgeable", "about"}, {"with", "direct", "knowledge", "of"},
	{"speaking", "on", "condition", "of", "anonymity"}, {"who", "declined", "to", "be", "named"},
	{"who", "asked", "not", "to", "be", "named"}, {"who", "spoke", "on", "condition", "of", "anonymity"},
}

// modifierAt returns the length of a source modifier starting at token i,
// or 0.
func (a *analysis) modifierAt(i, limit int) int {
	for _, m := range sourceModifiers {
		if i+len(m) > limit {
			continue
		}
		ok := true
		for k, w := range m {
			if a.lower(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return len(m)
		}
	}
	return 0
}

// modifierEndingAt returns where a source modifier ending at token k
// (inclusive) starts, or -1.
func (a *analysis) modifierEndingAt(k, lo int) int {
	for _, m := range sourceModifiers {
		s := k - len(m) + 1
		if s >= lo && a.modifierAt(s, k+1) == len(m) {
			return s
		}
	}
	return -1
}

// isSourceHead reports whether token i can head an anonymous source
// ("source", "officials", "a senior diplomat").
func (a *analysis) isSourceHead(i int) bool {
	return a.on(i, onSourceNouns) || a.personHead(span{From: i, To: i + 1})
}

// extendSourceForward carries a speaker phrase ending before token k over a
// source modifier and its object: "a source" + "close to the harbour board".
func (a *analysis) extendSourceForward(s span, limit int) span {
	for h := s.From; h < s.To; h++ {
		if !a.isSourceHead(h) {
			continue
		}
		m := a.modifierAt(h+1, limit)
		if m == 0 {
			continue
		}
		k := h + 1 + m
		// the modifier's object: a short noun phrase ("the talks", "the
		// harbour board", "the White House")
		for n := 0; k < limit && n < 5 && !a.toks[k].ParaStart; n++ {
			if !(a.on(k, onDeterminers) || a.npToken(k) || a.contentWord(k)) {
				break
			}
			k++
		}
		return span{From: s.From, To: k}
	}
	return s
}

// extendSourceBackward finds the source phrase before a modifier whose
// object ends at token k: "a source close to the harbour board" before
// "insisted". from is where the object phrase starts.
func (a *analysis) extendSourceBackward(from, k, lo int) span {
	start := a.modifierEndingAt(from-1, max(lo, from-7))
	if start < 0 {
		return span{}
	}
	head := start - 1
	if head < lo || !a.isSourceHead(head) {
		return span{}
	}
	j := head
	for j-1 >= lo && j > head-4 && (a.on(j-1, onDeterminers) || a.contentWord(j-1) || a.npToken(j-1)) {
		j--
		if a.on(j, onDeterminers) {
			break
		}
	}
	return span{From: j, To: k + 1}
}
