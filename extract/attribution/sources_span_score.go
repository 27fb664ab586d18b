package attribution

// The features of a candidate's span alone (its words, type, grammar and
// shape), and those of its span with its direction from the cue, are the
// same for every statement the span is a candidate of (the 900-word
// benchmark article: 656 candidates of 362 spans). Listed for training,
// they are summed once a span (and direction) while a model ranks, and the
// sums kept in the span's facts.
//
// A sum in another order is the same sum: every weight is a whole number
// of weightScale steps (int16 as stored, quantize in training) and a
// candidate's few dozen features add up to far less than 2^24 steps, so
// float32 adds them exactly, in any order.

// spanScoring is what a ranking call sums the span's features with.
type spanScoring struct {
	weights *sourceWeights
	cache   *weightCache
	// call tells the spans' sums of this call from an earlier call's
	// (another model's, or the same on other statements).
	call uint32
	// sum is the span's part of the candidate's score (spanParts).
	sum float32
}

// weigh is the sum of the weights of feats.
func (r *spanScoring) weigh(feats []uint32) float32 {
	var s float32
	for _, x := range feats {
		e := r.cache.entry(x)
		if e.key != x {
			e.key, e.val = x, r.weights.get(x)
		}
		s += e.val
	}
	return s
}

// spanParts puts the features of span s alone (facts sf) and of s in
// direction dir from the cue; while a model ranks, it sums them into
// f.rank.sum instead, each sum worked out once a span (and direction).
func (f *featurizer) spanParts(in *SourceInput, s TokenSpan, sf *spanFacts, dir int) {
	r := f.rank
	if r == nil {
		f.spanAlone(in, s, sf)
		f.spanByDir(in, s, sf, dir)
		return
	}
	if sf.scored != r.call {
		sf.scored, sf.dirsScored = r.call, 0
		mark := len(f.buf)
		f.spanAlone(in, s, sf)
		sf.aloneSum = r.weigh(f.buf[mark:])
		f.buf = f.buf[:mark]
	}
	if sf.dirsScored&(1<<dir) == 0 {
		mark := len(f.buf)
		f.spanByDir(in, s, sf, dir)
		sf.dirSum[dir] = r.weigh(f.buf[mark:])
		f.buf = f.buf[:mark]
		sf.dirsScored |= 1 << dir
	}
	r.sum = sf.aloneSum + sf.dirSum[dir]
}

// spanAlone puts the features of span s that depend on it alone.
func (f *featurizer) spanAlone(in *SourceInput, s TokenSpan, sf *spanFacts) {
	toks := in.Tokens
	f.put(tBias)
	f.put(tInQuote.at(b2i(toks[s.From].InQuote)))

	// What it is.
	f.put(template{gType, sf.typed})
	f.put(template{gHead, sf.headed})

	// The words around it.
	f.put(template{gContext, sf.before})
	f.put(template{gContext, sf.after})
	f.put(template{gContext, sf.around})
	f.put(template{gContext, sf.after2})

	// Where it is in the article: a dateline opens it.
	f.put(tFirstSent.at(b2i(toks[s.From].Sent == 0)))
	f.put(tTokens.at(binIndex(s.From)))

	// Its grammar: a subject stands before a verb, a noun after a
	// preposition is seldom the one who speaks ("Fishermen waiting at the
	// pier chanted").
	if sf.grammar {
		f.put(template{gGrammar, sf.headPOS})
		f.put(template{gGrammar, sf.first})
		f.put(template{gGrammar, sf.aroundPOS})
		f.put(template{gGrammar, sf.chunk})
	}

	// Its shape.
	f.put(tShapeLen.at(binIndex(s.To - s.From)))
	f.put(tShapeCap.at(b2i(toks[s.From].Cap), int(sf.form)))
}

// spanByDir puts the features of span s with its direction dir from the
// cue.
func (f *featurizer) spanByDir(in *SourceInput, s TokenSpan, sf *spanFacts, dir int) {
	toks := in.Tokens
	f.put(sf.withDir(dirTyped, dir))
	f.put(sf.withDir(dirHeaded, dir))
	if p := s.From; p > 0 && toks[p-1].Para != toks[p].Para || p == 0 {
		f.put(tParaStart.at(dir))
	}
	if sf.grammar {
		f.put(sf.withDir(dirHeadPOS, dir))
		f.put(sf.withDir(dirNext, dir))
		f.put(sf.withDir(dirChunkBefore, dir))
	}
}
