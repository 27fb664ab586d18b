package attribution

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"math/rand"
	"strconv"

	"github.com/whosaid/whosaid/extract/tagger"
)

// SpeechModel decides, after the source ranker, whether a statement is
// speech someone said with the ranker's pick as its speaker: a linear
// score over what the statement is and how the ranker rated its pick;
// below the threshold the statement gets no source.
type SpeechModel struct {
	weights   map[uint32]float32 // training's, nil in a loaded model
	table     sourceWeights      // weights, as score looks them up: a map lookup a feature cost more than the features' hashing
	Threshold float32
}

// The speech classifier's feature names.
var (
	sKind      = tmplNamed(gSpeech, "s.kind")
	sCue       = tmplNamed(gSpeech, "s.cue")
	sCueMargin = tmplNamed(gSpeech, "s.cueMargin")
	sBefore    = tmplNamed(gSpeech, "s.before")
	sBefore2   = tmplNamed(gSpeech, "s.before2")
	sFirst     = tmplNamed(gSpeech, "s.first")
	sLen       = tmplNamed(gSpeech, "s.len")
	sFirstSent = tmplNamed(gSpeech, "s.firstSent")
	sRule      = tmplNamed(gSpeech, "s.rule")
	sBest      = tmplNamed(gSpeech, "s.best")
	sLead      = tmplNamed(gSpeech, "s.lead")
	sPick      = tmplNamed(gSpeech, "s.pick")
	sHead      = tmplNamed(gSpeech, "s.head")
	sCap       = tmplNamed(gSpeech, "s.cap")
	sDir       = tmplNamed(gSpeech, "s.dir")
	sSent      = tmplNamed(gSpeech, "s.sent")
)

// speechFeatures lists the features of statement k whose source the
// ranker picked, rated sc.
func (m *SpeechModel) speechFeatures(in *SourceInput, k int, pick TokenSpan, sc pickScore) []uint32 {
	f := featurizer{buf: in.speechBuf[:0]} // the input's, so that m is safe for concurrent use
	st := in.Statements[k]
	toks := in.Tokens
	kind := stmtNames[stmtKind(st)]
	f.put(tBias)
	f.add(sKind, kind)
	cue := "nocue"
	if !st.Cue.Empty() {
		cue = toks[st.Cue.From].Lower
	}
	f.add(sCue, cue)
	f.add(sCue, cue, kind)
	if !st.Cue.Empty() {
		// how surely the detector took it for a cue: a weak cue needs a
		// likelier statement
		f.add(sCueMargin, marginBin(st.CueMargin), kind)
	}
	before, before2 := "<s>", "<s>"
	if st.Span.From > 0 {
		before = toks[st.Span.From-1].Lower
	}
	if st.Span.From > 1 {
		before2 = toks[st.Span.From-2].Lower
	}
	f.add(sBefore, before)
	f.add(sBefore2, before2, before)
	f.add(sFirst, toks[st.Span.From].Lower)
	f.add(sLen, bin(st.Span.To-st.Span.From), kind)
	f.add(sFirstSent, boolNames[b2i(toks[st.Span.From].Sent == 0)])
	rule := "none"
	switch {
	case st.Rule.Empty():
	case pick == st.Rule:
		rule = "same"
	case overlaps(pick, st.Rule):
		rule = "overlap"
	default:
		rule = "other"
	}
	f.add(sRule, rule, kind)
	f.add(sBest, scoreBin(sc.best))
	f.add(sLead, scoreBin(sc.lead))
	f.add(sBest, scoreBin(sc.best), rule)
	if pick.Empty() {
		f.add(sPick, "none")
		in.speechBuf = f.buf
		return f.buf
	}
	typ, form := "none", "desc"
	for i := pick.From; i < pick.To; i++ {
		if e := toks[i].Entity; e >= 0 {
			typ = in.Entities[e].Type
		}
	}
	head := toks[pick.To-1].Lower
	switch {
	case pick.To-pick.From == 1 && sourcePronouns[head]:
		form = "pron"
	case typ != "none":
		form = "name"
	}
	f.add(sPick, form, typ)
	f.add(sPick, form, kind)
	f.add(sHead, head)
	f.add(sCap, boolNames[b2i(toks[pick.From].Cap)], form)
	dir := "nocue"
	if !st.Cue.Empty() {
		switch {
		case pick.To <= st.Cue.From:
			dir = "before"
		case pick.From >= st.Cue.To:
			dir = "after"
		default:
			dir = "in"
		}
	}
	f.add(sDir, dir, form)
	f.add(sSent, bin(toks[st.Span.From].Sent-toks[pick.From].Sent))
	in.speechBuf = f.buf
	return f.buf
}

// marginBin rounds a cue margin down to an even step, clamped to -10…12.
func marginBin(m float32) string {
	if math.IsInf(float64(m), 0) || math.IsNaN(float64(m)) {
		return "inf"
	}
	return strconv.Itoa(2 * int(math.Floor(float64(max(-10, min(12, m)))/2)))
}

// scoreBin rounds a ranker score to a unit step, clamped to ±8.
func scoreBin(s float32) string {
	if math.IsInf(float64(s), 0) || math.IsNaN(float64(s)) {
		return "inf"
	}
	return strconv.Itoa(int(math.Floor(float64(max(-8, min(8, s))))))
}

// Score is how surely each statement of in is speech with the ranker's
// pick as its speaker, beside the picks.
func (m *SpeechModel) Score(r *SourceModel, in *SourceInput) ([]TokenSpan, []float32) {
	picks, scs := r.chooseScored(in)
	out := make([]float32, len(picks))
	for k := range picks {
		out[k] = m.score(in, k, picks[k], scs[k])
	}
	return picks, out
}

func (m *SpeechModel) score(in *SourceInput, k int, pick TokenSpan, sc pickScore) float32 {
	var s float32
	for _, x := range m.speechFeatures(in, k, pick, sc) {
		s += m.table.get(x)
	}
	return s
}

const speechMagic = "whosaid-speech-1\n"

// MarshalBinary writes the model: the threshold, then each feature hash
// (ascending, as the gap from the one before) and its weight, so the same
// model gives the same bytes.
func (m *SpeechModel) MarshalBinary() ([]byte, error) {
	weights := m.weights
	if weights == nil { // a loaded model keeps only its table
		weights = make(map[uint32]float32, len(m.table.keys))
		for i, k := range m.table.keys {
			weights[k] = m.table.vals[i]
		}
	}
	return tagger.MarshalSparse(speechMagic, m.Threshold, weights, weightScale), nil
}

var errBadSpeechModel = errors.New("attribution: the speech model is damaged")

// LoadSpeechModel decodes a model MarshalBinary wrote.
//
// It reads tagger.UnmarshalSparse's layout straight into sorted keys, as the
// ranker's loading does (readSourceWeights): a map read and then sorted
// into the table cost the page's loading more than the map lookups it saves.
func LoadSpeechModel(data []byte) (*SpeechModel, error) {
	if !bytes.HasPrefix(data, []byte(speechMagic)) || len(data) < len(speechMagic)+4 {
		return nil, errBadSpeechModel
	}
	data = data[len(speechMagic):]
	threshold := math.Float32frombits(binary.LittleEndian.Uint32(data))
	data = data[4:]
	n, k := binary.Uvarint(data)
	if k <= 0 || n > uint64(len(data)) {
		return nil, errBadSpeechModel
	}
	data = data[k:]
	keys, vals := make([]uint32, n), make([]float32, n)
	if used, ok := readSourceWeights(data, keys, vals); !ok || used != len(data) {
		return nil, errBadSpeechModel
	}
	return &SpeechModel{Threshold: threshold, table: newSourceWeights(keys, vals)}, nil
}

// SpeechExample is one article's statements with the picks of a ranker
// that did not learn from it, and whether each is speech with a right
// source.
type SpeechExample struct {
	Source SourceExample
	Ranker *SourceModel
}

// TrainSpeech learns the speech classifier with an averaged perceptron
// (fixed seed: the same examples give the same model): a statement is
// positive when its content matches gold and the pick, as shown, is a
// right source.
func TrainSpeech(examples []SpeechExample, epochs int, seed int64, threshold float32) *SpeechModel {
	type item struct {
		feats []uint32
		y     float64
	}
	var items []item
	m := &SpeechModel{Threshold: threshold}
	for _, ex := range examples {
		in := ex.Source.Input
		picks, scs := ex.Ranker.chooseScored(in)
		for k := range picks {
			y := -1.0
			if g := ex.Source.Gold[k]; g != nil && right(in, ShownSource(in, k, picks[k]), g) {
				y = 1
			}
			items = append(items, item{append([]uint32(nil), m.speechFeatures(in, k, picks[k], scs[k])...), y})
		}
	}
	w, tot := map[uint32]float64{}, map[uint32]float64{}
	stamp := 1.0
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			it := items[i]
			s := 0.0
			for _, x := range it.feats {
				s += w[x]
			}
			if s*it.y <= 0 {
				for _, x := range it.feats {
					w[x] += it.y
					tot[x] += it.y * stamp
				}
			}
			stamp++
		}
	}
	m.weights = map[uint32]float32{}
	for x, v := range w {
		if q := quantize(v - tot[x]/stamp); q != 0 {
			m.weights[x] = q
		}
	}
	m.table = sourceWeightsOf(m.weights)
	return m
}
