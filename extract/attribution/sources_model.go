package attribution

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/whosaid/whosaid/extract/tagger"
)

// SourceModel ranks the candidate sources of each statement: a linear
// score over the candidate's features, the highest wins.
type SourceModel struct {
	weights sourceWeights
	// off holds the feature groups switched off when it was trained; each
	// call builds its features in a featurizer of its own, so that the
	// model is safe for concurrent use.
	off map[string]bool
	// margin is how far the best candidate must outscore the rules' own
	// choice to replace it (chosen by cross-validation).
	margin float32
	// speech, if set, tells after the ranker which reported statements are
	// speech someone said; the others are left out.
	speech *SpeechModel
}

// WithSpeech is the model with the speech classifier that follows it.
func (m *SourceModel) WithSpeech(s *SpeechModel) *SourceModel {
	c := *m
	c.speech = s
	return &c
}

// WithMargin is the model with another margin over the rules' choice.
func (m *SourceModel) WithMargin(margin float32) *SourceModel {
	c := *m
	c.margin = margin
	return &c
}

// ChooseSources picks the source of each statement of in, in order (a
// choice is a feature of the next ones). An empty span means no source.
func (m *SourceModel) ChooseSources(in *SourceInput) []TokenSpan {
	out, _ := m.chooseScored(in)
	return out
}

// pickScore is how the ranker rated its pick: the pick's score and how
// far it is ahead of the next candidate (what the speech classifier
// reads).
type pickScore struct{ best, lead float32 }

// chooseScored is ChooseSources with how each pick was rated.
func (m *SourceModel) chooseScored(in *SourceInput) ([]TokenSpan, []pickScore) {
	out := make([]TokenSpan, len(in.Statements))
	scores := make([]pickScore, len(in.Statements))
	in.inner = cleared(in.spare.inner, len(in.Statements))
	f, weights := featurizer{off: groupsOf(m.off)}, takeWeightCache(&m.weights)
	defer putWeightCache(weights)
	in.rankCalls++
	// the input's scoring, not a new allocation a call; emptied at the
	// end, as its weight cache goes back to the pool
	in.scoring = spanScoring{weights: &m.weights, cache: weights, call: in.rankCalls}
	defer func() { in.scoring = spanScoring{call: in.rankCalls} }()
	f.rank = &in.scoring
	for k := range in.Statements {
		best, bestScore, second := TokenSpan{}, float32(math.Inf(-1)), float32(math.Inf(-1))
		rule, ruleScore := in.Statements[k].Rule, float32(math.Inf(-1))
		innerScore := float32(math.Inf(-1))
		for _, c := range in.reusedCandidates(k, out[:k]) {
			var s float32
			for _, x := range f.features(in, k, c, out[:k]) {
				e := weights.entry(x)
				if e.key != x {
					e.key, e.val = x, m.weights.get(x)
				}
				s += e.val
			}
			s += f.rank.sum // the span's own features (exact: spanParts)
			if s > innerScore && c.span != rule && contains(rule, c.span) && in.isName(rule, c.span) && !in.hasVerb(c.span) {
				in.inner[k], innerScore = c.span, s
			}
			if s > bestScore {
				best, bestScore, second = c.span, s, bestScore
			} else if s > second {
				second = s
			}
			if c.span == rule {
				ruleScore = s
			}
		}
		if !rule.Empty() && bestScore-ruleScore < m.margin {
			best = rule
		}
		out[k] = best
		scores[k] = pickScore{best: bestScore, lead: bestScore - second}
	}
	return out, scores
}

const sourceMagic = "whosaid-sources-3\n"

// weightScale is the step of a stored weight: weights are kept as int16
// multiples of it (training rounds them the same way, so cross-validation
// measures the model as stored).
const weightScale = 1.0 / 256

func quantize(v float64) float32 { return tagger.QuantizeSparse(v, weightScale) }

// MarshalBinary writes the model: the margin, the feature groups left
// out, then each feature hash (ascending, as the gap from the one before)
// and its weight, so the same model gives the same bytes.
func (m *SourceModel) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(sourceMagic)
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(m.margin)))
	var off []string
	for g := range m.off {
		off = append(off, g)
	}
	sort.Strings(off)
	b.Write(binary.AppendUvarint(nil, uint64(len(off))))
	for _, g := range off {
		b.Write(binary.AppendUvarint(nil, uint64(len(g))))
		b.WriteString(g)
	}
	keys := m.weights.keys // ascending
	b.Write(binary.AppendUvarint(nil, uint64(len(keys))))
	last := uint32(0)
	for i, k := range keys {
		b.Write(binary.AppendUvarint(nil, uint64(k-last)))
		last = k
		b.Write(binary.LittleEndian.AppendUint16(nil, uint16(int16(math.Round(float64(m.weights.vals[i])/weightScale)))))
	}
	return b.Bytes(), nil
}

var errBadSourceModel = errors.New("attribution: the source model is damaged")

// readSourceWeights reads len(keys) weights, each a key as the uvarint gap
// from the one before and an int16 value, and returns the bytes they took.
// A loop over the bytes rather than a reader: loading is what the page
// waits for.
func readSourceWeights(b []byte, keys []uint32, vals []float32) (int, bool) {
	at, last := 0, uint64(0)
	for i := range keys {
		d, n := binary.Uvarint(b[at:])
		if n <= 0 || last+d > math.MaxUint32 || (d == 0 && i > 0) || len(b)-at-n < 2 {
			return 0, false
		}
		at += n
		last += d
		keys[i] = uint32(last)
		vals[i] = float32(float64(int16(binary.LittleEndian.Uint16(b[at:]))) * weightScale)
		at += 2
	}
	return at, true
}

// LoadSourceModel decodes a model MarshalBinary wrote.
func LoadSourceModel(data []byte) (*SourceModel, error) {
	if !bytes.HasPrefix(data, []byte(sourceMagic)) {
		return nil, errBadSourceModel
	}
	r := bytes.NewReader(data[len(sourceMagic):])
	m := &SourceModel{off: map[string]bool{}}
	var mb [4]byte
	if _, err := io.ReadFull(r, mb[:]); err != nil {
		return nil, errBadSourceModel
	}
	m.margin = math.Float32frombits(binary.LittleEndian.Uint32(mb[:]))
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(len(featureGroups)) {
		return nil, errBadSourceModel
	}
	for ; n > 0; n-- {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > uint64(r.Len()) {
			return nil, errBadSourceModel
		}
		g := make([]byte, l)
		if _, err := io.ReadFull(r, g); err != nil {
			return nil, errBadSourceModel
		}
		m.off[string(g)] = true
	}
	n, err = binary.ReadUvarint(r)
	if err != nil || n > uint64(r.Len()) {
		return nil, errBadSourceModel
	}
	rest := data[len(data)-r.Len():]
	keys, vals := make([]uint32, n), make([]float32, n)
	used, ok := readSourceWeights(rest, keys, vals)
	if !ok {
		return nil, errBadSourceModel
	}
	if used != len(rest) {
		return nil, fmt.Errorf("%w: %d bytes left over", errBadSourceModel, len(rest)-used)
	}
	m.weights = newSourceWeights(keys, vals)
	return m, nil
}
