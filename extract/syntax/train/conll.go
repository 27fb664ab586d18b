// Package train trains the part-of-speech tagger and the chunker of package
// syntax on CoNLL-2003 and scores them; extract/cmd/trainsyntax runs it.
// It is not part of the page's build.
package train

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one gold sentence: words, POS tags and chunk labels in BIO.
type Sentence struct {
	Words, Tags, Chunks []string
}

// Doc is one article's sentences (folds are by article).
type Doc []Sentence

// ReadCoNLL reads a CoNLL-2003 file (word POS chunk NER per line, IOB1
// chunks) into articles, with chunks converted to BIO.
func ReadCoNLL(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := readCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func readCoNLL(r io.Reader) ([]Doc, error) {
	var docs []Doc
	var doc Doc
	var s Sentence
	flush := func() {
		if len(s.Words) > 0 {
			s.Chunks = iob1ToBIO(s.Chunks)
			doc = append(doc, s)
		}
		s = Sentence{}
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) > 0 && fields[0] == "-DOCSTART-" {
			flush()
			if len(doc) > 0 {
				docs = append(docs, doc)
			}
			doc = nil
			continue
		}
		if len(fields) == 0 {
			flush()
			continue
		}
		if len(fields) < 3 {
			return nil, fmt.Errorf("line %d: want word, POS and chunk columns", line)
		}
		tag, _, _ := strings.Cut(fields[1], "|") // "NN|SYM": the first reading
		s.Words = append(s.Words, fields[0])
		s.Tags = append(s.Tags, tag)
		s.Chunks = append(s.Chunks, fields[2])
	}
	flush()
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs, sc.Err()
}

// iob1ToBIO rewrites IOB1 chunk labels (B- only between two chunks of one
// kind) as BIO (B- at every chunk's start).
func iob1ToBIO(labels []string) []string {
	out := make([]string, len(labels))
	prev := "O"
	for i, l := range labels {
		if l == "O" || len(l) < 3 {
			out[i] = "O"
			prev = "O"
			continue
		}
		kind := l[2:]
		if l[0] == 'B' || prev == "O" || prev[2:] != kind {
			out[i] = "B-" + kind
		} else {
			out[i] = "I-" + kind
		}
		prev = l
	}
	return out
}
