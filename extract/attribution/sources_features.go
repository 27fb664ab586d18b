package attribution

import "strconv"

// Feature groups, each switchable for the ablation table.
var featureGroups = []string{
	"kind", "rule", "cue", "dist", "sent", "para", "quote", "type", "head", "context", "prev", "position", "shape", "grammar", "conj", "coref",
}

// featurizer builds the features of one candidate; off names groups left
// out.
type featurizer struct {
	off map[string]bool
	buf []uint32
}

func bin(n int) string {
	switch {
	case n < 0:
		return negativeBin(bin(-n))
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 6:
		return "4-6"
	case n <= 12:
		return "7-12"
	case n <= 25:
		return "13-25"
	}
	return "26+"
}

// negativeBin is "-" + b, the bins' constants rather than a string built
// (and allocated) for every candidate before its statement.
func negativeBin(b string) string {
	switch b {
	case "1":
		return "-1"
	case "2":
		return "-2"
	case "3":
		return "-3"
	case "4-6":
		return "-4-6"
	case "7-12":
		return "-7-12"
	case "13-25":
		return "-13-25"
	case "26+":
		return "-26+"
	}
	return "-" + b
}

// features lists the features of candidate c for statement k, given the
// sources chosen for the statements before it.
func (f *featurizer) features(in *SourceInput, k int, c candidate, prev []TokenSpan) []uint32 {
	f.buf = f.buf[:0]
	f.static(in, k, c)
	f.dynamic(in, k, c, prev)
	return f.buf
}

// add appends the feature named by group and parts, as a 32-bit FNV-1a
// hash of the name: no string is built, and the model stores no names.
func (f *featurizer) add(group string, parts ...string) {
	if len(f.off) > 0 && f.off[group] {
		return
	}
	h := hashString(fnvOffset, group)
	for _, p := range parts {
		h = hashString((h^'|')*fnvPrime, p)
	}
	f.buf = append(f.buf, h)
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

func stmtKind(st SourceStatement) string {
	if st.Reported {
		return "reported"
	}
	return "quote"
}

// dynamic adds the features that depend on the sources chosen before
// (training computes the others once).
func (f *featurizer) dynamic(in *SourceInput, k int, c candidate, prev []TokenSpan) {
	for _, kind := range c.kinds {
		if kind == kindPrev {
			f.add("kind", kind)
			f.add("kind", kind, stmtKind(in.Statements[k]))
		}
	}
	head := in.Tokens[c.span.To-1].Lower
	// An earlier statement whose words hold this one's speaker phrase
	// ("Reporters recalled her description of the vote as "a new start"")
	// is seldom by the same source.
	if rule := in.Statements[k].Rule; !rule.Empty() {
		for j := len(prev) - 1; j >= 0 && j >= len(prev)-2; j-- {
			if prev[j] == c.span && contains(in.Statements[j].Span, rule) {
				f.add("prev", "holdsRule", strconv.FormatBool(c.span == rule))
			}
		}
	}
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-2; j-- {
		if prev[j].Empty() {
			continue
		}
		if overlaps(prev[j], c.span) {
			f.add("prev", "span", strconv.Itoa(len(prev)-1-j))
		}
		if in.Tokens[prev[j].To-1].Lower == head {
			f.add("prev", "head", strconv.Itoa(len(prev)-1-j))
		}
	}
}

// static adds the features that depend on the candidate and statement
// alone.
func (f *featurizer) static(in *SourceInput, k int, c candidate) {
	st := in.Statements[k]
	toks := in.Tokens
	f.add("bias")
	stmt := stmtKind(st)
	set := uint32(fnvOffset) // the set of kinds, hashed in order
	for _, k := range c.kinds {
		if k == kindPrev {
			continue
		}
		f.add("kind", k)
		f.add("kind", k, stmt)
		set = hashString((set^'+')*fnvPrime, k)
	}
	if !f.off["kind"] {
		f.buf = append(f.buf, hashString(set, "|kindset"))
	}

	// What the rules chose.
	isRule := overlaps(c.span, st.Rule)
	switch {
	case st.Rule.Empty():
		f.add("rule", "none")
	case c.span == st.Rule:
		f.add("rule", "same")
	case isRule && contains(st.Rule, c.span):
		f.add("rule", "inside")
	case isRule:
		f.add("rule", "overlap")
	default:
		f.add("rule", "other")
	}

	// A date inside it: a dateline the phrase runs over.
	for i := c.span.From; i < c.span.To; i++ {
		if toks[i].Date {
			f.add("rule", "dated", strconv.FormatBool(c.span == st.Rule))
			break
		}
	}

	// Where it stands from the cue.
	dir := "nocue"
	if !st.Cue.Empty() {
		cue := toks[st.Cue.From].Lower
		switch {
		case c.span.To <= st.Cue.From:
			dir = "before"
			f.add("cue", "before", bin(st.Cue.From-c.span.To))
		case c.span.From >= st.Cue.To:
			dir = "after"
			f.add("cue", "after", bin(c.span.From-st.Cue.To))
		default:
			dir = "in"
		}
		f.add("cue", dir, cue)
		f.add("cue", dir, "sameSent", strconv.FormatBool(toks[c.span.From].Sent == toks[st.Cue.From].Sent))
	}
	f.add("cue", "dir", dir, stmt)

	// Where it stands from the statement.
	sdir := "before"
	d := st.Span.From - c.span.To
	if c.span.From >= st.Span.To {
		sdir, d = "after", c.span.From-st.Span.To
	}
	if d < 0 {
		sdir, d = "in", 0
	}
	f.add("dist", sdir, bin(d))
	f.add("dist", sdir, dir)
	sd := toks[st.Span.From].Sent - toks[c.span.From].Sent
	f.add("sent", bin(sd))
	f.add("sent", bin(sd), sdir, dir)
	f.add("para", strconv.FormatBool(toks[c.span.From].Para == toks[st.Span.From].Para))
	f.add("quote", "inQuote", strconv.FormatBool(toks[c.span.From].InQuote))

	// What it is.
	typ := "none"
	for i := c.span.From; i < c.span.To; i++ {
		if e := toks[i].Entity; e >= 0 {
			typ = in.Entities[e].Type
		}
	}
	head := toks[c.span.To-1].Lower
	form := "desc"
	switch {
	case c.span.To-c.span.From == 1 && in.tokenKind(c.span.To-1) == tokPronoun: // sourcePronouns[head], remembered
		form = "pron"
	case typ != "none":
		form = "name"
	}
	f.add("type", typ)
	f.add("type", typ, dir)
	f.add("type", form, dir, stmt)
	f.add("head", head)
	f.add("head", head, dir)

	// The words around it.
	before, after := "<s>", "</s>"
	if c.span.From > 0 && toks[c.span.From-1].Sent == toks[c.span.From].Sent {
		before = toks[c.span.From-1].Lower
	}
	if c.span.To < len(toks) && toks[c.span.To].Sent == toks[c.span.To-1].Sent {
		after = toks[c.span.To].Lower
	}
	f.add("context", "before", before)
	f.add("context", "after", after)
	f.add("context", "around", before, after)
	after2 := "</s>"
	if c.span.To+1 < len(toks) && toks[c.span.To+1].Sent == toks[c.span.To-1].Sent {
		after2 = toks[c.span.To+1].Lower
	}
	f.add("context", "after2", after, after2)
	// A possessor names who owns the words: "Becker's claim that …", "her
	// description of the vote as …".
	// The owner of the cue noun: "Becker's claim that …", "her
	// description of the vote as …".
	if !st.Cue.Empty() && ((after == "'s" || after == "’s") && c.span.To+1 == st.Cue.From || possessives[head] && c.span.To == st.Cue.From) {
		f.add("cue", "ownsCue")
		f.add("cue", "ownsCue", stmt)
	}
	if after == "'s" || after == "’s" || possessives[head] {
		f.add("context", "possessor", after2, sdir)
		f.add("context", "possessor", sdir, dir)
	}

	// Where it is in the article: a dateline opens it.
	p := c.span.From
	f.add("position", "firstSent", strconv.FormatBool(toks[p].Sent == 0))
	f.add("position", "tokens", bin(p))
	if p > 0 && toks[p-1].Para != toks[p].Para || p == 0 {
		f.add("position", "paraStart", dir)
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
		f.add("grammar", "head", toks[c.span.To-1].POS)
		f.add("grammar", "head", toks[c.span.To-1].POS, dir)
		f.add("grammar", "first", toks[c.span.From].POS)
		f.add("grammar", "around", prevPOS, nextPOS)
		f.add("grammar", "next", nextPOS, dir)
		f.add("grammar", "chunk", chunkKind(toks[c.span.To-1].Chunk), strconv.FormatBool(np == c.span))
		before := "<s>"
		if np.From > 0 && toks[np.From-1].Sent == toks[np.From].Sent {
			before = chunkKind(toks[np.From-1].Chunk)
		}
		f.add("grammar", "chunkBefore", before, dir)
	}

	f.conjunctions(in, k, c, dir, form, stmt)
	f.coreference(in, k, c, dir, form, stmt)

	// Its shape.
	f.add("shape", "len", bin(c.span.To-c.span.From))
	f.add("shape", "cap", strconv.FormatBool(toks[c.span.From].Cap), form)
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
func (f *featurizer) conjunctions(in *SourceInput, k int, c candidate, dir, form, stmt string) {
	st := in.Statements[k]
	toks := in.Tokens
	if !st.Cue.Empty() {
		cue := toks[st.Cue.From].Lower
		d := st.Cue.From - c.span.To
		if dir == "after" {
			d = c.span.From - st.Cue.To
		}
		f.add("conj", "cueDist", cue, dir, bin(d))
		f.add("conj", "formDist", form, dir, bin(d), stmt)
		if dir == "before" {
			subj := true
			for i := c.span.To; i < st.Cue.From; i++ {
				if ck := chunkKind(toks[i].Chunk); ck != "VP" && ck != "ADVP" {
					subj = false
					break
				}
			}
			f.add("conj", "subject", strconv.FormatBool(subj), form, stmt)
		}
	}
	from, to := c.span.To, st.Span.From
	if c.span.From >= st.Span.To {
		from, to = st.Span.To, c.span.From
	}
	f.add("conj", "markBetween", strconv.FormatBool(in.marksBetween(from, to) > 0), dir, form)

	// "…, Obama said, according to a White House pool report": the
	// annotators often take the outer source.
	for i := c.span.From - 1; i >= 1 && i >= c.span.From-2; i-- {
		if toks[i].Lower == "to" && toks[i-1].Lower == "according" {
			own := !st.Cue.Empty() && st.Cue.From == i-1
			f.add("conj", "according", strconv.FormatBool(own), stmt, strconv.FormatBool(toks[i].Sent == toks[st.Span.To-1].Sent))
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
func (f *featurizer) coreference(in *SourceInput, k int, c candidate, dir, form, stmt string) {
	toks := in.Tokens
	st := in.Statements[k]
	switch form {
	case "pron":
		sent, named := toks[c.span.From].Sent, "none"
		for i := c.span.From - 1; i >= 0 && toks[i].Sent >= sent-1; i-- {
			if e := toks[i].Entity; e >= 0 && !toks[i].InQuote && (in.Entities[e].Type == "PERSON" || in.Entities[e].Type == "ORG") {
				named = "prevSent"
				if toks[i].Sent == sent {
					named = "sameSent"
				}
				break
			}
		}
		f.add("coref", "antecedent", named, dir, stmt)
	case "name":
		if st.Cue.Empty() || dir != "before" {
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
		f.add("coref", "pronounBetween", strconv.FormatBool(between), stmt)
	}
}
