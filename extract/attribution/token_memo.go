package attribution

import (
	"slices"

	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/lexicon"
)

// The rules ask the same questions of a token's word many times (every
// scan for a cue asks isCue of each word it passes), and the answers
// are lookups in string-keyed tables; what depends on the words alone is
// worked out once a word and kept here.
type tokenMemo struct {
	particle []int8 // particleKind(i)+1, 0 not yet known
	// word[i] is token i's word's place in words, plus one (0: not yet
	// looked up). An article repeats its words: a word's facts are
	// worked out once, found again through one lookup of its text, and
	// after that through the token's number alone.
	word  []int32
	words []wordFacts
	// ids finds a word's place in words, plus one, by a hash of its
	// bytes (open addressing, 0 empty): a Go map hashes a string with a
	// 128-bit multiply that WebAssembly does not have, and every token's
	// word is looked up once.
	ids    []int32
	idMask uint32
	// The words before kept come from earlier articles (Release keeps
	// them, scratch.go), their strings copied out of those articles;
	// knownFor is the cue detector whose Knows their known bits are.
	kept     int
	knownFor *cues.Model
	// The cue stems of words that are no token's own ("claims" without
	// its "s"), by word.
	cueStems map[string]string
}

// wordFacts is what the rules and the cue detector ask of a word alone,
// each part worked out on the first question.
type wordFacts struct {
	word                string   // the word (lower case)
	cueStem, stanceStem string   // lexicon.CueStem, stanceStem
	known               bool     // the cue detector scores the word
	roles               uint8    // wordRoles
	lists               wordList // the rules' word lists it is on (word_lists.go)
	done                uint8    // the parts worked out: fact* bits
}

// The parts of wordFacts, bits of done.
const (
	factCueStem = 1 << iota
	factStance
	factKnown
	factRoles
	factLists
)

// factsAt is token i's word's facts. The pointer is good until the next
// call, which may move them.
func (a *analysis) factsAt(i int) *wordFacts {
	if f := a.seenFacts(i); f != nil {
		return f
	}
	return a.lookUpFacts(i)
}

// seenFacts is token i's word's facts if the token's word was looked up
// already, else nil: the question most asked, small enough to be inlined
// (a call was as long as the answer).
func (a *analysis) seenFacts(i int) *wordFacts {
	if m := &a.memo; i < len(m.word) {
		if id := m.word[i]; id != 0 {
			return &m.words[id-1]
		}
	}
	return nil
}

// lookUpFacts is factsAt for a token whose word is not looked up yet.
func (a *analysis) lookUpFacts(i int) *wordFacts {
	m := &a.memo
	if m.word == nil {
		m.start(a)
	}
	if id := m.word[i]; id != 0 {
		return &m.words[id-1]
	}
	w := a.lower(i)
	s := hashString(fnvOffset, w) & m.idMask // FNV-1a, as the ranker's feature names
	for {
		id := m.ids[s]
		if id == 0 {
			if 2*(len(m.words)+1) > len(m.ids) {
				m.grow() // the table stays at most half full
				s = hashString(fnvOffset, w) & m.idMask
				continue
			}
			m.words = append(m.words, wordFacts{word: w})
			id = int32(len(m.words))
			m.ids[s] = id
		} else if m.words[id-1].word != w {
			s = (s + 1) & m.idMask
			continue
		}
		m.word[i] = id
		return &m.words[id-1]
	}
}

// maxMemoWords bounds the words an analysis's memo keeps for the next
// article (Release): more than an article's, few enough to hold (about
// 60 bytes a word).
const maxMemoWords = 1 << 13

// start makes the memo for a's tokens, with the words a former analysis
// kept (its scratch) unless they are too many.
func (m *tokenMemo) start(a *analysis) {
	s := a.spare()
	m.word = cleared(s.word, len(a.toks))
	if len(s.words) > 0 && len(s.words) <= maxMemoWords {
		m.words, m.ids, m.idMask, m.kept, m.knownFor = s.words, s.ids, s.idMask, len(s.words), s.knownFor
		return
	}
	clear(s.words) // their strings may go
	// about half an article's tokens are words it has not used before
	m.words = slices.Grow(s.words[:0], len(a.toks)/2)
	size := 16
	for size < 2*len(a.toks) {
		size <<= 1
	}
	m.ids, m.idMask = cleared(s.ids, size), uint32(size-1)
}

// grow doubles the table of ids and places the words again.
func (m *tokenMemo) grow() {
	size := 2 * len(m.ids)
	m.ids, m.idMask = make([]int32, size), uint32(size-1)
	for k := range m.words {
		s := hashString(fnvOffset, m.words[k].word) & m.idMask
		for m.ids[s] != 0 {
			s = (s + 1) & m.idMask
		}
		m.ids[s] = int32(k + 1)
	}
}

// particleKind tells what the word at i and the next make, 0 for
// nothing: particleOf, remembered.
func (a *analysis) particleKind(i int) particleKind {
	if a.memo.particle == nil {
		a.memo.particle = cleared(a.spare().particle, len(a.toks))
	}
	if p := a.memo.particle[i]; p != 0 {
		return particleKind(p - 1)
	}
	p := a.particleOf(i)
	a.memo.particle[i] = int8(p) + 1
	return p
}

// cueStemAt is lexicon.CueStem of token i's word, remembered.
func (a *analysis) cueStemAt(i int) string {
	if f := a.seenFacts(i); f != nil && f.done&factCueStem != 0 {
		return f.cueStem
	}
	f := a.factsAt(i)
	if f.done&factCueStem == 0 {
		f.cueStem, f.done = lexicon.CueStem(a.lower(i)), f.done|factCueStem
	}
	return f.cueStem
}

// stanceStemAt is stanceStem of token i's word, remembered.
func (a *analysis) stanceStemAt(i int) string {
	f := a.factsAt(i)
	if f.done&factStance == 0 {
		f.stanceStem, f.done = stanceStem(a.lower(i)), f.done|factStance
	}
	return f.stanceStem
}

// knownAt tells whether the cue detector m scores token i's word
// (m.Knows), remembered: an analysis asks of one detector only.
func (a *analysis) knownAt(m *cues.Model, i int) bool {
	f := a.factsAt(i)
	if a.memo.knownFor != m {
		a.memo.forgetKnown(m) // clears bits only: f stays good
	}
	if f.done&factKnown == 0 {
		f.known, f.done = m.Knows(a.lower(i)), f.done|factKnown
	}
	return f.known
}

// rolesAt is wordRoles of token i's word, remembered.
func (a *analysis) rolesAt(i int) uint8 {
	if f := a.seenFacts(i); f != nil && f.done&factRoles != 0 {
		return f.roles
	}
	f := a.factsAt(i)
	if f.done&factRoles == 0 {
		f.roles, f.done = wordRoles[a.lower(i)], f.done|factRoles
	}
	return f.roles
}

// forgetKnown clears the words' known bits, which were another cue
// detector's (or none's), for m's.
func (m *tokenMemo) forgetKnown(c *cues.Model) {
	for k := range m.words {
		m.words[k].done &^= factKnown
	}
	m.knownFor = c
}

// cueStemOf is lexicon.CueStem(w), remembered.
func (a *analysis) cueStemOf(w string) string {
	return remembered(&a.memo.cueStems, w, lexicon.CueStem)
}

// remembered is f(w), kept in *m.
func remembered(m *map[string]string, w string, f func(string) string) string {
	s, ok := (*m)[w]
	if !ok {
		if *m == nil {
			*m = map[string]string{}
		}
		s = f(w)
		(*m)[w] = s
	}
	return s
}
