// Command quoteerrors lists the engine's direct-quotation errors on a
// PolNeAR split by kind: the quotations it reports that the scorer does
// not count (false positives) and the ones it misses, matched as the
// shared scorer matches them. It is an analysis aid: what the quotation
// classifier should learn to tell apart.
//
//	quoteerrors -data ../shared/data/polnear -split train [-list] [-rules] [-candidates]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/polnear"
)

func main() {
	data := flag.String("data", "../shared/data/polnear", "PolNeAR directory holding train/ and dev/")
	split := flag.String("split", "train", "the split to read")
	list := flag.Bool("list", false, "print each error with its context")
	stats := flag.Bool("candidates", false, "count the scanner's stretches by label instead")
	rules := flag.Bool("rules", false, "the rules' decision of which stretches are quotations, not the model's")
	flag.Parse()
	if err := run(filepath.Join(*data, *split), *list, *stats, *rules, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quoteerrors:", err)
		os.Exit(1)
	}
}

type tally map[string][]string

func (t tally) add(cat, example string) { t[cat] = append(t[cat], example) }

func (t tally) print(out io.Writer, title string, list bool) {
	total := 0
	var cats []string
	for c, xs := range t {
		cats = append(cats, c)
		total += len(xs)
	}
	sort.Slice(cats, func(i, j int) bool { return len(t[cats[i]]) > len(t[cats[j]]) })
	fmt.Fprintf(out, "%s: %d\n", title, total)
	for _, c := range cats {
		fmt.Fprintf(out, "  %5d  %s\n", len(t[c]), c)
		if list {
			for _, x := range t[c] {
				fmt.Fprintf(out, "         %s\n", x)
			}
		}
	}
}

func run(dir string, list, stats, rules bool, out io.Writer) error {
	arts, err := polnear.Load(dir)
	if err != nil {
		return err
	}
	if stats {
		return candidateStats(arts, list, out)
	}
	fps, misses := tally{}, tally{}
	var scores polnear.Scores
	for i := range arts {
		a := &arts[i]
		doc, err := extract.AnnotateWith(a.Text, extract.Options{RuleSaid: rules})
		if err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		if err := scores.Add(a, polnear.PredictionOf(doc)); err != nil {
			return err
		}
		gold := a.Quotes()
		used := make([]bool, len(doc.Quotes))
		for _, g := range gold {
			hit := -1
			for k, q := range doc.Quotes {
				if !used[k] && matches(g.Start, g.End, q.Start, q.End) {
					hit = k
					break
				}
			}
			if hit >= 0 {
				used[hit] = true
				continue
			}
			misses.add(missKind(a, g.Span, doc.Quotes), context(a.Text, g.Start, g.End))
		}
		for k, q := range doc.Quotes {
			if !used[k] {
				fps.add(fpKind(a, q, gold), context(a.Text, q.Start, q.End)+speakerNote(q))
			}
		}
	}
	fps.print(out, "false positives", list)
	misses.print(out, "misses", list)
	fmt.Fprintf(out, "quote P %.3f R %.3f F1 %.3f\n", scores.QuotePrecision(), scores.QuoteRecall(), scores.QuoteF1())
	return nil
}

func matches(ga, gb, pa, pb int) bool {
	ov := min(gb, pb) - max(ga, pa)
	return ov > 0 && 2*ov >= max(gb-ga, pb-pa)
}

func overlaps(a, b, c, d int) bool { return a < d && c < b }

func inContent(a *polnear.Article, from, to int) bool {
	for _, r := range a.Relations {
		for _, c := range r.Content {
			if overlaps(from, to, c.Start, c.End) {
				return true
			}
		}
	}
	return false
}

var termWords = []string{"so-called", "called", "dubbed", "titled", "entitled", "known as", "named", "word", "term", "phrase", "label", "slogan", "nicknamed", "dub", "call", "calls", "calling"}

func wordBefore(text string, at int) string {
	s := strings.TrimRight(text[:at], " ([")
	f := strings.Fields(s[max(0, len(s)-40):])
	if len(f) == 0 {
		return ""
	}
	w := strings.ToLower(f[len(f)-1])
	if len(f) >= 2 && strings.ToLower(f[len(f)-2]) == "known" {
		return "known " + w
	}
	return w
}

func fpKind(a *polnear.Article, q extract.Quote, gold []polnear.Quote) string {
	inner := strings.Trim(q.Text, "\"“”'‘’«» ")
	words := strings.Fields(inner)
	switch {
	case strings.HasPrefix(q.Text, "'") && !strings.HasPrefix(q.Text, "''") || strings.HasPrefix(q.Text, "‘"):
		return "single-marked (never gold)"
	}
	for _, g := range gold {
		if overlaps(q.Start, q.End, g.Start, g.End) {
			return "boundary mismatch with a gold quotation"
		}
	}
	if inContent(a, q.Start, q.End) {
		return "inside annotated content, not a gold stretch (content cuts the marks)"
	}
	before := wordBefore(a.Text, q.Start)
	for _, w := range termWords {
		if before == w {
			return "term after called/so-called/known as/titled"
		}
	}
	capitals := 0
	for _, w := range words {
		if text0 := w; len(text0) > 0 && unicode.IsUpper(firstRune(text0)) {
			capitals++
		}
	}
	last, _ := utf8.DecodeLastRuneInString(inner)
	long := len(words) > 7
	switch {
	case len(words) <= 6 && capitals*10 >= len(words)*8:
		return "title/name in title case (<=6 words)"
	case !long && q.Speaker == nil:
		return "quoted words in a sentence, no speaker (<=7 words)"
	case !long:
		return "quoted words in a sentence, speaker found (<=7 words)"
	case strings.ContainsRune(".,!?", last) && q.Speaker != nil:
		return "quotation with a speaker the annotators did not mark"
	case q.Speaker != nil:
		return "long fragment with a speaker, not annotated"
	default:
		return "long, no speaker, not annotated"
	}
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func missKind(a *polnear.Article, g polnear.Span, qs []extract.Quote) string {
	for _, q := range qs {
		if overlaps(q.Start, q.End, g.Start, g.End) {
			return "boundary mismatch (found a quotation that overlaps too little)"
		}
	}
	inner := strings.Trim(a.Text[g.Start:g.End], "\"“”' ")
	if len(strings.Fields(inner)) <= 4 {
		return "not reported: short (<=4 words)"
	}
	return "not reported: longer"
}

func speakerNote(q extract.Quote) string {
	if q.Speaker == nil {
		return "  [no speaker]"
	}
	return "  [speaker " + q.Speaker.Text + "]"
}

func context(text string, from, to int) string {
	a := max(0, from-60)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	b := min(len(text), to+40)
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	s := text[a:from] + "⟦" + text[from:to] + "⟧" + text[to:b]
	return strings.Join(strings.Fields(s), " ")
}
