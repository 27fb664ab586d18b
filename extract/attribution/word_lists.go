package attribution

import "github.com/whosaid/whosaid/extract/lexicon"

// The rules ask of a word whether it is on one of their lists (a
// determiner, a title, a word a phrase stops at …) again and again as
// they scan for speakers; each question was a map's lookup of the string,
// which in WebAssembly hashes it the slow way. Which lists a word is on is
// worked out once a word, in the analysis's memo of its words
// (token_memo.go), and asked through the token's number after that.

// wordList is a list a word may be on, a bit of wordFacts.lists.
type wordList uint16

const (
	onDeterminers wordList = 1 << iota
	onSourceNouns
	onTitleWords
	onSkipBeforeCue
	onNPStop
	onOpeners
	onQuantityPronouns
	onSpeakerPronouns
	onSpeechNouns
	onNounMarkers
)

// listsOf is the lists word w is on.
func listsOf(w string) wordList {
	var l wordList
	for _, x := range [...]struct {
		set map[string]bool
		bit wordList
	}{
		{determiners, onDeterminers}, {sourceNouns, onSourceNouns}, {lexicon.TitleWords, onTitleWords},
		{skipBeforeCue, onSkipBeforeCue}, {npStop, onNPStop}, {openers, onOpeners},
		{quantityPronouns, onQuantityPronouns}, {speechNouns, onSpeechNouns}, {nounMarkers, onNounMarkers},
	} {
		if x.set[w] {
			l |= x.bit
		}
	}
	if _, ok := speakerPronouns[w]; ok {
		l |= onSpeakerPronouns
	}
	return l
}

// on tells whether token i's word is on any of the lists l.
func (a *analysis) on(i int, l wordList) bool {
	if f := a.seenFacts(i); f != nil && f.done&factLists != 0 {
		return f.lists&l != 0
	}
	return a.onLists(i, l)
}

// onLists is on for a word whose lists are not worked out yet.
func (a *analysis) onLists(i int, l wordList) bool {
	f := a.factsAt(i)
	if f.done&factLists == 0 {
		f.lists, f.done = listsOf(f.word), f.done|factLists
	}
	return f.lists&l != 0
}
