package extract

import "github.com/whosaid/whosaid/extract/attribution"

// CueNote explains, for a reader, what a loaded attribution verb adds to a
// quotation; "" for a neutral verb (see attribution.CueNote).
func CueNote(cue string) string { return attribution.CueNote(cue) }
