//go:build !js

package entities

import (
	"errors"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/tagger"
	"github.com/whosaid/whosaid/extract/text"
)

// HarvestNames extends a trained model's gazetteer with the names the model
// itself finds, again and again and always with the same type, in
// unlabelled news (self-training). CoNLL-2003 is Reuters news from 1996: it
// has no "Putin"; recent news has "Vladimir Putin", whose given name the
// model knows, and from it learns the surname. Only names seen at least
// minCount times, in at least two texts, with one type for nine in ten of
// their mentions, are kept. It returns the new model and how many entries
// it added.
func HarvestNames(model []byte, texts []string, minCount int) ([]byte, int, error) {
	m, err := loadNERModel(model)
	if err != nil {
		return nil, 0, err
	}
	type tally struct {
		types [4]int
		docs  map[int]bool
	}
	seen := map[uint64]*tally{}
	nameKeys := map[uint64]bool{}
	count := func(key uint64, typ, doc int) {
		t := seen[key]
		if t == nil {
			t = &tally{docs: map[int]bool{}}
			seen[key] = t
		}
		t.types[typ-1]++
		t.docs[doc] = true
	}
	// How often each word is written in lower case and capitalised inside
	// a sentence: words more often in lower case ("the", "state") make no
	// name, whatever the tagger made of them capitalised, and neither does
	// one letter ("I", which the tagger once called an organisation at the
	// start of quotations, and the gazetteer then kept).
	common := commonWords(texts)
	for d, article := range texts {
		toks := text.Tokenize(article)
		tg := newTagger(m)
		sents := text.Sentences(toks)
		words := make([][]string, len(sents))
		for k, s := range sents {
			for i := s.From; i < s.To; i++ {
				words[k] = append(words[k], toks[i].Text)
			}
		}
		labels := tg.tagDocument(words, nil)
		for k, w := range words {
			for _, c := range sortedChunks(labels[k]) {
				if c.to-c.from > maxGazWords {
					continue
				}
				h := uint64(0)
				plain := true // every word of it a common word
				for k := c.from; k < c.to; k++ {
					h = phraseHash(h, hashLower(w[k]))
					plain = plain && common[hashLower(w[k])]
				}
				if plain {
					continue
				}
				count(h, c.typ, d)
				// A name's first and last words are tallied in every
				// type's names, so that a word that also opens or closes
				// places ("New" of "New York", "Hampshire") is no given
				// name or surname however often the tagger once read it
				// in a person.
				if c.to-c.from >= 2 {
					count(givenNameKey(hashLower(w[c.from])), c.typ, d)
					count(surnameKey(hashLower(w[c.to-1])), c.typ, d)
					nameKeys[givenNameKey(hashLower(w[c.from]))] = true
					nameKeys[surnameKey(hashLower(w[c.to-1]))] = true
				}
			}
		}
	}
	added := 0
	gaz := m.gaz.toMap()
	for key, t := range seen {
		total, best := 0, 0
		for typ, n := range t.types {
			total += n
			if n > t.types[best] {
				best = typ
			}
		}
		if total < minCount || len(t.docs) < 2 || t.types[best]*10 < total*9 {
			continue
		}
		if nameKeys[key] && best != 0 {
			continue // a given name or surname key means a person's
		}
		// Names the labelled data knows keep what it says of them.
		if gaz[key] == 0 {
			gaz[key] = 1 << best
			added++
		}
	}
	out, err := replaceGazetteer(model, gaz)
	return out, added, err
}

// replaceGazetteer rewrites the gazetteer section of an encoded model.
func replaceGazetteer(model []byte, g gazetteer) ([]byte, error) {
	_, rest, err := tagger.Decode(model)
	if err != nil {
		return nil, err
	}
	keep := len(model) - len(rest) + len(sectionMagic) + 2 // weights, magic, flags
	if len(rest) >= len(sectionMagic5)+3 && string(rest[:len(sectionMagic5)]) == sectionMagic5 {
		keep++ // the beam's width
	} else if len(rest) < len(sectionMagic)+2 || string(rest[:len(sectionMagic)]) != sectionMagic {
		return nil, errors.New("entities: model is cut short")
	}
	out := append([]byte(nil), model[:keep]...)
	return appendGazetteer(out, g), nil
}

// commonWords lists the words (lower-case hashes) the texts write more
// often in lower case than capitalised inside a sentence, and the words of
// one letter.
func commonWords(texts []string) map[uint64]bool {
	var lower, upper = map[uint64]int{}, map[uint64]int{}
	out := map[uint64]bool{}
	for _, article := range texts {
		toks := text.Tokenize(article)
		for _, s := range text.Sentences(toks) {
			for i := s.From; i < s.To; i++ {
				w := toks[i].Text
				h := hashLower(w)
				switch {
				case utf8.RuneCountInString(w) == 1:
					out[h] = true
				case text.StartsLower(w):
					lower[h]++
				case i > s.From && text.IsCapitalized(w):
					upper[h]++
				}
			}
		}
	}
	for h, n := range lower {
		if n >= upper[h] {
			out[h] = true
		}
	}
	return out
}
