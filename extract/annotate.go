package extract

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/attribution/cues"
	"github.com/whosaid/whosaid/extract/entities"
	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/syntax"
	"github.com/whosaid/whosaid/extract/text"
)

// MaxBytes is the largest text Annotate accepts (about 300,000 words); past
// it the page would stay busy too long to be useful.
const MaxBytes = 2 << 20

// Errors Annotate returns for text it will not annotate.
var (
	ErrEmpty       = errors.New("the text is empty")
	ErrInvalidUTF8 = errors.New("the text is not valid UTF-8")
	// not fmt.Errorf: the page runs this package's init on its own thread
	// too, before its first drawing, and fmt's code is compiled on first use
	ErrTooLarge = errors.New("the text is longer than " + strconv.Itoa(MaxBytes>>20) + " MB")
	// ErrFault is a fault of the engine's own on this text (a bug): the
	// reader gets a message and keeps the text instead of a dead page.
	ErrFault = errors.New("whosaid could not read this text (a fault of its own; please report it)")
)

// Load decodes the embedded models. Annotate calls it on first use; call it
// earlier to pay the cost before the user waits.
func Load() error {
	if err := entities.Load(); err != nil {
		return err
	}
	if _, err := syntax.Load(); err != nil {
		return err
	}
	_, err := attribution.LoadCues()
	return err
}

// Options change how Annotate runs, not what it finds.
type Options struct {
	// Pause, if set, is called every few thousand tokens of work. In the
	// browser it sleeps a moment, which hands the main thread back so the
	// page answers input while a long document is annotated.
	Pause func()
	// Cues is the cue detector to use instead of the embedded one: the
	// cross-validation harness passes each fold's model.
	Cues *cues.Model
	// Sources, if set, ranks the sources instead of the embedded model
	// (cross-validation trains one per fold).
	Sources *attribution.SourceModel
	// RuleSources keeps the rules' sources (the baseline the ranker is
	// measured against).
	RuleSources bool
	// Observe, if set, sees what the source ranker reads (training).
	Observe func(*attribution.SourceInput)
	// Said tells quotations from quoted words instead of the embedded
	// model (cross-validation trains one per fold); RuleSaid keeps the
	// rules' decision; ObserveSaid sees what the model reads (training).
	Said        *quotes.Said
	RuleSaid    bool
	ObserveSaid func(start, end int, features []uint32)
}

// pauseEvery is how many tokens are tagged between two Pause calls: about
// 15 ms of work in WebAssembly, well under the 100 ms a page may stall, and
// few pauses (each costs a browser timer, 4 ms or more).
const pauseEvery = 10000

// Annotate finds the entities and quotations of text. Spans are UTF-8 byte
// offsets into text, end exclusive.
func Annotate(text string) (*Document, error) { return AnnotateWith(text, Options{}) }

// AnnotateWith is Annotate with options.
func AnnotateWith(input string, opt Options) (doc *Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("%w: %v", ErrFault, p)
		}
	}()
	switch {
	case !utf8.ValidString(input):
		return nil, ErrInvalidUTF8
	case strings.TrimSpace(input) == "":
		return nil, ErrEmpty
	case len(input) > MaxBytes:
		return nil, ErrTooLarge
	}
	// the cue detector loads when reported speech is looked for, unless
	// opt.Cues replaces it
	if err := entities.Load(); err != nil {
		return nil, err
	}
	// The stages in order, each reading what the earlier ones found:
	// text (tokens, sentences) → syntax (tags, chunks) → quotes (marks)
	// → entities (names, dates) → attribution (speakers, reported speech)
	// → referents → Document.
	td := text.Analyze(input, opt.Pause)
	grammar, err := syntax.Analyze(td, opt.Pause)
	if err != nil {
		return nil, err
	}
	marks := quotes.Scan(input)
	inQuote := quotes.Inside(td, marks)
	es, err := entities.Find(td, inQuote, opt.Pause)
	if err != nil {
		return nil, err
	}
	rest := func() {
		if opt.Pause != nil && len(td.Tokens) > pauseEvery {
			opt.Pause()
		}
	}
	rest()
	at := attribution.New(attribution.Input{Doc: td, Syntax: grammar, Marks: marks, InQuote: inQuote, Entities: es, Cues: opt.Cues,
		Said: opt.Said, RuleSaid: opt.RuleSaid, ObserveSaid: opt.ObserveSaid})
	if err := at.Quotations(); err != nil {
		return nil, err
	}
	rest()
	if err := at.Reported(); err != nil {
		return nil, err
	}
	rest()
	if names := at.SpeakerNames(); len(names) > 0 {
		es.Add(names, "PERSON")
	}
	refs := es.Link()
	rest()
	doc = &Document{Entities: es.Entities, Terms: at.Terms()}
	if doc.Terms == nil {
		doc.Terms = []Span{}
	}
	doc.Quotes, doc.Reported = at.Resolve()
	sources := opt.Sources
	if sources == nil && !opt.RuleSources {
		if sources, err = attribution.EmbeddedSourceModel(); err != nil {
			return nil, err
		}
	}
	if opt.RuleSources {
		sources = nil
	}
	doc.Reported = at.RankSources(sources, doc.Quotes, doc.Reported, opt.Observe)
	at.Release() // its buffers go to the next article's
	rest()
	doc.People = people(refs, doc.Quotes)
	doc.Sources = summarizeSources(doc.Quotes, doc.Reported, refs)
	if doc.Entities == nil {
		doc.Entities = []Entity{}
	}
	return doc, nil
}
