package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extract/lexicon"
)

// Why a loaded verb matters, for the classroom view: each group of loaded
// verbs frames a quotation in its own way.
var cueNoteGroups = []struct {
	stems []string
	note  string
}{
	{[]string{"claim", "allege", "contend", "assert", "maintain"},
		"suggests the statement is doubtful or disputed; “said” would leave that judgement to the reader"},
	{[]string{"admit", "concede", "confess"},
		"suggests the speaker gave in or owned up to something, as if it were a fault"},
	{[]string{"insist", "protest", "object"},
		"suggests the speaker is holding on against doubt or opposition"},
	{[]string{"deny"},
		"presents the statement as an answer to an accusation, and repeats the accusation"},
	{[]string{"warn", "threaten"},
		"adds danger or menace that the words themselves may not carry"},
	{[]string{"boast", "brag", "gloat", "tout"},
		"suggests vanity or exaggeration"},
	{[]string{"reveal"},
		"suggests a secret has been exposed"},
	{[]string{"accuse", "charge", "blast", "slam", "attack", "lash", "rail", "smear", "mock", "brand", "scold"},
		"frames the statement as an attack"},
	{[]string{"complain", "lament", "grumble", "fume", "rage", "rant", "scoff", "sneer", "snap", "howl", "shriek"},
		"gives the speaker a mood the writer chose"},
	{[]string{"retort", "exclaim", "plead", "beg", "demand", "dismiss"},
		"describes a tone or attitude the writer chose"},
}

var cueNotes = map[string]string{}

func init() {
	for _, g := range cueNoteGroups {
		for _, s := range g.stems {
			cueNotes[s] = g.note
		}
	}
}

// judgingAdverbs before a verb state the writer's own verdict on whether
// the statement is true ("falsely claimed").
var judgingAdverbs = map[string]bool{
	"falsely": true, "wrongly": true, "baselessly": true, "misleadingly": true,
	"incorrectly": true, "dubiously": true,
}

// CueNote explains, in a line a student can read, what a loaded attribution
// verb adds to a quotation ("claimed" → it suggests the statement is
// doubtful). It is "" for a neutral verb.
func CueNote(cue string) string {
	words := strings.Fields(strings.ToLower(cue))
	if len(words) == 0 {
		return ""
	}
	for _, w := range words[:len(words)-1] {
		if judgingAdverbs[strings.Trim(w, ",.")] {
			return "“" + w + "” is the writer's own verdict on the statement, not part of what was said"
		}
	}
	stem := lexicon.CueStem(words[len(words)-1])
	if !lexicon.IsLoadedStem(stem) {
		return ""
	}
	if n := cueNotes[stem]; n != "" {
		return n
	}
	return "frames the quotation instead of only reporting it"
}
