//go:build !js

package entities

import (
	"encoding/binary"
	"math"
	"math/rand"
	"sort"
)

// TrainSentence is one gold-labelled sentence: CoNLL types per word
// ("PER", "ORG", "LOC", "MISC", or "" outside), with Begin marking where an
// entity starts.
type TrainSentence struct {
	Words []string
	Types []string
	Begin []bool
}

// TrainDoc is a document's sentences, in order (the history features look
// back over the document).
type TrainDoc []TrainSentence

// TrainOptions set the trainer; the same options and data give the same
// model.
type TrainOptions struct {
	Epochs int
	Seed   int64
	// MinWeight drops features whose largest averaged weight is smaller,
	// which keeps the embedded model small.
	MinWeight float64
	// Progress, if set, is told after each epoch.
	Progress func(epoch int, accuracy float64)
}

func goldLabels(s TrainSentence) []int {
	out := make([]int, len(s.Words))
	for i, t := range s.Types {
		typ := 0
		for k, name := range nerTypes {
			if name == t {
				typ = k + 1
			}
		}
		if typ == 0 {
			continue
		}
		if s.Begin[i] || i == 0 || s.Types[i-1] != t {
			out[i] = beginOf(typ)
		} else {
			out[i] = beginOf(typ) + 1
		}
	}
	return out
}

// averagedPerceptron keeps, per feature and label, the weight, its running
// total and when it last changed (the lazy averaging trick).
type averagedPerceptron struct {
	index   map[uint32]int
	w, tot  []float64
	stamp   []int
	updates int
}

func (p *averagedPerceptron) row(h uint64, create bool) int {
	k := fingerprint(h)
	r, ok := p.index[k]
	if !ok {
		if !create {
			return -1
		}
		r = len(p.index)
		p.index[k] = r
		p.w = append(p.w, make([]float64, nLabels)...)
		p.tot = append(p.tot, make([]float64, nLabels)...)
		p.stamp = append(p.stamp, make([]int, nLabels)...)
	}
	return r
}

func (p *averagedPerceptron) scores(f []uint64, s *[nLabels]float64) {
	*s = [nLabels]float64{}
	for _, h := range f {
		r := p.row(h, false)
		if r < 0 {
			continue
		}
		for l := 0; l < nLabels; l++ {
			s[l] += p.w[r*nLabels+l]
		}
	}
}

func (p *averagedPerceptron) update(f []uint64, label int, delta float64) {
	for _, h := range f {
		r := p.row(h, true)
		i := r*nLabels + label
		p.tot[i] += float64(p.updates-p.stamp[i]) * p.w[i]
		p.stamp[i] = p.updates
		p.w[i] += delta
	}
}

// TrainNER trains the entity tagger and returns the encoded model, ready to
// embed.
func TrainNER(docs []TrainDoc, opt TrainOptions) []byte {
	p := &averagedPerceptron{index: map[uint32]int{}}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var hashes []tokenHashes
	var feats []uint64
	var gm []gazMatch
	gaz := newGazetteerBuilder(docs)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, d := range order {
			history := docHistory{}
			lookup := gaz.leaveOut(d)
			dc := docCase{}
			for _, s := range docs[d] {
				dc.addSentence(s.Words)
			}
			for _, s := range docs[d] {
				gold := goldLabels(s)
				hashes = describeSentence(s.Words, hashes)
				gm = matchGazetteer(hashes, lookup, gm)
				prev, prev2 := 0, 0
				for i := range s.Words {
					p.updates++
					feats = staticFeatures(hashes, i, feats[:0])
					feats = gazFeatures(gm[i], hashes[i], feats)
					feats = nameFeatures(hashes, i, lookup, feats)
					feats = docCaseFeature(dc, hashes[i], feats)
					feats = dynamicFeatures(hashes, i, prev, prev2, history.get(hashes[i]), feats)
					var sc [nLabels]float64
					p.scores(feats, &sc)
					guess := bestLabel(&sc, prev)
					if guess != gold[i] {
						p.update(feats, gold[i], 1)
						p.update(feats, guess, -1)
					} else {
						right++
					}
					total++
					// Decode on our own guesses, as at run time.
					history.set(hashes[i], guess)
					prev2, prev = prev, guess
				}
			}
		}
		if opt.Progress != nil {
			opt.Progress(epoch, float64(right)/float64(total))
		}
	}
	return appendGazetteer(p.encode(opt.MinWeight), gaz.full())
}

// appendGazetteer writes the gazetteer after the weights: a count, then
// phrase hashes and type bits, sorted so the file is reproducible.
func appendGazetteer(out []byte, g gazetteer) []byte {
	keys := make([]uint64, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
	for _, k := range keys {
		out = binary.LittleEndian.AppendUint64(out, k)
		out = append(out, g[k])
	}
	return out
}

// encode averages the weights, drops the negligible features and quantizes
// each feature's weights to int8 with a scale of its own (one global scale
// would round most weights to zero: a few, like the bias, are huge).
func (p *averagedPerceptron) encode(minWeight float64) []byte {
	type feature struct {
		key   uint32
		scale float64
		avg   [nLabels]float64
	}
	var kept []feature
	for k, r := range p.index {
		f := feature{key: k}
		big := 0.0
		for l := 0; l < nLabels; l++ {
			i := r*nLabels + l
			tot := p.tot[i] + float64(p.updates-p.stamp[i])*p.w[i]
			f.avg[l] = tot / float64(p.updates)
			big = math.Max(big, math.Abs(f.avg[l]))
		}
		if big < minWeight || big == 0 {
			continue
		}
		f.scale = big / 127
		kept = append(kept, f)
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].key < kept[j].key })
	out := make([]byte, 16, 16+len(kept)*(8+nLabels))
	copy(out, modelMagic)
	binary.LittleEndian.PutUint32(out[8:], nLabels)
	binary.LittleEndian.PutUint32(out[12:], uint32(len(kept)))
	for _, f := range kept {
		out = binary.LittleEndian.AppendUint32(out, f.key)
	}
	for _, f := range kept {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(f.scale)))
	}
	for _, f := range kept {
		for l := 0; l < nLabels; l++ {
			out = append(out, byte(int8(math.Round(f.avg[l]/f.scale))))
		}
	}
	return out
}
