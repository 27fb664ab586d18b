package attribution

// The ranker's features are 32-bit FNV-1a hashes of names such as
// "cue|before|4-6" (the model keeps hashes, no names). FNV-1a reads a name
// byte by byte, so a name's constant start is hashed once, at start-up
// (a template), and so is every name whose varying parts each take one of
// a few values (a direction, a distance bin, yes or no): a table holds
// them all. A candidate's features then hash only the words that vary.
// Hashing each name whole was most of the ranker's instructions.

// group is a feature group: its index in groupNames.
type group uint8

// groupNames are the feature groups: the ones Off may name for the
// ablation table (featureGroups), then the ones it may not.
var groupNames = append(append([]string(nil), featureGroups...), "bias", "speech")

// The feature groups, in groupNames' order.
const (
	gKind group = iota
	gRule
	gCue
	gDist
	gSent
	gPara
	gQuote
	gType
	gHead
	gContext
	gPrev
	gPosition
	gShape
	gGrammar
	gConj
	gCoref
	gBias
	gSpeech // the speech classifier's, never left out
)

// groupSet is a set of groups, a bit each.
type groupSet uint32

// groupsOf is the set of the groups named in off (a name that is no group
// is left out of it, as before, when it named nothing).
func groupsOf(off map[string]bool) groupSet {
	var s groupSet
	for g, name := range groupNames {
		if off[name] {
			s |= 1 << g
		}
	}
	return s
}

// nameHash is the FNV-1a hash of a feature name so far.
type nameHash uint32

// then is the hash of the name so far followed by "|" and part.
func (h nameHash) then(part string) nameHash {
	return nameHash(hashString((uint32(h)^'|')*fnvPrime, part))
}

// template is the start of a feature name: its group and the hash of
// "group|part…" so far.
type template struct {
	g group
	h nameHash
}

// tmpl is the template of names that start with g's name and parts. The
// speech classifier's groups start with a name of their own ("s.cue").
func tmpl(g group, parts ...string) template {
	return tmplNamed(g, groupNames[g], parts...)
}

func tmplNamed(g group, name string, parts ...string) template {
	t := template{g, nameHash(hashString(fnvOffset, name))}
	for _, p := range parts {
		t.h = t.h.then(p)
	}
	return t
}

// then is the template followed by part.
func (t template) then(part string) template { return template{t.g, t.h.then(part)} }

// table holds the names of a template followed by one value of each of
// its enumerated parts, every combination, the last part varying fastest;
// table1 … table4 index it by one to four parts.
type table struct {
	g      group
	stride [4]int // how far apart names are whose part d differs by one
	h      []nameHash
}

type (
	table1 struct{ table }
	table2 struct{ table }
	table3 struct{ table }
	table4 struct{ table }
)

// enumerate is the table of t followed by one of each of parts.
func (t template) enumerate(parts ...[]string) table {
	out := table{g: t.g}
	hs := []nameHash{t.h}
	for _, values := range parts {
		next := make([]nameHash, 0, len(hs)*len(values))
		for _, h := range hs {
			for _, v := range values {
				next = append(next, h.then(v))
			}
		}
		hs = next
	}
	stride := 1
	for d := len(parts) - 1; d >= 0; d-- {
		out.stride[d] = stride
		stride *= len(parts[d])
	}
	out.h = hs
	return out
}

func (t template) table1(a []string) table1          { return table1{t.enumerate(a)} }
func (t template) table2(a, b []string) table2       { return table2{t.enumerate(a, b)} }
func (t template) table3(a, b, c []string) table3    { return table3{t.enumerate(a, b, c)} }
func (t template) table4(a, b, c, d []string) table4 { return table4{t.enumerate(a, b, c, d)} }

// at is the template of the name with the parts' values at the indices
// given, to add as it is or with words after it.
func (t *table1) at(a int) template { return template{t.g, t.h[a]} }
func (t *table2) at(a, b int) template {
	return template{t.g, t.h[a*t.stride[0]+b]}
}
func (t *table3) at(a, b, c int) template {
	return template{t.g, t.h[a*t.stride[0]+b*t.stride[1]+c]}
}
func (t *table4) at(a, b, c, d int) template {
	return template{t.g, t.h[a*t.stride[0]+b*t.stride[1]+c*t.stride[2]+d]}
}

// Values of the enumerated parts, as indices into their names.
const (
	dirNoCue = iota // where a candidate stands from the cue or the statement
	dirBefore
	dirAfter
	dirIn
)

var (
	dirNames  = []string{"nocue", "before", "after", "in"}
	stmtNames = []string{"quote", "reported"} // a statement's kind: Reported as an index
	formNames = []string{"desc", "pron", "name"}
	boolNames = []string{"false", "true"}
	// binNames are bin's values, in the order of binIndex.
	binNames = []string{"-26+", "-13-25", "-7-12", "-4-6", "-3", "-2", "-1", "0", "1", "2", "3", "4-6", "7-12", "13-25", "26+"}
)

// What a candidate is, formNames' indices.
const (
	formDesc = iota
	formPron
	formName
)

// b2i is a yes or no as an index into boolNames.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// binIndex is the index in binNames of n's bin: small distances alone,
// larger ones in ranges, the same ranges below 0.
func binIndex(n int) int {
	const zero = 7
	if n < 0 {
		return zero - positiveBin(-n)
	}
	return zero + positiveBin(n)
}

// positiveBin is binIndex(n) - binIndex(0) for n >= 0 (a table for the
// small distances most candidates stand at).
func positiveBin(n int) int {
	if n < len(smallBins) {
		return int(smallBins[n])
	}
	return 7
}

// smallBins are positiveBin of 0 to 25.
var smallBins = [26]int8{0, 1, 2, 3, 4, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6}

// bin is the name of n's bin.
func bin(n int) string { return binNames[binIndex(n)] }
