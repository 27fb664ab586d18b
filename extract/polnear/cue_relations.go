package polnear

import "github.com/whosaid/whosaid/extract/attribution/cues"

// AddRelations gives a cue example the article's gold relations (cue and
// content) that the content tagger learns from.
func AddRelations(ex *cues.Example, a *Article) {
	for _, r := range a.Relations {
		if len(r.Cue) == 0 || len(r.Content) == 0 {
			continue
		}
		content := make([][2]int, len(r.Content))
		for i, c := range r.Content {
			content[i] = [2]int{c.Start, c.End}
		}
		ex.AddRelation([2]int{r.Cue[0].Start, r.Cue[0].End}, content)
	}
}
