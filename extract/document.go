package extract

import (
	"github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/entities"
)

// Document is what Annotate returns: every span is measured on the input
// text in UTF-8 byte offsets, end exclusive, so a span's Text is always
// text[Start:End].
type Document struct {
	Entities []Entity `json:"entities"`
	Quotes   []Quote  `json:"quotes"`
	// Reported is reported speech (kind "reported"): what somebody said,
	// in the writer's words, with its source and cue.
	Reported []Quote    `json:"reported"`
	People   []Referent `json:"people"`
	// Sources sums up who is quoted and who is only talked about.
	Sources Sources `json:"sources"`
	// Terms are quoted words that are not a quotation: scare quotes, terms,
	// titles, nicknames (`the so-called "reset"`, `a film titled "Arrival"`),
	// set apart so a reader still sees them.
	Terms []Span `json:"terms"`
}

// Entity is one mention of a named thing or a date (entities.Entity).
type Entity = entities.Entity

// Referent is one person or organisation the text talks about, with every
// name it goes by (entities.Referent).
type Referent = entities.Referent

// Span is a stretch of the input text (attribution.Span).
type Span = attribution.Span

// Quote is one quotation or reported clause (attribution.Quote).
type Quote = attribution.Quote

// Quote kinds.
const (
	KindDirect   = attribution.KindDirect
	KindPartial  = attribution.KindPartial
	KindReported = attribution.KindReported
)
