//go:build !js

package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract"
	attr "github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/polnear"
)

// misses prints, over train 5-fold CV (each fold's models trained on the
// others), the gold attributions no predicted content overlaps, grouped by
// their cue and shape, and the predictions that overlap no gold content,
// grouped by their cue: where attribution recall and precision are lost.
func misses(arts []polnear.Article, base extract.Options, out io.Writer) error {
	var t missTally
	t.init()
	if err := eachHeldOut(arts, base, t.add); err != nil {
		return err
	}
	t.print(out)
	return nil
}

type missTally struct {
	gold, hit          int
	byShape, byShapeOK map[string]int
	byClass, byClassOK map[string]int
	byHead, byHeadOK   map[string]int
	detected           map[string]int // missed, by shape: the cue head was detected
	pred, unmatched    int
	unByCue            map[string]int
	unByKind           map[string]int
}

func (t *missTally) init() {
	t.byShape, t.byShapeOK = map[string]int{}, map[string]int{}
	t.byClass, t.byClassOK = map[string]int{}, map[string]int{}
	t.byHead, t.byHeadOK = map[string]int{}, map[string]int{}
	t.detected = map[string]int{}
	t.unByCue, t.unByKind = map[string]int{}, map[string]int{}
}

func (t *missTally) add(a *polnear.Article, opt extract.Options) error {
	doc, err := extract.AnnotateWith(a.Text, opt)
	if err != nil {
		return err
	}
	var spans [][2]int
	for _, r := range a.Relations {
		if len(r.Cue) > 0 {
			spans = append(spans, [2]int{r.Cue[0].Start, r.Cue[0].End})
		}
	}
	ex, err := extract.CueExample(a.Text, spans)
	if err != nil {
		return err
	}
	m := opt.Cues
	if m == nil {
		if m, err = attr.LoadCues(); err != nil {
			return err
		}
	}
	det := m.Cues(ex.Tokens, ex.Sents)
	preds := append(append([]extract.Quote{}, doc.Quotes...), doc.Reported...)
	overlaps := func(from, to int, ss []polnear.Span) bool {
		for _, s := range ss {
			if from < s.End && s.Start < to {
				return true
			}
		}
		return false
	}
	firstLine := strings.IndexByte(a.Text, '\n')
	if firstLine < 0 {
		firstLine = len(a.Text)
	}
	for _, r := range a.Relations {
		if len(r.Content) == 0 {
			continue
		}
		t.gold++
		hit := false
		for _, p := range preds {
			if overlaps(p.Start, p.End, r.Content) {
				hit = true
				break
			}
		}
		shape, class, head, found := t.describe(a, r, ex, det, firstLine)
		t.byShape[shape]++
		t.byClass[class]++
		t.byHead[head]++
		if hit {
			t.hit++
			t.byShapeOK[shape]++
			t.byClassOK[class]++
			t.byHeadOK[head]++
		} else if found {
			t.detected[shape]++
		}
	}
	for _, p := range preds {
		t.pred++
		hit := false
		for _, r := range a.Relations {
			if overlaps(p.Start, p.End, r.Content) {
				hit = true
				break
			}
		}
		if hit {
			continue
		}
		t.unmatched++
		cue := "(no cue)"
		if p.Cue != nil {
			cue = strings.ToLower(p.Cue.Text)
		}
		t.unByCue[cue]++
		t.unByKind[p.Kind]++
	}
	return nil
}

// describe names a gold relation's shape, its cue's class and head word,
// and whether the cue detector marked that head.
func (t *missTally) describe(a *polnear.Article, r polnear.Relation, ex cues.Example, det []bool, firstLine int) (shape, class, head string, found bool) {
	c := r.Content[0]
	cEnd := c.End
	for _, x := range r.Content {
		c.Start, cEnd = min(c.Start, x.Start), max(cEnd, x.End)
	}
	content := a.Text[c.Start:cEnd]
	if len(r.Cue) == 0 {
		return "no cue", "(no cue)", "(no cue)", false
	}
	cue := r.Cue[0]
	from := sort.Search(len(ex.Spans), func(i int) bool { return ex.Spans[i][1] > cue.Start })
	to := from
	for to < len(ex.Spans) && ex.Spans[to][0] < cue.End {
		to++
	}
	h := cues.Head(ex.Tokens, from, to)
	head = "(none)"
	pos := ""
	if h >= 0 {
		head, pos, found = ex.Tokens[h].Lower, ex.Tokens[h].POS, det[h]
	}
	switch {
	case strings.ContainsAny(content, "\"“”") || strings.Contains(content, "''"):
		shape = "content holds quotation marks"
	case c.Start < firstLine:
		shape = "headline (first line)"
	case strings.Contains(content, "\n"):
		shape = "content spans paragraphs"
	case spansSentences(content):
		shape = "content spans sentences"
	case cue.Start >= cEnd:
		shape = "cue after content"
	case cue.End <= c.Start:
		shape = "cue before content"
	default:
		shape = "cue inside content"
	}
	switch {
	case head == "according":
		class = "according to"
	case sayWords[head]:
		class = "say/tell/add"
	case beliefWords[head]:
		class = "believe/think/want/expect/hope"
	case strings.HasPrefix(pos, "NN"):
		class = "noun cue (statement, claim …)"
	case strings.HasPrefix(pos, "VB"):
		class = "other verb"
	default:
		class = "other (" + pos + ")"
	}
	return shape, class, head, found
}

var sayWords = map[string]bool{"said": true, "says": true, "say": true, "saying": true, "told": true, "tells": true, "tell": true, "telling": true, "added": true, "adds": true, "adding": true}

var beliefWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("believe believes believed believing think thinks thought thinking want wants wanted wanting expect expects expected expecting hope hopes hoped hoping feel feels felt fear fears feared know knows knew known worry worries worried") {
		beliefWords[w] = true
	}
}

// spansSentences reports whether a stretch holds a sentence's end followed
// by another sentence.
func spansSentences(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z' {
			return true
		}
	}
	return false
}

func (t *missTally) print(out io.Writer) {
	fmt.Fprintf(out, "gold attributions %d, content overlapped %d (R %.3f); missed %d\n", t.gold, t.hit, polnear.Ratio(t.hit, t.gold), t.gold-t.hit)
	table := func(title string, all, ok map[string]int, extra map[string]int, limit int) {
		type row struct {
			k          string
			miss, n, d int
		}
		var rows []row
		for k, n := range all {
			rows = append(rows, row{k, n - ok[k], n, extra[k]})
		}
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].miss != rows[j].miss {
				return rows[i].miss > rows[j].miss
			}
			return rows[i].k < rows[j].k
		})
		fmt.Fprintf(out, "\n| %s | missed | of gold | recall | share of misses |", title)
		if extra != nil {
			fmt.Fprint(out, " missed with cue head detected |")
		}
		fmt.Fprintln(out)
		for i, r := range rows {
			if i >= limit {
				break
			}
			fmt.Fprintf(out, "| %s | %d | %d | %.2f | %.3f |", r.k, r.miss, r.n, 1-polnear.Ratio(r.miss, r.n), polnear.Ratio(r.miss, t.gold-t.hit))
			if extra != nil {
				fmt.Fprintf(out, " %d |", r.d)
			}
			fmt.Fprintln(out)
		}
	}
	table("shape", t.byShape, t.byShapeOK, t.detected, 20)
	table("cue class", t.byClass, t.byClassOK, nil, 20)
	table("cue head", t.byHead, t.byHeadOK, nil, 40)
	fmt.Fprintf(out, "\npredictions %d, matching no gold content %d (%.3f)\n", t.pred, t.unmatched, polnear.Ratio(t.unmatched, t.pred))
	for k, n := range t.unByKind {
		fmt.Fprintf(out, "  kind %s: %d\n", k, n)
	}
	type row struct {
		k string
		n int
	}
	var rows []row
	for k, n := range t.unByCue {
		rows = append(rows, row{k, n})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n || rows[i].n == rows[j].n && rows[i].k < rows[j].k })
	fmt.Fprintln(out, "| predicted cue (matching no gold) | count |")
	for i, r := range rows {
		if i >= 30 {
			break
		}
		fmt.Fprintf(out, "| %s | %d |\n", r.k, r.n)
	}
}
