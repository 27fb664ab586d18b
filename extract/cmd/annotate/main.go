// Command annotate runs the whosaid engine over articles: the same engine
// the browser app runs, so batch results and the page agree.
//
//	annotate < article.txt            one article in, one JSON document out
//	annotate -jsonl < articles.jsonl  one {"text": ...} line in, one result line out
//
// Exit status: 0 when every article was annotated; 1 when an article (or,
// with -jsonl, at least one line) could not be, with the reason on stderr
// and, with -jsonl, an {"error": ...} line in its place; 2 for bad usage.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/whosaid/whosaid/extract"
)

func main() {
	jsonl := flag.Bool("jsonl", false, `read one {"text": ...} JSON object per line and write one result per line`)
	flag.BoolVar(&reportedAsQuotes, "reported-as-quotes", false, `list reported speech in "quotes" too (kind "reported"), for scorers that read only "quotes"`)
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: annotate [-jsonl] < input")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	var err error
	if *jsonl {
		err = streamLines(os.Stdin, out, os.Stderr)
	} else {
		err = annotateOne(os.Stdin, out)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(1)
	}
}

// reportedAsQuotes merges Document.Reported into Document.Quotes.
var reportedAsQuotes bool

func annotate(text string) (*extract.Document, error) {
	doc, err := extract.Annotate(text)
	if err != nil || !reportedAsQuotes {
		return doc, err
	}
	doc.Quotes = append(doc.Quotes, doc.Reported...)
	sort.SliceStable(doc.Quotes, func(i, j int) bool { return doc.Quotes[i].Start < doc.Quotes[j].Start })
	doc.Reported = []extract.Quote{}
	return doc, nil
}

func annotateOne(in io.Reader, out io.Writer) error {
	text, err := io.ReadAll(io.LimitReader(in, extract.MaxBytes+1))
	if err != nil {
		return err
	}
	doc, err := annotate(string(text))
	if err != nil {
		return err
	}
	return json.NewEncoder(out).Encode(doc)
}

// request is one line of -jsonl input; ID, when given, is echoed back.
type request struct {
	ID   json.RawMessage `json:"id,omitempty"`
	Text *string         `json:"text"`
}

type result struct {
	ID json.RawMessage `json:"id,omitempty"`
	*extract.Document
	Error string `json:"error,omitempty"`
}

var errSomeLines = errors.New("some lines could not be annotated (see the error lines above)")

// streamLines annotates line by line, holding one line at a time.
func streamLines(in io.Reader, out io.Writer, log io.Writer) error {
	r := bufio.NewReaderSize(in, 1<<16)
	enc := json.NewEncoder(out)
	failed := false
	for n := 1; ; n++ {
		line, tooLong, err := readLine(r, maxLine)
		if tooLong {
			failed = true
			msg := fmt.Sprintf("line longer than %d MB: the text may be at most %d MB", maxLine>>20, extract.MaxBytes>>20)
			fmt.Fprintf(log, "annotate: line %d: %s\n", n, msg)
			if werr := enc.Encode(result{Error: msg}); werr != nil {
				return werr
			}
		} else if len(line) > 0 && !isBlank(line) {
			res := annotateLine(line)
			if res.Error != "" {
				failed = true
				fmt.Fprintf(log, "annotate: line %d: %s\n", n, res.Error)
			}
			if werr := enc.Encode(res); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	if failed {
		return errSomeLines
	}
	return nil
}

// maxLine is the longest -jsonl line read: a text of MaxBytes with every
// character escaped, and room for the other fields.
const maxLine = 4*extract.MaxBytes + 1<<16

// readLine reads one line of at most max bytes. A longer one is read to its
// end and dropped, so memory stays bounded whatever the input.
func readLine(r *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, tooLong, err
		}
	}
}

func annotateLine(line []byte) result {
	var req request
	if err := json.Unmarshal(line, &req); err != nil {
		return result{Error: "not a JSON object: " + err.Error()}
	}
	if req.Text == nil {
		return result{ID: req.ID, Error: `no "text" field`}
	}
	doc, err := annotate(*req.Text)
	if err != nil {
		return result{ID: req.ID, Error: err.Error()}
	}
	return result{ID: req.ID, Document: doc}
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}
