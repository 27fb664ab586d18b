package entities

import "github.com/whosaid/whosaid/extract/tagger"

// The longest form: a capitalised word also reads the longest run of
// capitalised words it stands in anywhere in the article. "Barrick" said
// alone is the "Barrick Gold Corp" of the first paragraph, "Zelensky" the
// last word of "Volodymyr Zelensky". It needs no labels, so training sees
// what tagging will (unlike the second pass).

// Template numbers continue ner_history.go's; never renumber.
const (
	tRunPos = tHistShare + 1 + iota
	tRunLast
	tRunFirst
)

// capRun is the longest run a word stands in: its length, the word's
// position (1 first, 2 inside, 3 last) and the run's first and last words.
type capRun struct {
	length, pos uint8
	first, last uint64
}

// docRuns maps a capitalised word (exact) to its longest run; with
// titleStops a title before a name starts a run of its own ("New Hampshire
// Gov. Maggie Hassan" is "New Hampshire" and "Gov. Maggie Hassan").
type docRuns struct {
	m          map[uint64]capRun
	titleStops bool
}

func newDocRuns(titleStops bool) *docRuns {
	return &docRuns{m: map[uint64]capRun{}, titleStops: titleStops}
}

// goesOn says whether word j continues a capitalised run.
func goesOn(ts []tokenHashes, j int, titleStops bool) bool {
	return ts[j].capitalized && !(titleStops && ts[j].title)
}

// addSentence records the runs of a sentence that is not a headline in
// capitals (where every word would be one run).
func (dr *docRuns) addSentence(ts []tokenHashes) {
	if len(ts) == 0 || ts[0].sentenceUpper {
		return
	}
	for i := 0; i < len(ts); {
		if !ts[i].capitalized {
			i++
			continue
		}
		j := i + 1
		for j < len(ts) && goesOn(ts, j, dr.titleStops) {
			j++
		}
		from := i
		if ts[i].first && j-i > 1 {
			from = i + 1 // a sentence's first word may only be capitalised for it
		}
		n := j - from
		for k := from; k < j; k++ {
			pos := uint8(2)
			switch {
			case k == from:
				pos = 1
			case k == j-1:
				pos = 3
			}
			if old, ok := dr.m[ts[k].exact]; !ok || int(old.length) < n {
				dr.m[ts[k].exact] = capRun{length: uint8(min(n, 255)), pos: pos, first: ts[from].lower, last: ts[j-1].lower}
			}
		}
		i = j
	}
}

// features appends word i's longest-form features when the article has it
// in a longer run than here.
func (dr *docRuns) features(ts []tokenHashes, i int, f []uint64) []uint64 {
	t := ts[i]
	if dr == nil || !t.capitalized {
		return f
	}
	r, ok := dr.m[t.exact]
	if !ok || r.length < 2 {
		return f
	}
	here := 1
	for k := i; k > 0 && goesOn(ts, k, dr.titleStops) && ts[k-1].capitalized; k-- {
		here++
	}
	for k := i + 1; k < len(ts) && goesOn(ts, k, dr.titleStops); k++ {
		here++
	}
	if here >= int(r.length) {
		return f
	}
	f = append(f, tagger.Mix2(tRunPos, uint64(min(r.length, 4)), uint64(r.pos)))
	if r.pos != 3 {
		f = append(f, tagger.Mix1(tRunLast, r.last))
	}
	if r.pos != 1 {
		f = append(f, tagger.Mix1(tRunFirst, r.first))
	}
	return f
}
