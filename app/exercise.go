package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract"
)

// The exercise: a student marks the quotations they find and says who
// said each; checking compares their marks with the engine's quotations.
// Everything here is plain Go so it is tested natively.

// Speaker answers besides a referent id.
const (
	answerAnonymous = "anonymous" // "an anonymous source"
	answerUnknown   = "unknown"   // "the text does not say"
)

// studentMark is one quotation the student marked, in byte offsets of the
// article, with their answer for its speaker ("" until they choose).
type studentMark struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker"`
}

// exerciseState is what survives a reload: the marks belong to one text.
type exerciseState struct {
	TextID  string        `json:"text_id"`
	Marks   []studentMark `json:"marks"`
	Checked bool          `json:"checked"`
	// Active: the page opens on the exercise (a reload keeps it on).
	Active bool `json:"active"`
}

// open: leaving now would show the answers to marks not yet checked.
func (s exerciseState) open() bool { return s.Active && !s.Checked && len(s.Marks) > 0 }

// textID names a text without storing it twice. The page asks it of the
// same article many times per edit (saving, the library, the exercise, the
// kept document), and a 50,000-word article is 300 KB to hash: the last
// answer is kept.
func textID(text string) string {
	lastID.Lock()
	defer lastID.Unlock()
	if text != lastID.text || lastID.id == "" {
		h := fnv.New64a()
		_, _ = io.WriteString(h, text)
		lastID.text, lastID.id = text, fmt.Sprintf("%016x", h.Sum64())
	}
	return lastID.id
}

var lastID struct {
	sync.Mutex
	text, id string
}

// foundQuote is an engine quotation the student found.
type foundQuote struct {
	Quote        extract.Quote
	Mark         int  // index in the student's marks
	SpeakerRight bool // the student named the engine's speaker
}

// exerciseResult is what "Check my answers" shows.
type exerciseResult struct {
	Found  []foundQuote
	Missed []extract.Quote
	Extra  []int // indexes of marks that match no quotation
	// Score is the F1 of the marks against the quotations, in percent.
	Score         int
	SpeakersRight int
}

// checkExercise compares the student's marks with the engine's quotations.
// A mark finds a quotation when their words overlap by at least half of
// the longer one, quotation marks and edge punctuation aside: students
// select a little more or less than the marks, and that is still finding
// it. A mark that covers several quotations (one speaker's two sentences
// selected at once) finds them all.
func checkExercise(text string, quotes []extract.Quote, marks []studentMark) exerciseResult {
	type pair struct {
		q, m    int
		overlap int
	}
	var pairs []pair
	for qi, q := range quotes {
		qs, qe := coreSpan(text, q.Start, q.End)
		for mi, m := range marks {
			ms, me := coreSpan(text, m.Start, m.End)
			ov := min(qe, me) - max(qs, ms)
			if ov > 0 && 2*ov >= max(qe-qs, me-ms) {
				pairs = append(pairs, pair{qi, mi, ov})
			}
		}
	}
	// Best overlaps first, so each mark takes the quotation it fits best.
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].overlap > pairs[j].overlap })
	quoteMark := make([]int, len(quotes))
	for i := range quoteMark {
		quoteMark[i] = -1
	}
	markUsed := make([]bool, len(marks))
	for _, p := range pairs {
		if quoteMark[p.q] < 0 && !markUsed[p.m] {
			quoteMark[p.q], markUsed[p.m] = p.m, true
		}
	}
	// A mark that contains a quotation still unfound finds it too.
	for qi, q := range quotes {
		if quoteMark[qi] >= 0 {
			continue
		}
		qs, qe := coreSpan(text, q.Start, q.End)
		for mi, m := range marks {
			if ms, me := coreSpan(text, m.Start, m.End); ms <= qs && qe <= me {
				quoteMark[qi], markUsed[mi] = mi, true
				break
			}
		}
	}
	var r exerciseResult
	for qi, q := range quotes {
		if mi := quoteMark[qi]; mi >= 0 {
			right := speakerAnswerRight(q, marks[mi].Speaker)
			if right {
				r.SpeakersRight++
			}
			r.Found = append(r.Found, foundQuote{Quote: q, Mark: mi, SpeakerRight: right})
		} else {
			r.Missed = append(r.Missed, q)
		}
	}
	for mi := range marks {
		if !markUsed[mi] {
			r.Extra = append(r.Extra, mi)
		}
	}
	if den := 2*len(r.Found) + len(r.Missed) + len(r.Extra); den > 0 {
		r.Score = int(math.Round(100 * float64(2*len(r.Found)) / float64(den)))
	}
	return r
}

// speakerAnswerRight: the student chose the engine's speaker, or
// "anonymous" for a source the text does not name, or "unknown" for a
// quotation nobody is given for.
func speakerAnswerRight(q extract.Quote, answer string) bool {
	switch {
	case q.SpeakerID != "":
		return answer == q.SpeakerID
	case q.Speaker != nil:
		return answer == answerAnonymous
	default:
		return answer == answerUnknown
	}
}

// coreSpan trims spaces, quotation marks and edge punctuation from
// text[start:end].
func coreSpan(text string, start, end int) (int, int) {
	start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isEdgeRune(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isEdgeRune(r) {
			break
		}
		end -= n
	}
	return start, end
}

func isEdgeRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune("%$€£", r)
}

// byteOffset converts a position counted in UTF-16 code units (how a
// browser counts a textarea's selection) into a byte offset in text.
func byteOffset(text string, units int) int {
	n := 0
	for i, r := range text {
		if n >= units {
			return i
		}
		n += utf16Len(r)
	}
	return len(text)
}

func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
