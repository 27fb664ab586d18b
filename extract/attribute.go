package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a token range toks[From:To]; To == From means none.
type span struct{ From, To int }

func (s span) empty() bool { return s.To <= s.From }

// attribution is what the rules find for one quotation.
type attribution struct {
	speaker, cue span
	// inherited is true when the speaker comes from the quotation before
	// (a paragraph that goes on with the same speaker's words).
	inherited bool
}

func (a *analysis) lower(i int) string { return strings.ToLower(a.toks[i].Text) }

func (a *analysis) isCue(i int) bool {
	w := a.lower(i)
	if w == "according" {
		return i+1 < len(a.toks) && a.lower(i+1) == "to"
	}
	return cueVerbs[w]
}

func (a *analysis) cueSpan(i int) span {
	if a.lower(i) == "according" {
		return span{i, i + 2}
	}
	return span{i, i + 1}
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isQuoteMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isDoubleMark(r)
}

// npToken reports whether token i can stand inside a speaker phrase.
func (a *analysis) npToken(i int) bool {
	t := a.toks[i].Text
	w := a.lower(i)
	switch {
	case a.entOf[i] >= 0 && a.ents[a.entOf[i]].Type != "DATE":
		return true
	case w == "'s" || w == "’s":
		return true
	case isQuoteMark(t) || isTerminal(t):
		return false
	case isCapitalized(t) && !cueVerbs[w]:
		return true
	}
	return titleWords[w] || sourceNouns[w] || determiners[w]
}

// npStart reports whether token i can open a speaker phrase.
func (a *analysis) npStart(i int) bool {
	w := a.lower(i)
	if _, ok := speakerPronouns[w]; ok {
		return true
	}
	return a.npToken(i) && w != "'s" && w != "’s"
}

// forwardNP reads a speaker phrase starting at i ("said Kremlin spokesman
// Dmitry Peskov", "according to officials familiar with the talks").
func (a *analysis) forwardNP(i, limit int) span {
	if i >= limit || a.toks[i].ParaStart {
		return span{}
	}
	if _, ok := speakerPronouns[a.lower(i)]; ok {
		return span{i, i + 1}
	}
	k := i
	for k < limit && !(k > i && a.toks[k].ParaStart) {
		if a.npToken(k) {
			k++
			continue
		}
		// "Institute for the Study of War", "the head of the agency"
		w := a.lower(k)
		if (w == "of" || w == "for" || w == "and") && k > i && k+1 < limit && a.npToken(k+1) {
			k++
			continue
		}
		break
	}
	return a.trimNP(span{i, k})
}

// trimNP drops determiners and possessives that end a phrase, and checks
// that something in it names somebody.
func (a *analysis) trimNP(s span) span {
	for s.To > s.From {
		w := a.lower(s.To - 1)
		if determiners[w] || w == "of" || w == "and" || w == "for" {
			s.To--
			continue
		}
		break
	}
	for k := s.From; k < s.To; k++ {
		w := a.lower(k)
		if isCapitalized(a.toks[k].Text) || sourceNouns[w] || titleWords[w] || a.entOf[k] >= 0 {
			return s
		}
		if _, ok := speakerPronouns[w]; ok {
			return s
		}
	}
	return span{}
}

// backwardNP reads the subject phrase that ends at token k, not before lo
// ("Kremlin spokesman Dmitry Peskov" in "... Dmitry Peskov told").
func (a *analysis) backwardNP(k, lo int) span {
	for k >= lo && skipBeforeCue[a.lower(k)] {
		k--
	}
	// "Scholz on Wednesday said": step over a time adjunct.
	if k-1 >= lo && a.entOf[k] >= 0 && a.ents[a.entOf[k]].Type == "DATE" {
		e := a.ents[a.entOf[k]]
		j := k
		for j >= lo && a.entOf[j] >= 0 && a.ents[a.entOf[j]].Start == e.Start {
			j--
		}
		if j >= lo && (a.lower(j) == "on" || a.lower(j) == "in") {
			k = j - 1
		}
	}
	// "Macron, who visited Kyiv, said": the speaker stands before the clause.
	if k >= lo && a.toks[k].Text == "," {
		for j := k - 1; j >= lo && j > k-25; j-- {
			if a.toks[j].Text == "," {
				k = j - 1
				break
			}
			if isQuoteMark(a.toks[j].Text) {
				break
			}
		}
	}
	if k < lo {
		return span{}
	}
	if _, ok := speakerPronouns[a.lower(k)]; ok {
		return span{k, k + 1}
	}
	j := k
	for j >= lo {
		if a.npToken(j) {
			if determiners[a.lower(j)] {
				j--
				break
			}
			j--
			continue
		}
		w := a.lower(j)
		if (w == "of" || w == "for" || w == "and") && j-1 >= lo && j < k && a.npToken(j-1) {
			j--
			continue
		}
		break
	}
	return a.trimNP(span{j + 1, k + 1})
}

// attributeAfter handles a speaker after the quotation: `"Q," X said`,
// `"Q," said X`, `"Q," according to X`, `"Q," X, who ..., said`.
func (a *analysis) attributeAfter(qb int) (attribution, bool) {
	n := len(a.toks)
	j := qb
	for j < n && !a.toks[j].ParaStart && (a.toks[j].Text == "," || a.toks[j].Text == "—" || a.toks[j].Text == "--" || a.toks[j].Text == "–") {
		j++
	}
	if j >= n || a.toks[j].ParaStart {
		return attribution{}, false
	}
	limit := j
	for limit < n && limit < j+20 && !(limit > j && a.toks[limit].ParaStart) && !isQuoteMark(a.toks[limit].Text) && !isTerminal(a.toks[limit].Text) {
		limit++
	}
	if a.isCue(j) {
		cue := a.cueSpan(j)
		sp := a.forwardNP(cue.To, limit)
		if sp.empty() {
			return attribution{}, false
		}
		return attribution{speaker: sp, cue: cue}, true
	}
	if !a.npStart(j) {
		return attribution{}, false
	}
	for k := j + 1; k < limit; k++ {
		if !a.isCue(k) {
			continue
		}
		if a.lower(k) == "according" {
			return attribution{}, false
		}
		end := k
		for c := j; c < k; c++ {
			if a.toks[c].Text == "," {
				end = c
				break
			}
		}
		for end > j && skipBeforeCue[a.lower(end-1)] {
			end--
		}
		sp := a.trimNP(span{j, end})
		if sp.empty() || sp.To-sp.From > 12 {
			return attribution{}, false
		}
		return attribution{speaker: sp, cue: a.cueSpan(k)}, true
	}
	return attribution{}, false
}

// attributeBefore handles a cue before the quotation in the same sentence:
// `X said: "Q"`, `X said he was "Q"`, `According to X, "Q"`.
func (a *analysis) attributeBefore(qa, lo int) (attribution, bool) {
	for c := qa - 1; c >= lo; c-- {
		if isQuoteMark(a.toks[c].Text) {
			break
		}
		if !a.isCue(c) {
			continue
		}
		cue := a.cueSpan(c)
		var sp span
		switch {
		case a.lower(c) == "according":
			sp = a.forwardNP(c+2, qa)
		case participleCues[a.lower(c)]:
			sp = a.forwardNP(lo, c)
		default:
			sp = a.backwardNP(c-1, lo)
			if sp.empty() {
				// "said Peskov: ..." — an inverted cue before the quotation.
				sp = a.forwardNP(c+1, qa)
			}
		}
		if sp.empty() {
			continue
		}
		return attribution{speaker: sp, cue: cue}, true
	}
	return attribution{}, false
}
