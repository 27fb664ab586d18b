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
// its enumerated parts, every combination, the last part varying fastest.
type table struct {
	g     group
	sizes []int
	h     []nameHash
}

// table enumerates the names of t followed by one of each of parts.
func (t template) table(parts ...[]string) table {
	out := table{g: t.g}
	hs := []nameHash{t.h}
	for _, values := range parts {
		out.sizes = append(out.sizes, len(values))
		next := make([]nameHash, 0, len(hs)*len(values))
		for _, h := range hs {
			for _, v := range values {
				next = append(next, h.then(v))
			}
		}
		hs = next
	}
	out.h = hs
	return out
}

// at is the template of the name with the values at (one index per
// enumerated part), to hash further words after.
func (t *table) at(at ...int) template {
	i := 0
	for d, x := range at {
		i = i*t.sizes[d] + x
	}
	return template{t.g, t.h[i]}
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
	switch {
	case n < 0:
		return 2*zero - binIndex(-n)
	case n <= 3:
		return zero + n
	case n <= 6:
		return zero + 4
	case n <= 12:
		return zero + 5
	case n <= 25:
		return zero + 6
	}
	return zero + 7
}

// bin is the name of n's bin.
func bin(n int) string { return binNames[binIndex(n)] }
