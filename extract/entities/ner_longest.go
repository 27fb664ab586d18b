package entities

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

// docRuns maps a capitalised word (exact) to its longest run.
type docRuns map[uint64]capRun

// addSentence records the runs of a sentence that is not a headline in
// capitals (where every word would be one run).
func (dr docRuns) addSentence(ts []tokenHashes) {
	if len(ts) == 0 || ts[0].sentenceUpper {
		return
	}
	for i := 0; i < len(ts); {
		if !ts[i].capitalized {
			i++
			continue
		}
		j := i + 1
		for j < len(ts) && ts[j].capitalized {
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
			if old, ok := dr[ts[k].exact]; !ok || int(old.length) < n {
				dr[ts[k].exact] = capRun{length: uint8(min(n, 255)), pos: pos, first: ts[from].lower, last: ts[j-1].lower}
			}
		}
		i = j
	}
}

// features appends word i's longest-form features when the article has it
// in a longer run than here.
func (dr docRuns) features(ts []tokenHashes, i int, f []uint64) []uint64 {
	t := ts[i]
	if dr == nil || !t.capitalized {
		return f
	}
	r, ok := dr[t.exact]
	if !ok || r.length < 2 {
		return f
	}
	here := 1
	for k := i - 1; k >= 0 && ts[k].capitalized; k-- {
		here++
	}
	for k := i + 1; k < len(ts) && ts[k].capitalized; k++ {
		here++
	}
	if here >= int(r.length) {
		return f
	}
	f = append(f, mix(tRunPos, uint64(min(r.length, 4)), uint64(r.pos)))
	if r.pos != 3 {
		f = append(f, mix(tRunLast, r.last))
	}
	if r.pos != 1 {
		f = append(f, mix(tRunFirst, r.first))
	}
	return f
}
