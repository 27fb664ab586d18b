package polnear

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Span is a stretch of an article's text in UTF-8 byte offsets, end
// exclusive.
type Span struct{ Start, End int }

// Relation is one annotated attribution: what was said (Content), who said
// it (Source, empty when the annotator marked none) and the words that
// report it (Cue). Each may be discontinuous, hence several spans.
type Relation struct {
	Content, Source, Cue []Span
}

// Article is one PolNeAR text with the attributions of its first
// annotator (the first .ann file in sorted order, as the scorer reads).
// Relations holds every event with a content, its spans resolved wherever
// they are defined in the file (the scorer's attribution figure misses the
// few whose spans come after the event line; Scores counts as it does).
type Article struct {
	Name      string
	Text      string
	Relations []Relation

	// What the scorer compares, in code points.
	rels   []charRelation
	quotes []charQuote
	toByte []int // code point → byte offset, len = code points + 1
}

// charRelation is a Relation in code-point offsets.
type charRelation struct{ content, source []cspan }

// cspan is a span in code-point offsets.
type cspan struct{ a, b int }

// charQuote is a gold direct quotation and its source, in code points.
type charQuote struct {
	q      cspan
	source []cspan // nil when the relation has no source
}

// Quote is a gold direct quotation: a stretch between quotation marks
// inside annotated content, with the relation's source.
type Quote struct {
	Span
	Source []Span
}

// Quotes returns the gold direct quotations the scorer counts, in byte
// offsets.
func (a *Article) Quotes() []Quote {
	out := make([]Quote, len(a.quotes))
	for i, q := range a.quotes {
		out[i] = Quote{Span: a.bytes(q.q), Source: a.byteSpans(q.source)}
	}
	return out
}

func (a *Article) bytes(s cspan) Span { return Span{a.toByte[s.a], a.toByte[s.b]} }

func (a *Article) byteSpans(ss []cspan) []Span {
	if ss == nil {
		return nil
	}
	out := make([]Span, len(ss))
	for i, s := range ss {
		out[i] = a.bytes(s)
	}
	return out
}

var annName = regexp.MustCompile(`_[0-9a-f]+\.ann$`)

// Load reads every article of a PolNeAR split directory (DIR/text and
// DIR/attributions), sorted by name, as the scorer does: the first .ann per
// article in sorted order; articles without a text are skipped.
func Load(dir string) ([]Article, error) {
	adir := filepath.Join(dir, "attributions")
	entries, err := os.ReadDir(adir)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	first := map[string]string{}
	var bases []string
	for _, f := range names {
		base := annName.ReplaceAllString(f, "")
		if _, ok := first[base]; !ok {
			first[base] = f
			bases = append(bases, base)
		}
	}
	sort.Strings(bases)
	var arts []Article
	for _, base := range bases {
		raw, err := os.ReadFile(filepath.Join(dir, "text", base+".txt"))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		ann, err := os.ReadFile(filepath.Join(adir, first[base]))
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		art, err := parse(base, string(raw), string(ann))
		if err != nil {
			return nil, fmt.Errorf("polnear: %s: %w", first[base], err)
		}
		arts = append(arts, art)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("polnear: no articles in %s", dir)
	}
	return arts, nil
}

// universalNewlines turns \r\n and \r into \n, as python's text mode reads
// the file the scorer then gives to the engine.
func universalNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// parse builds an Article from its text and brat standoff annotation.
func parse(name, text, ann string) (Article, error) {
	text = universalNewlines(text)
	ann = universalNewlines(ann)
	runes := []rune(text)
	a := Article{Name: name, Text: text, toByte: make([]int, len(runes)+1)}
	b := 0
	for i, r := range runes {
		a.toByte[i] = b
		b += len(string(r))
	}
	a.toByte[len(runes)] = b
	spans := map[string][]cspan{}
	var events []map[string]string
	// The scorer's attribution figure resolves an event's spans when it
	// reads the event line (a span defined further down is missing); its
	// quotation figure resolves them at the end.
	var inline []charRelation
	for _, line := range strings.Split(ann, "\n") {
		switch {
		case strings.HasPrefix(line, "T"):
			cols := strings.SplitN(line, "\t", 3)
			if len(cols) < 2 {
				continue // the text of a span holding a line break goes on here
			}
			parts := strings.Split(cols[1], " ")
			var segs []cspan
			for _, seg := range strings.Split(strings.Join(parts[1:], " "), ";") {
				f := strings.Fields(seg)
				if len(f) != 2 {
					return a, fmt.Errorf("span %q: want two offsets", seg)
				}
				s, err1 := strconv.Atoi(f[0])
				e, err2 := strconv.Atoi(f[1])
				if err1 != nil || err2 != nil || s < 0 || e < s || e > len(runes) {
					return a, fmt.Errorf("span %q: bad offsets for a text of %d code points", seg, len(runes))
				}
				segs = append(segs, cspan{s, e})
			}
			spans[cols[0]] = segs
		case strings.HasPrefix(line, "E") && strings.Contains(line, "\t"):
			body := strings.SplitN(line, "\t", 2)[1]
			d := map[string]string{}
			for _, p := range strings.Fields(body) {
				k, v, ok := strings.Cut(p, ":")
				if !ok {
					return a, fmt.Errorf("event argument %q has no ':'", p)
				}
				d[k] = v
			}
			events = append(events, d)
			if c, ok := spans[d["Content"]]; ok {
				inline = append(inline, charRelation{content: c, source: spans[d["Source"]]})
			}
		}
	}
	for _, d := range events {
		c, ok := spans[d["Content"]]
		if !ok {
			continue
		}
		s := spans[d["Source"]]
		a.Relations = append(a.Relations, Relation{
			Content: a.byteSpans(c),
			Source:  a.byteSpans(s),
			Cue:     a.byteSpans(spans[d["Cue"]]),
		})
		a.quotes = appendQuotes(a.quotes, runes, c, s)
	}
	a.rels = inline
	// The scorer keeps the first of equal quotations.
	seen := map[cspan]bool{}
	q := a.quotes[:0]
	for _, x := range a.quotes {
		if !seen[x.q] {
			seen[x.q] = true
			q = append(q, x)
		}
	}
	a.quotes = q
	return a, nil
}

// appendQuotes adds the stretches between quotation marks inside content,
// walking exactly as the scorer does: a double mark (straight or curly)
// opens and runs to the next closing mark; two apostrophes run to the next
// two apostrophes.
func appendQuotes(out []charQuote, text []rune, content, source []cspan) []charQuote {
	isOpen := func(r rune) bool { return r == '"' || r == '\u201c' }
	isClose := func(r rune) bool { return r == '"' || r == '\u201d' }
	for _, c := range content {
		seg := text[c.a:c.b]
		for i := 0; i < len(seg); {
			if i+1 < len(seg) && seg[i] == '\'' && seg[i+1] == '\'' {
				if j := indexPair(seg, i+2); j > i+2 {
					out = append(out, charQuote{cspan{c.a + i, c.a + j + 2}, source})
					i = j + 2
					continue
				}
			}
			if isOpen(seg[i]) {
				j := i + 1
				for j < len(seg) && !isClose(seg[j]) {
					j++
				}
				if j < len(seg) && j-i > 2 {
					out = append(out, charQuote{cspan{c.a + i, c.a + j + 1}, source})
				}
				i = j + 1
			} else {
				i++
			}
		}
	}
	return out
}

// indexPair is the index of the next "”" at or after from, -1 if none.
func indexPair(seg []rune, from int) int {
	for j := from; j+1 < len(seg); j++ {
		if seg[j] == '\'' && seg[j+1] == '\'' {
			return j
		}
	}
	return -1
}
