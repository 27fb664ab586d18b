package attribution

import (
	_ "embed"
	"math"
	"sort"
	"sync"

	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/lexicon"
	"github.com/whosaid/whosaid/extract/text"
)

// The learned cue detector (extract/attribution/cues) decides which words
// introduce reported speech; the rules' verdicts are among its features.

//go:embed model/cues.bin
var cueModelData []byte

var (
	cueOnce  sync.Once
	cueModel *cues.Model
	cueErr   error
)

// LoadCues decodes the embedded cue detector (once).
func LoadCues() (*cues.Model, error) {
	cueOnce.Do(func() { cueModel, cueErr = cues.Load(cueModelData) })
	return cueModel, cueErr
}

// cueTokens is what the cue detector m reads of the analysis: each token
// with its entity, its place in a quotation and, around the words m scores,
// the rules' verdicts (nil m: everywhere, for training).
func (a *analysis) cueTokens(m *cues.Model) ([]cues.Token, [][2]int) {
	// Each token is filled in place, a field at a time: a whole Token
	// assigned at once is copied by a runtime call (a struct with strings),
	// which in WebAssembly costs more than the fields.
	toks := cleared(a.spare().cueToks, len(a.toks))
	a.cueToks = toks
	var tags, labels []string
	if a.syn != nil {
		tags, labels = a.syn.Tags, a.syn.Labels
	}
	for i, t := range a.toks {
		ct := &toks[i]
		ct.Lower = a.lowers[i]
		ct.Capital = text.IsCapitalized(t.Text)
		ct.SentStart = a.sentenceStart(i)
		ct.InQuote = a.inQuote[i]
		if e := a.es.Of[i]; e >= 0 {
			ct.Entity = a.es.Entities[e].Type
		}
		if i < len(tags) {
			ct.POS, ct.Chunk = tags[i], labels[i]
		}
	}
	// the rules are the slow part: only where the detector reads them
	done := -1
	for i := range toks {
		if m != nil {
			known := a.knownAt(m, i)
			toks[i].Known = cues.KnownNo
			if known {
				toks[i].Known = cues.KnownYes
			}
			if !known {
				continue
			}
		}
		for k := max(i-1, done+1); k <= i+1 && k < len(toks); k++ {
			toks[k].Lexicon = a.lexiconOf(k)
			done = k
		}
	}
	sents := make([][2]int, len(a.sents))
	for k, s := range a.sents {
		sents[k] = [2]int{s.From, s.To}
	}
	return toks, sents
}

// lexiconOf is what the hand-written cue rules say of token i.
func (a *analysis) lexiconOf(i int) cues.Lexicon {
	w := a.lower(i)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return 0 // no rule takes punctuation or numbers for a cue
	}
	var l cues.Lexicon
	cue, stance := a.isCue(i), a.stanceStemAt(i)
	if cue {
		l |= cues.LexCue
	}
	if stance != "" {
		l |= cues.LexStance
	}
	if a.particleKind(i) != 0 {
		l |= cues.LexParticle
	}
	if a.reportCue(i, cue, stance) {
		l |= cues.LexReport
	}
	if stem := a.cueStemAt(i); stem != "" && lexicon.IsLoadedStem(stem) { // most words have no stem
		l |= cues.LexLoaded
	}
	return l
}

// CueExample is a training document for the cue detector: the text of in
// with its gold cue spans (UTF-8 byte offsets, end exclusive), each marked
// on the token that heads it (extract/cmd/traincues).
func CueExample(in Input, spans [][2]int) cues.Example {
	a := New(in).a
	toks, sents := a.cueTokens(nil)
	gold := make([]bool, len(toks))
	for _, sp := range spans {
		from := sort.Search(len(a.toks), func(i int) bool { return a.toks[i].End > sp[0] })
		to := from
		for to < len(a.toks) && a.toks[to].Start < sp[1] {
			to++
		}
		if h := cues.Head(toks, from, to); h >= 0 {
			gold[h] = true
		}
	}
	offs := make([][2]int, len(a.toks))
	for i, t := range a.toks {
		offs[i] = [2]int{t.Start, t.End}
	}
	return cues.Example{Tokens: toks, Sents: sents, Gold: gold, Spans: offs}
}

// cueMarginOf is the cue detector's highest margin among the tokens of a
// cue span (0 when it was not asked).
func (a *analysis) cueMarginOf(cue TokenSpan) float32 {
	if a.cueMargin == nil || cue.Empty() {
		return 0
	}
	best := float32(math.Inf(-1))
	for i := cue.From; i < cue.To && i < len(a.cueMargin); i++ {
		best = max(best, a.cueMargin[i])
	}
	return best
}
