//go:build !js

package entities

import (
	"encoding/binary"
	"math/rand"
	"sort"

	"github.com/whosaid/whosaid/extract/entities/namelists"
	"github.com/whosaid/whosaid/extract/tagger"
	"github.com/whosaid/whosaid/extract/tagger/train"
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
	// NoClusters and NoNameLists train without those features, to measure
	// what each adds.
	NoClusters, NoNameLists bool
	// NoWordNet trains without the WordNet name lists (people, places,
	// groups, nationalities), to measure what they add.
	NoWordNet bool
	// BIO trains with Begin/Inside labels only, instead of BILOU.
	BIO bool
	// SecondPass trains the model to read an article twice, the second
	// time with what the first pass found elsewhere in it.
	SecondPass bool
	// Context gives a word the contexts of its other mentions in the
	// article (ner_context.go).
	Context bool
	// Shares gives a word the shares of types its earlier mentions were
	// given (ner_history.go).
	Shares bool
	// Runs gives a word the longest run of capitalised words it stands in
	// through the article (ner_longest.go).
	Runs bool
	// Phrase gives a capitalised word the phrase it stands in: its last
	// and first words and the words before it (ner_phrase.go).
	Phrase bool
	// WholeNames keeps, for a word inside a longer listed name, only that
	// name's list marks (namelists.WholeNames).
	WholeNames bool
	// Wide gives a word wider context (ner_wide.go).
	Wide bool
	// TitleStops makes a title start a capitalised run of its own in the
	// longest-form and phrase features.
	TitleStops bool
	// Places are place names (split into words) from outside the labelled
	// data that the gazetteer lists as places.
	Places [][]string
	// PhraseAfter gives a word inside a phrase the word after it.
	PhraseAfter bool
	// Tables gives a capitalised word how numeric its line and its
	// article are (ner_tables.go).
	Tables bool
	// PhraseAmp lets "&" join capitalised words into one phrase in the
	// phrase features ("Steptoe & Johnson").
	PhraseAmp bool
	// Jackknife, with SecondPass, gives the second pass the labels of
	// first-pass models trained without each document (this many folds),
	// as realistic as the first pass's labels on a new article; 0: the
	// labels the model being trained gave it, which it has learnt too
	// well by the later epochs.
	Jackknife int
	// Beam trains (and makes the model decode) with a beam this wide,
	// learning by early update (ner_beam.go); 0 or 1: greedy. Not with
	// Shares.
	Beam int
	// Progress, if set, is told after each epoch.
	Progress func(epoch int, accuracy float64)
}

// goldLabels gives a sentence's labels in a scheme.
func goldLabels(s TrainSentence, scheme int) []int {
	out := make([]int, len(s.Words))
	for i := 0; i < len(s.Words); {
		typ := 0
		for k, name := range nerTypes {
			if name == s.Types[i] {
				typ = k + 1
			}
		}
		if typ == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(s.Words) && s.Types[j] == s.Types[i] && !s.Begin[j] {
			j++
		}
		for k := i; k < j; k++ {
			out[k] = labelOf(typ, posInside)
		}
		out[i] = labelOf(typ, posBegin)
		if scheme == schemeBILU {
			out[j-1] = labelOf(typ, posLast)
			if j-i == 1 {
				out[i] = labelOf(typ, posUnit)
			}
		}
		i = j
	}
	return out
}

// TrainNER trains the entity tagger and returns the encoded model, ready to
// embed.
func TrainNER(docs []TrainDoc, opt TrainOptions) []byte {
	p := train.New(nLabels)
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var hashes []tokenHashes
	var feats []uint64
	var gm []gazMatch
	gaz := newGazetteerBuilder(docs)
	gaz.addPlaces(opt.Places)
	src := defaultLexSources()
	if opt.NoClusters {
		src.clusters = nil
	}
	if opt.NoNameLists {
		src.namelists = nil
	}
	if opt.NoWordNet {
		src.dropLists = namelists.WordNetLists
	}
	src.wholeNames = opt.WholeNames
	var lex lexSentence
	scheme := schemeBILU
	if opt.BIO {
		scheme = schemeBIO
	}
	trans := transitions(scheme)
	scratch := make([]float64, nLabels)
	var seq *train.BeamSequencer
	if opt.Beam > 1 {
		if opt.Shares {
			panic("entities: a beam does not read the shares of types (TrainOptions.Shares)")
		}
		seq = train.NewBeamSequencer(p, trans, opt.Beam)
		seq.GoOn = true // the history reads what the beam chose
	}
	var same []int32
	var heldOut [][][]int // document → its jackknifed first-pass labels
	if opt.SecondPass && opt.Jackknife > 1 {
		heldOut = jackknife(docs, opt)
	}
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, d := range order {
			lookup := gaz.leaveOut(d)
			dc := newDocCase()
			var ctx docContexts
			if opt.Context {
				ctx = docContexts{}
			}
			var runs *docRuns
			if opt.Runs {
				runs = newDocRuns(opt.TitleStops)
			}
			var tables docTables
			if opt.Tables {
				tables = docTablesOf(docs[d])
			}
			for _, s := range docs[d] {
				dc.addSentence(s.Words)
				hashes = describeSentence(s.Words, hashes)
				if ctx != nil {
					ctx.addSentence(hashes)
				}
				if runs != nil {
					runs.addSentence(hashes)
				}
			}
			// One pass over the document, learning from each word; agg and
			// firstPass are the second pass's view of the first.
			pass := func(agg *docAggregate, firstPass [][]int) [][]int {
				history := docHistory{}
				var counts labelCounts
				if opt.Shares {
					counts = labelCounts{}
				}
				out := make([][]int, len(docs[d]))
				for k, s := range docs[d] {
					gold := goldLabels(s, scheme)
					hashes = describeSentence(s.Words, hashes)
					gm = matchGazetteer(hashes, lookup, gm)
					lex.describe(src, s.Words, hashes)
					line := lineKind(s.Words)
					if seq != nil {
						same = sameBefore(hashes, same)
						static := func(i int, f []uint64) []uint64 {
							return trainStatic(hashes, i, gm, lookup, dc, ctx, runs, &lex, line, tables, agg, firstPass, k, opt, f)
						}
						bf := tagger.BeamFeatures{Static: static, Labelled: func(i int, labels []int, f []uint64) []uint64 {
							return labelledFeatures(hashes, same, i, labels, history, f)
						}}
						right += seq.Learn(gold, bf)
						total += len(gold)
						guess := seq.Labels()
						for i, l := range guess {
							history.set(hashes[i], l)
						}
						out[k] = append(out[k], guess...)
						continue
					}
					prev, prev2 := 0, 0
					for i := range s.Words {
						feats = trainStatic(hashes, i, gm, lookup, dc, ctx, runs, &lex, line, tables, agg, firstPass, k, opt, feats[:0])
						feats = counts.features(hashes[i], feats)
						feats = dynamicFeatures(hashes, i, prev, prev2, history.get(&hashes[i]), feats)
						// Learn decodes on its own guesses, as at run time.
						guess := p.Learn(feats, gold[i], prev, trans, scratch)
						if guess == gold[i] {
							right++
						}
						total++
						history.set(hashes[i], guess)
						counts.add(hashes[i], guess)
						prev2, prev = prev, guess
						out[k] = append(out[k], guess)
					}
				}
				return out
			}
			first := pass(nil, nil)
			if heldOut != nil {
				first = heldOut[d]
			}
			if opt.SecondPass {
				agg := newDocAggregate()
				for k, s := range docs[d] {
					hashes = describeSentence(s.Words, hashes)
					agg.addSentence(hashes, first[k])
				}
				pass(agg, first)
			}
		}
		if opt.Progress != nil {
			opt.Progress(epoch, float64(right)/float64(total))
		}
	}
	var flags uint16
	if scheme == schemeBILU {
		flags |= flagBILOU
	}
	if opt.SecondPass {
		flags |= flagSecondPass
	}
	if opt.Context {
		flags |= flagContext
	}
	if opt.Shares {
		flags |= flagShares
	}
	if opt.Runs {
		flags |= flagRuns
	}
	if opt.Phrase {
		flags |= flagPhrase
	}
	if opt.Wide {
		flags |= flagWide
	}
	if opt.TitleStops {
		flags |= flagTitleStops
	}
	if opt.PhraseAfter {
		flags |= flagPhraseAfter
	}
	if opt.Tables {
		flags |= flagTables
	}
	if opt.PhraseAmp {
		flags |= flagPhraseAmp
	}
	if opt.WholeNames {
		flags |= flagWholeNames
	}
	if opt.NoClusters {
		flags |= flagNoClusters
	}
	if opt.NoNameLists {
		flags |= flagNoNameLists
	}
	if opt.NoWordNet {
		flags |= flagNoWordNet
	}
	if opt.Beam > 1 {
		out := append(p.Encode(opt.MinWeight), sectionMagic5...)
		out = append(binary.LittleEndian.AppendUint16(out, flags), byte(min(opt.Beam, 255)))
		return appendGazetteer(out, gaz.full())
	}
	out := append(p.Encode(opt.MinWeight), sectionMagic...)
	return appendGazetteer(binary.LittleEndian.AppendUint16(out, flags), gaz.full())
}

// jackknife labels every document with a first-pass model trained on the
// folds it is not in (folds by document order, as the cross-validation's).
func jackknife(docs []TrainDoc, opt TrainOptions) [][][]int {
	out := make([][][]int, len(docs))
	inner := opt
	inner.SecondPass, inner.Jackknife, inner.Progress = false, 0, nil
	for k := 0; k < opt.Jackknife; k++ {
		var tr []TrainDoc
		for i, d := range docs {
			if i%opt.Jackknife != k {
				tr = append(tr, d)
			}
		}
		m, err := loadNERModel(TrainNER(tr, inner))
		if err != nil {
			panic(err) // a model just encoded always loads
		}
		for i, d := range docs {
			if i%opt.Jackknife != k {
				continue
			}
			words := make([][]string, len(d))
			for j, s := range d {
				words[j] = s.Words
			}
			out[i] = newTagger(m).tagDocument(words, nil)
		}
	}
	return out
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

// trainStatic is the features of word i of a training sentence that read
// no label: nerTagger.staticAt's, from the trainer's state.
func trainStatic(hs []tokenHashes, i int, gm []gazMatch, lookup func(uint64) uint8, dc docCase, ctx docContexts, runs *docRuns, lex *lexSentence, line uint8, tables docTables, agg *docAggregate, firstPass [][]int, k int, opt TrainOptions, f []uint64) []uint64 {
	f = staticFeatures(hs, i, f)
	f = gazFeatures(gm[i], hs[i], f)
	f = nameFeatures(hs, i, lookup, f)
	f = docCaseFeature(dc, &hs[i], f)
	f = ctx.features(hs, i, f)
	f = runs.features(hs, i, f)
	f = lex.features(hs, i, f)
	if opt.Phrase {
		f = phraseFeatures(hs, lex, i, phraseOptions{opt.TitleStops, opt.PhraseAfter, opt.PhraseAmp}, f)
	}
	if opt.Wide {
		f = wideFeatures(hs, lex, i, f)
	}
	if opt.Tables {
		f = tableFeatures(hs, lex, gm[i], line, tables, i, f)
	}
	if agg != nil {
		f = agg.features(hs, i, firstPass[k][i], f)
	}
	return f
}

// docTablesOf is tablesOf for a training document.
func docTablesOf(d TrainDoc) docTables {
	words := make([][]string, len(d))
	for k, s := range d {
		words[k] = s.Words
	}
	return tablesOf(words)
}
