package main

import (
	"encoding/binary"
	"errors"
	"math"
	"time"

	"github.com/whosaid/whosaid/extract"
)

// The engine's worker hands the page its document in this compact form,
// not JSON: encoding/json reads by reflection, which in WebAssembly took
// longer on the page's thread than drawing the document, and JSON repeats
// every span's words, which the page has already (a span's Text is
// text[Start:End]). Hand-written because the page and the worker are the
// same program (no schema to evolve) and a generated codec would be a
// build step and a dependency for seven small structs; wire_test.go fails
// when a field of the document is not carried.
//
// The form: a version byte, then each field in the order of the structs;
// numbers as varints, a list as its length plus one (0 for nil), a string
// as an index into the strings read so far (0: a new string follows, its
// length and bytes), a span's text as 0 when it is the article's own words.

const wireVersion = 1

// encodeDocument writes doc, annotated from text, in the wire form.
func encodeDocument(doc *extract.Document, text string) []byte {
	w := wireWriter{text: text, strs: map[string]int{}, buf: make([]byte, 0, 64+len(text)/2)}
	w.buf = append(w.buf, wireVersion)
	w.list(len(doc.Entities), doc.Entities == nil)
	for _, e := range doc.Entities {
		w.span(e.Start, e.End, e.Text)
		w.str(e.Type)
		w.str(e.EntityID)
	}
	w.quotes(doc.Quotes)
	w.quotes(doc.Reported)
	w.list(len(doc.People), doc.People == nil)
	for _, p := range doc.People {
		w.str(p.ID)
		w.str(p.Name)
		w.str(p.Type)
		w.strs2(p.Aliases)
		w.strs2(p.Roles)
		w.int(p.Mentions)
		w.int(p.Quotes)
	}
	w.sources(doc.Sources.Quoted)
	w.sources(doc.Sources.Mentioned)
	w.int(doc.Sources.QuotedWords)
	w.int(doc.Sources.Unattributed)
	w.list(len(doc.Terms), doc.Terms == nil)
	for _, s := range doc.Terms {
		w.span(s.Start, s.End, s.Text)
	}
	return w.buf
}

type wireWriter struct {
	buf  []byte
	text string
	strs map[string]int
}

func (w *wireWriter) int(n int) { w.buf = binary.AppendVarint(w.buf, int64(n)) }

func (w *wireWriter) list(n int, isNil bool) {
	if isNil {
		w.int(0)
		return
	}
	w.int(n + 1)
}

func (w *wireWriter) str(s string) {
	if i, ok := w.strs[s]; ok {
		w.int(i + 1)
		return
	}
	w.strs[s] = len(w.strs)
	w.int(0)
	w.int(len(s))
	w.buf = append(w.buf, s...)
}

func (w *wireWriter) strs2(list []string) {
	w.list(len(list), list == nil)
	for _, s := range list {
		w.str(s)
	}
}

func (w *wireWriter) span(start, end int, text string) {
	w.int(start)
	w.int(end - start)
	if start >= 0 && start <= end && end <= len(w.text) && w.text[start:end] == text {
		w.int(0)
		return
	}
	w.int(1)
	w.str(text)
}

func (w *wireWriter) optSpan(s *extract.Span) {
	if s == nil {
		w.int(0)
		return
	}
	w.int(1)
	w.span(s.Start, s.End, s.Text)
}

func (w *wireWriter) quotes(qs []extract.Quote) {
	w.list(len(qs), qs == nil)
	for _, q := range qs {
		w.span(q.Start, q.End, q.Text)
		w.str(q.Kind)
		w.optSpan(q.Speaker)
		w.optSpan(q.Cue)
		w.str(q.CueType)
		w.str(q.SpeakerID)
	}
}

func (w *wireWriter) sources(ss []extract.Source) {
	w.list(len(ss), ss == nil)
	for _, s := range ss {
		w.str(s.ID)
		w.str(s.Name)
		w.str(s.Kind)
		w.strs2(s.Roles)
		w.int(s.Quotes)
		w.int(s.Reported)
		w.int(s.QuotedWords)
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(s.Share))
		w.int(s.Mentions)
		w.strs2(s.Cues)
	}
}

var (
	// errUnreadable: the engine's answer is not a document.
	errUnreadable = errors.New("the engine's answer could not be read")
	// errWire: the bytes end early or say something impossible.
	errWire = errors.New("not a document in the wire form")
)

// pieceTime is how long decoding runs between two pauses: a page should
// not stall over 50 ms.
var pieceTime = 20 * time.Millisecond

// decodeDocument reads a document of text in the wire form, calling pause
// now and then when it is given (a 50,000-word document has some 30,000
// items): the page stays responsive while it reads.
func decodeDocument(data []byte, text string, pause func()) (*extract.Document, error) {
	if len(data) == 0 || data[0] != wireVersion {
		return nil, errUnreadable
	}
	r := wireReader{data: data[1:], text: text, pause: pause, last: time.Now()}
	doc := &extract.Document{}
	doc.Entities = readList(&r, func(e *extract.Entity) {
		e.Start, e.End, e.Text = r.span()
		e.Type, e.EntityID = r.str(), r.str()
	})
	doc.Quotes = r.quotes()
	doc.Reported = r.quotes()
	doc.People = readList(&r, func(p *extract.Referent) {
		p.ID, p.Name, p.Type = r.str(), r.str(), r.str()
		p.Aliases, p.Roles = r.strList(), r.strList()
		p.Mentions, p.Quotes = r.int(), r.int()
	})
	doc.Sources.Quoted = r.sources()
	doc.Sources.Mentioned = r.sources()
	doc.Sources.QuotedWords = r.int()
	doc.Sources.Unattributed = r.int()
	doc.Terms = readList(&r, func(s *extract.Span) { s.Start, s.End, s.Text = r.span() })
	if r.err != nil || len(r.data) != 0 {
		return nil, errUnreadable
	}
	return doc, nil
}

type wireReader struct {
	data  []byte
	text  string
	strs  []string
	err   error
	pause func()
	items int
	last  time.Time
}

func (r *wireReader) fail() { r.err, r.data = errWire, nil }

func (r *wireReader) int() int {
	v, n := binary.Varint(r.data)
	if n <= 0 || v != int64(int(v)) {
		r.fail()
		return 0
	}
	r.data = r.data[n:]
	return int(v)
}

// list reads a list's length; ok is false for nil (or an error). A list
// longer than the bytes left is an error: every item takes a byte at least.
func (r *wireReader) list() (n int, ok bool) {
	n = r.int() - 1
	if n < 0 || n > len(r.data) {
		if n != -1 {
			r.fail()
		}
		return 0, false
	}
	return n, true
}

// readList reads a list (nil stays nil), each item by read, pausing now
// and then; after an error it stops early (the caller checks r.err).
func readList[T any](r *wireReader, read func(*T)) []T {
	n, ok := r.list()
	if !ok {
		return nil
	}
	out := make([]T, n)
	for i := range out {
		if r.err != nil {
			return nil
		}
		read(&out[i])
		r.item()
	}
	return out
}

func (r *wireReader) str() string {
	i := r.int()
	if i > 0 {
		if i > len(r.strs) {
			r.fail()
			return ""
		}
		return r.strs[i-1]
	}
	n := r.int()
	if r.err != nil || n < 0 || n > len(r.data) {
		r.fail()
		return ""
	}
	s := string(r.data[:n])
	r.data = r.data[n:]
	r.strs = append(r.strs, s)
	return s
}

func (r *wireReader) strList() []string {
	return readList(r, func(s *string) { *s = r.str() })
}

func (r *wireReader) span() (start, end int, text string) {
	start = r.int()
	end = start + r.int()
	if r.int() != 0 {
		return start, end, r.str()
	}
	if start < 0 || start > end || end > len(r.text) {
		r.fail()
		return 0, 0, ""
	}
	return start, end, r.text[start:end]
}

func (r *wireReader) optSpan() *extract.Span {
	if r.int() == 0 {
		return nil
	}
	s := &extract.Span{}
	s.Start, s.End, s.Text = r.span()
	return s
}

func (r *wireReader) quotes() []extract.Quote {
	return readList(r, func(q *extract.Quote) {
		q.Start, q.End, q.Text = r.span()
		q.Kind = r.str()
		q.Speaker, q.Cue = r.optSpan(), r.optSpan()
		q.CueType, q.SpeakerID = r.str(), r.str()
	})
}

func (r *wireReader) sources() []extract.Source {
	return readList(r, func(s *extract.Source) {
		s.ID, s.Name, s.Kind = r.str(), r.str(), r.str()
		s.Roles = r.strList()
		s.Quotes, s.Reported, s.QuotedWords = r.int(), r.int(), r.int()
		if len(r.data) < 8 {
			r.fail()
			return
		}
		s.Share = math.Float64frombits(binary.LittleEndian.Uint64(r.data))
		r.data = r.data[8:]
		s.Mentions = r.int()
		s.Cues = r.strList()
	})
}

// item is called after each list item: every few hundred, when a piece's
// time is up, the reader pauses.
func (r *wireReader) item() {
	r.items++
	if r.pause == nil || r.items%256 != 0 || time.Since(r.last) < pieceTime {
		return
	}
	r.pause()
	r.last = time.Now()
}
