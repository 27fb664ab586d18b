// Package attribution finds who said what: for each quotation its cue and
// speaker (attribute.go, subjects.go, possessor.go, anonymous.go), reported
// speech (reported*.go), and the referent each speaker phrase names
// (resolve.go). Every rule that chooses a speaker is in this package.
package attribution

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
