package entities

import (
	"encoding/binary"
	"errors"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/extract/entities/namelists"
	"github.com/whosaid/whosaid/extract/tagger"
)

// The named-entity tagger is an averaged perceptron over hashed features
// (the engine's shared one, package tagger), decoded left to right with
// BILOU labels, keeping the best few label sequences of a sentence (a beam,
// ner_beam.go; a model trained greedily decodes greedily). It is ours rather than
// prose's: prose's trained model scores about 0.48 F1 on CoNLL-2003, needs
// a second to decode its string-keyed maps in WASM, and cannot be fed our
// offset-keeping tokens. This one is trained by cmd/trainner on CoNLL-2003.

// nerTypes are the CoNLL classes, in label order.
var nerTypes = []string{"PER", "ORG", "LOC", "MISC"}

// Labels are BILOU: O, then per type Begin, Inside, Last and Unit (a
// one-word name). A model trained with BIO uses only B and I.
const (
	nLabels    = 1 + 4*4
	posBegin   = 0
	posInside  = 1
	posLast    = 2
	posUnit    = 3
	schemeBIO  = 0
	schemeBILU = 1
)

// labelType returns the type index (1-based) of a label, 0 for O.
func labelType(l int) int { return (l + 3) / 4 }

func labelPos(l int) int { return (l - 1) % 4 }

func labelOf(typ, pos int) int { return (typ-1)*4 + 1 + pos }

func isInside(l int) bool { return l > 0 && (labelPos(l) == posInside || labelPos(l) == posLast) }

// isOpen says whether an entity goes on after l.
func isOpen(l int) bool { return l > 0 && (labelPos(l) == posBegin || labelPos(l) == posInside) }

// nerModel is the shared perceptron (package tagger) with what the entity
// tagger keeps beside it: the label scheme, whether it reads an article
// twice, and the gazetteer of names seen in training.
type nerModel struct {
	m     *tagger.Model
	trans *tagger.Transitions
	gaz   gazTable
	// scheme: BIO or BILOU labels.
	scheme int
	// secondPass: the model reads an article twice (ner_docpass.go).
	secondPass bool
	// lex: the outside sources the model was trained with.
	lex lexSources
	// context: the model reads other mentions' contexts (ner_context.go).
	context bool
	// shares: the model reads the types of earlier mentions (ner_history.go).
	shares bool
	// runs: the model reads each word's longest form (ner_longest.go).
	runs bool
	// phrase: the model reads the capitalised phrase a word stands in
	// (ner_phrase.go).
	phrase bool
	// wide: the model reads wider context (ner_wide.go).
	wide bool
	// titleStops: a title starts a capitalised run of its own in the
	// longest-form and phrase features.
	titleStops bool
	// phraseAfter: the phrase features read the word after the phrase.
	phraseAfter bool
	// tables: the model reads how numeric a word's line and article are
	// (ner_tables.go).
	tables bool
	// phraseAmp: "&" joins capitalised words into one phrase.
	phraseAmp bool
	// beam is the width of the beam the model was trained with and
	// decodes with (1: greedy; ner_beam.go).
	beam int
	// outside are the words left outside names unscored (outside.go);
	// nil: every word is scored.
	outside outsideWords
}

// The section after the tagger's weights: a magic, a flags byte, then the
// gazetteer (a count, then phrase hashes and type bits).
const (
	sectionMagic = "WSNER4"
	// sectionMagic5 adds a byte after the flags: the beam's width, for a
	// model trained with a beam wider than 1.
	sectionMagic5 = "WSNER5"
	// sectionMagic3 is the earlier form, with one flags byte.
	sectionMagic3  = "WSNER3"
	flagBILOU      = 1
	flagSecondPass = 2
	// A model trained without the clusters or the name lists must be run
	// without them too: "no cluster" is itself a feature.
	flagNoClusters  = 4
	flagNoNameLists = 8
	// flagContext: the model reads the contexts of a word's other
	// mentions (ner_context.go).
	flagContext = 16
	// flagShares: the model reads the shares of types a word's earlier
	// mentions were given (ner_history.go).
	flagShares = 32
	// flagRuns: the model reads the longest run of capitalised words a
	// word stands in (ner_longest.go).
	flagRuns = 64
	// flagPhrase: the model reads the capitalised phrase a word stands in
	// (ner_phrase.go).
	flagPhrase = 128
	// flagWholeNames: a word inside a longer listed name keeps only that
	// name's list marks ("Hampshire" of "New Hampshire" is no family
	// name; namelists.WholeNames).
	flagWholeNames = 256
	// flagWide: the model reads wider context (ner_wide.go).
	flagWide = 512
	// flagTitleStops: a title starts a capitalised run of its own.
	flagTitleStops = 1024
	// flagPhraseAfter: the phrase features read the word after the phrase.
	flagPhraseAfter = 2048
	// flagTables: the model reads how numeric a word's line and article
	// are (ner_tables.go).
	flagTables = 4096
	// flagPhraseAmp: "&" joins capitalised words into one phrase in the
	// phrase features.
	flagPhraseAmp = 8192
	// flagNoWordNet: the model goes without the WordNet name lists.
	flagNoWordNet = 16384
)

// transitions are the label constraints of a scheme.
func transitions(scheme int) *tagger.Transitions {
	return tagger.NewTransitions(nLabels, func(prev, l int) bool { return allowed(l, prev, scheme) })
}

// loadNERModel reads a model written by TrainNER.
func loadNERModel(b []byte) (*nerModel, error) {
	m, rest, err := tagger.Decode(b)
	if err != nil {
		return nil, err
	}
	if m.Labels() != nLabels || len(rest) < len(sectionMagic)+6 {
		return nil, errors.New("entities: not a whosaid entity model")
	}
	var flags uint16
	beam := 1
	switch string(rest[:len(sectionMagic)]) {
	case sectionMagic5:
		flags = binary.LittleEndian.Uint16(rest[len(sectionMagic5):])
		beam = int(rest[len(sectionMagic5)+2])
		rest = rest[len(sectionMagic5)+3:]
	case sectionMagic:
		flags = binary.LittleEndian.Uint16(rest[len(sectionMagic):])
		rest = rest[len(sectionMagic)+2:]
	case sectionMagic3:
		flags = uint16(rest[len(sectionMagic3)])
		rest = rest[len(sectionMagic3)+1:]
	default:
		return nil, errors.New("entities: not a whosaid entity model")
	}
	ng := int(binary.LittleEndian.Uint32(rest))
	if len(rest) != 4+ng*9 {
		return nil, errors.New("entities: the entity model's gazetteer has the wrong size")
	}
	gaz, ok := newGazTable(rest[4:])
	if !ok {
		return nil, errors.New("entities: the entity model's gazetteer is not sorted")
	}
	nm := &nerModel{m: m, gaz: gaz, beam: max(1, beam), scheme: schemeBIO, secondPass: flags&flagSecondPass != 0, context: flags&flagContext != 0, shares: flags&flagShares != 0, runs: flags&flagRuns != 0, phrase: flags&flagPhrase != 0, wide: flags&flagWide != 0, titleStops: flags&flagTitleStops != 0, phraseAfter: flags&flagPhraseAfter != 0, tables: flags&flagTables != 0, phraseAmp: flags&flagPhraseAmp != 0}
	nm.lex.wholeNames = flags&flagWholeNames != 0
	if flags&flagBILOU != 0 {
		nm.scheme = schemeBILU
	}
	nm.trans = transitions(nm.scheme)
	nm.lex = defaultLexSources()
	nm.lex.wholeNames = flags&flagWholeNames != 0
	if flags&flagNoClusters != 0 {
		nm.lex.clusters = nil
	}
	if flags&flagNoNameLists != 0 {
		nm.lex.namelists = nil
	}
	if flags&flagNoWordNet != 0 {
		nm.lex.dropLists = namelists.WordNetLists
	}
	return nm, nil
}

// chunk is an entity found in a label sequence: labels[from:to] of a type.
type chunk struct{ from, to, typ int }

// sortedChunks lists a sentence's entities in order. It reads BIO and
// BILOU alike: a name ends at Last or Unit, or where the next word does not
// go on with it.
func sortedChunks(labels []int) []chunk {
	var out []chunk
	start, typ := -1, 0
	for i := 0; i <= len(labels); i++ {
		l := 0
		if i < len(labels) {
			l = labels[i]
		}
		if typ != 0 && (l == 0 || !isInside(l) || labelType(l) != typ) {
			out = append(out, chunk{start, i, typ})
			typ = 0
		}
		if l != 0 && typ == 0 {
			start, typ = i, labelType(l)
		}
		if typ != 0 && l != 0 && (labelPos(l) == posLast || labelPos(l) == posUnit) {
			out = append(out, chunk{start, i + 1, typ})
			typ = 0
		}
	}
	return out
}

// allowed says whether label l may follow prev (-1 or 0 at the start)
// in a scheme: in BIO, Inside only goes on a name of its type; in BILOU, a
// name begun goes on (Inside) or ends (Last), and only then may another
// start.
func allowed(l, prev, scheme int) bool {
	if scheme == schemeBIO {
		if l == 0 {
			return true
		}
		p := labelPos(l)
		return p == posBegin || (p == posInside && prev != 0 && labelType(prev) == labelType(l))
	}
	if isOpen(prev) {
		return l != 0 && labelType(l) == labelType(prev) && isInside(l)
	}
	return l == 0 || labelPos(l) == posBegin || labelPos(l) == posUnit
}

// docHistory remembers the type each capitalized word was last given in the
// document, so a name labelled once keeps its label.
type docHistory map[uint64]int

// get is the label the word t was last given (-1: none, or not
// capitalized); t by pointer: a tokenHashes is over a hundred bytes.
func (h docHistory) get(t *tokenHashes) int {
	if !t.capitalized {
		return -1
	}
	v, ok := h[t.exact]
	if !ok {
		return -1
	}
	return v
}

func (h docHistory) set(t tokenHashes, label int) {
	if t.capitalized && !t.first {
		h[t.exact] = labelType(label)
	} else if t.capitalized {
		if _, ok := h[t.exact]; !ok || label != 0 {
			h[t.exact] = labelType(label)
		}
	}
}

// nerTagger runs the model over sentences, reusing its buffers.
type nerTagger struct {
	m      *nerModel
	dec    *tagger.Decoder
	hashes []tokenHashes
	gaz    []gazMatch
	dc     docCase
	ctx    docContexts     // nil unless the model reads them
	runs   *docRuns        // nil unless the model reads them
	pre    [][]tokenHashes // each sentence described, when runs or contexts need it first
	// preAll is the one array pre's sentences are cut from: a buffer a
	// sentence, grown word by word wherever the next article's sentence
	// was longer, was a 50,000-word document's largest allocation.
	preAll  []tokenHashes
	cur     []tokenHashes // the sentence being tagged, from pre (nil: describe it)
	feats   []uint64
	history docHistory
	counts  labelCounts // nil unless the model reads them
	lexSrc  lexSources
	lex     lexSentence
	tables  docTables     // how much of the article is table rows
	agg     *docAggregate // the second pass's view of the first
	own     []int         // the first pass's labels of this sentence
	first   [][]int       // … and of the article
	// beam decodes when the model was trained with one (ner_beam.go).
	beam *nerBeam
	// words remembers the words' hashes (describeWords), from article
	// to article until it holds maxTaggerWords; wordsGen counts the
	// times it started over (wordKey's numbers are of one start).
	words    *wordTable
	wordsGen uint32
}

// maxTaggerWords bounds the words a tagger remembers (about 120 bytes
// each, and a prefix sum in the decoder's memo): more than an article's;
// a longer text may go past it, and the next article starts over.
const maxTaggerWords = 1 << 13

func newTagger(m *nerModel) *nerTagger {
	tg := &nerTagger{m: m, dec: tagger.NewDecoder(m.m, m.trans), history: docHistory{}, feats: make([]uint64, 0, 96), lexSrc: m.lex}
	if m.beam > 1 {
		tg.beam = newNERBeam(tg)
	}
	return tg
}

// taggers keeps taggers between articles, with the buffers they grew
// (each sentence's hashes: a quarter of the bytes an article allocated).
var taggers sync.Pool

// borrowTagger is newTagger(m), or one that tagged an article before;
// giveBack returns it.
func borrowTagger(m *nerModel) *nerTagger {
	if tg, _ := taggers.Get().(*nerTagger); tg != nil && tg.m == m {
		return tg
	}
	return newTagger(m)
}

// giveBack hands the tagger to the next article: tagDocument resets what
// it knew of this one, but for the second pass's view when it stopped
// half-way (a fault).
func (tg *nerTagger) giveBack() {
	tg.agg, tg.first, tg.own, tg.cur = nil, nil, nil, nil
	taggers.Put(tg)
}

// wordFeatures is how many of the features staticFeatures starts with
// depend on the word (and its place in the sentence) alone: six, and two
// an affix. The decoder remembers their sums; only a speed setting, the
// labels are the same whatever it says.
func wordFeatures(t *tokenHashes) int {
	n := 6
	for _, h := range t.prefix {
		if h != 0 {
			n += 2
		}
	}
	return n
}

// tag labels one sentence's words, appending to labels.
func (tg *nerTagger) tag(words []string, labels []int) []int {
	hs := tg.cur // described already when the article was read for its runs
	if hs == nil {
		tg.hashes = describeWords(words, tg.hashes, tg.words)
		hs = tg.hashes
	}
	tg.gaz = matchGazetteer(hs, tg.m.lookupGaz, tg.gaz)
	tg.lex.describe(tg.lexSrc, words, hs)
	line := uint8(0)
	if tg.m.tables {
		line = lineKind(words)
	}
	if tg.beam != nil {
		return append(labels, tg.tagBeam(hs[:len(words)], line, labels[len(labels):])...)
	}
	prev, prev2 := 0, 0
	for i := range words {
		if tg.m.outside.skip(&hs[i], prev) {
			// What the scored path records of an O: the history and
			// counts keep capitalised words only, which skip never is.
			labels = append(labels, 0)
			prev2, prev = prev, 0
			continue
		}
		var l int
		if key := tg.wordKey(&hs[i]); key != (tagger.WordKey{}) && tg.dec.Recall(key) {
			f := tg.staticRest(hs, i, line, tg.feats[:0])
			f = tg.counts.features(hs[i], f)
			f = dynamicFeatures(hs, i, prev, prev2, tg.history.get(&hs[i]), f)
			tg.feats = f
			l = tg.dec.NextRecalled(f, prev)
		} else {
			f := tg.staticAt(hs, i, line, tg.feats[:0])
			f = tg.counts.features(hs[i], f)
			f = dynamicFeatures(hs, i, prev, prev2, tg.history.get(&hs[i]), f)
			tg.feats = f
			if key != (tagger.WordKey{}) {
				l = tg.dec.NextRemember(key, f, wordFeatures(&hs[i]), prev)
			} else {
				l = tg.dec.NextPrefix(f, wordFeatures(&hs[i]), prev)
			}
		}
		tg.history.set(hs[i], l)
		tg.counts.add(hs[i], l)
		labels = append(labels, l)
		prev2, prev = prev, l
	}
	return labels
}

// staticAt appends the features of word i of the sentence hs that do not
// read the labels (line: its lineKind).
func (tg *nerTagger) staticAt(hs []tokenHashes, i int, line uint8, f []uint64) []uint64 {
	return tg.staticRest(hs, i, line, wordOnlyFeatures(&hs[i], f))
}

// staticRest appends the features staticAt makes after the first
// wordFeatures, those of the word alone.
func (tg *nerTagger) staticRest(hs []tokenHashes, i int, line uint8, f []uint64) []uint64 {
	return tg.staticAfterWord(hs, i, line, false, f)
}

// staticAfterWord appends staticRest's features; with grouped, those the
// beam scores in groups (ner_groups.go: the neighbours' shapes alone and
// the word's clusters) are left out, the rest in the same order.
func (tg *nerTagger) staticAfterWord(hs []tokenHashes, i int, line uint8, grouped bool, f []uint64) []uint64 {
	f = neighbourFeatures(hs, i, !grouped, f)
	f = gazFeatures(tg.gaz[i], hs[i], f)
	f = nameFeatures(hs, i, tg.m.lookupGaz, f)
	f = docCaseFeature(tg.dc, &hs[i], f)
	f = tg.ctx.features(hs, i, f)
	f = tg.runs.features(hs, i, f)
	if grouped {
		f = tg.lex.listFeatures(hs, i, f)
	} else {
		f = tg.lex.features(hs, i, f)
	}
	if tg.m.phrase {
		f = phraseFeatures(hs, &tg.lex, i, phraseOptions{tg.m.titleStops, tg.m.phraseAfter, tg.m.phraseAmp}, f)
	}
	if tg.m.wide {
		f = wideFeatures(hs, &tg.lex, i, f)
	}
	if tg.m.tables {
		f = tableFeatures(hs, &tg.lex, tg.gaz[i], line, tg.tables, i, f)
	}
	if tg.agg != nil {
		f = tg.agg.features(hs, i, tg.own[i], f)
	}
	return f
}

// wordKey names the first wordFeatures(t) features of a word the
// tagger remembers (tagger.WordKey): its number among them, and where it
// stands; the zero key for one it does not.
func (tg *nerTagger) wordKey(t *tokenHashes) tagger.WordKey {
	if t.num == 0 {
		return tagger.WordKey{}
	}
	b := uint64(4)
	if t.first {
		b |= 1
	}
	if t.sentenceUpper {
		b |= 2
	}
	return tagger.WordKey{A: (uint64(tg.wordsGen)+1)<<32 | uint64(t.num), B: b}
}

func (m *nerModel) lookupGaz(h uint64) uint8 { return m.gaz.lookup(h) }

// tagDocument labels an article's sentences: once, and again with what the
// first pass found everywhere (when the model was trained for it). pause,
// if set, is called every few thousand words.
func (tg *nerTagger) tagDocument(sents [][]string, pause func()) [][]int {
	defer tg.dec.Release()
	if tg.beam != nil {
		defer tg.beam.b.Release()
	}
	if tg.words == nil || tg.words.len() > maxTaggerWords {
		// Kept from article to article (the next one repeats many),
		// numbered anew when full.
		if tg.words == nil {
			tg.words = new(wordTable)
		}
		tg.words.reset()
		tg.wordsGen++
		tg.lex.forget()
	}
	sents = straightSentences(sents)
	if tg.dc == nil {
		tg.dc = newDocCase()
	}
	tg.dc.reset()
	tg.ctx, tg.runs = nil, nil
	if tg.m.tables {
		tg.tables = tablesOf(sents)
	}
	if tg.m.context {
		tg.ctx = docContexts{}
	}
	if tg.m.runs {
		tg.runs = newDocRuns(tg.m.titleStops)
	}
	// Each sentence is described once, here, and tagged from that; how
	// the article writes each word is read from the descriptions.
	tg.pre = tg.pre[:0]
	words := 0
	for _, w := range sents {
		words += len(w)
	}
	if cap(tg.preAll) < words {
		tg.preAll = make([]tokenHashes, words)
	}
	all := tg.preAll[:words]
	for k, w := range sents {
		if k == cap(tg.pre) {
			tg.pre = append(tg.pre[:k], nil)
		}
		tg.pre = tg.pre[:k+1]
		tg.pre[k] = describeWords(w, all[:0:len(w)], tg.words)
		all = all[len(w):]
		tg.dc.addDescribed(tg.pre[k])
		if tg.ctx != nil {
			tg.ctx.addSentence(tg.pre[k])
		}
		if tg.runs != nil {
			tg.runs.addSentence(tg.pre[k])
		}
	}
	words = 0
	run := func() [][]int {
		tg.history = docHistory{}
		if tg.m.shares {
			tg.counts = labelCounts{}
		}
		out := make([][]int, len(sents))
		// The sentences' labels share one array, not a slice a sentence.
		total := 0
		for _, w := range sents {
			total += len(w)
		}
		rest := make([]int, total)
		for k, w := range sents {
			if words += len(w); pause != nil && words > tagPauseEvery {
				pause()
				words = 0
			}
			if tg.agg != nil {
				tg.own = tg.first[k]
			}
			tg.cur = nil
			if len(tg.pre) > 0 {
				tg.cur = tg.pre[k]
			}
			n := min(len(w), len(rest))
			out[k] = tg.tag(w, rest[:0:n])
			rest = rest[n:]
		}
		return out
	}
	first := run()
	if !tg.m.secondPass {
		return first
	}
	agg := newDocAggregate()
	for k, w := range sents {
		tg.hashes = describeWords(w, tg.hashes, tg.words)
		agg.addSentence(tg.hashes, first[k])
	}
	tg.agg, tg.first = agg, first
	second := run()
	tg.agg, tg.first = nil, nil
	return second
}

// straightSentences writes curly apostrophes straight, as in the training
// text ("O’Neill" is read as "O'Neill"); it copies only a sentence that has
// one.
func straightSentences(sents [][]string) [][]string {
	var out [][]string
	for k, w := range sents {
		for i, word := range w {
			if strings.IndexByte(word, 0xE2) < 0 || !strings.ContainsRune(word, '’') { // '’' starts with byte E2: most words have none, and IndexByte is cheaper
				continue
			}
			if out == nil {
				out = append([][]string(nil), sents...)
			}
			if &out[k][0] == &sents[k][0] {
				out[k] = append([]string(nil), w...)
			}
			out[k][i] = strings.ReplaceAll(word, "’", "'")
		}
	}
	if out == nil {
		return sents
	}
	return out
}
