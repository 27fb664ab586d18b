package extract

import "github.com/whosaid/whosaid/extract/entities"

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
}

// Span is a stretch of the input text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Quote kinds.
const (
	// KindDirect is a quotation that stands as a sentence of its own.
	KindDirect = "direct"
	// KindPartial is a quoted fragment inside the writer's own sentence.
	KindPartial = "partial"
)

// Quote is one quotation, quotation marks included (or, in
// Document.Reported, one reported clause).
type Quote struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	// Speaker is the mention that names the speaker as written
	// ("Kremlin spokesman Dmitry Peskov", "he"), nil when unattributed.
	Speaker *Span `json:"speaker"`
	// Cue is the attribution verb ("said", "claimed"), nil when none.
	Cue *Span `json:"cue"`
	// CueType is "loaded" for a verb that frames the quotation
	// ("claimed", "admitted"), "neutral" for one that only reports it
	// ("said"), "" without a cue.
	CueType string `json:"cue_type"`
	// SpeakerID is the Referent the speaker resolves to, "" when unknown.
	SpeakerID string `json:"speaker_id"`
}

// Entity is one mention of a named thing or a date (entities.Entity).
type Entity = entities.Entity

// Referent is one person or organisation the text talks about, with every
// name it goes by (entities.Referent).
type Referent = entities.Referent
