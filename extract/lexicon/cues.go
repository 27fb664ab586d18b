// Package lexicon holds the word lists more than one stage reads: the cue
// verbs that introduce speech and the nouns of titles and roles.
package lexicon

import "strings"

// Cue verbs are kept as stems; cueStem recovers a stem from the forms news
// uses ("insisted", "tweeting", "replies"). The loaded ones frame the quote
// ("claimed", "admitted") rather than only report it ("said"); the classroom
// view shows the difference.
var (
	neutralCues = []string{
		"say", "tell", "write", "add", "ask", "explain", "note", "reply",
		"respond", "continue", "announce", "report", "comment", "recall", "remark",
		"observe", "answer", "describe", "tweet", "post", "testify", "mention",
		"quote", "predict", "recount", "acknowledge", "agree", "confirm",
		"emphasize", "emphasise", "stress", "suggest", "argue", "declare",
		"promise", "recommend", "urge", "call", "text", "email", "joke", "quip",
		"whisper", "shout", "yell", "chant", "sing", "pledge", "vow", "estimate",
		"caution", "rule", "cite", "praise", "criticize", "criticise",
		"read", "conclude", "write", "welcome", "express", "defend", "reject",
		"describe", "speak", "predict", "reiterate", "insist",
		"inform", "advise", "instruct", "explain", "summarize",
		"pronounce", "proclaim", "remind", "hail", "term", "dub", "label",
		"liken", "characterize", "characterise", "assure", "reassure", "react",
		"muse", "wonder", "cry", "scream", "holler", "echo",
	}
	loadedCues = []string{
		"claim", "admit", "insist", "concede", "warn", "deny", "boast", "complain",
		"allege", "charge", "contend", "maintain", "assert", "confess", "lament",
		"scoff", "sneer", "snap", "fume", "rage", "rant", "brag", "threaten",
		"accuse", "blast", "slam", "mock", "attack", "retort", "exclaim", "plead",
		"beg", "demand", "dismiss", "tout", "brand", "protest", "object", "reveal",
		"gloat", "grumble", "howl", "shriek", "smear", "rail", "lash", "scold",
		"chide",
	}
	cueStems  = map[string]bool{}
	loadedSet = map[string]bool{}
	// irregular forms of cue verbs
	irregularCues = map[string]string{
		"said": "say", "says": "say", "told": "tell", "wrote": "write",
		"written": "write", "spoke": "speak", "spoken": "speak", "sang": "sing",
		"read": "read", "reads": "read",
		// "state" alone is mostly a noun ("her mental state")
		"stated": "state", "stating": "state",
		// "rate" is mostly a noun ("the unemployment rate"); "PolitiFact
		// rated the claim as "false"" is a verdict given
		"rated": "rate",
		// "press" is mostly the news media; "Hannity pressed." asks again
		"pressed": "press",
	}
)

func init() {
	for _, v := range neutralCues {
		cueStems[v] = true
	}
	for _, v := range loadedCues {
		cueStems[v] = true
		loadedSet[v] = true
	}
	// "insist" is in both lists: it frames.
}

// CueStem returns the stem of a cue verb form, or "".
func CueStem(w string) string {
	if s, ok := irregularCues[w]; ok {
		return s
	}
	if cueStems[w] {
		return w
	}
	try := func(stem string) string {
		if cueStems[stem] {
			return stem
		}
		if cueStems[stem+"e"] {
			return stem + "e"
		}
		// quipped, snapping: a doubled consonant
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && cueStems[stem[:n-1]] {
			return stem[:n-1]
		}
		return ""
	}
	switch {
	case strings.HasSuffix(w, "ied") || strings.HasSuffix(w, "ies"):
		if cueStems[w[:len(w)-3]+"y"] {
			return w[:len(w)-3] + "y"
		}
	case strings.HasSuffix(w, "ing"):
		return try(w[:len(w)-3])
	case strings.HasSuffix(w, "ed"):
		return try(w[:len(w)-2])
	case strings.HasSuffix(w, "es"):
		if s := try(w[:len(w)-2]); s != "" {
			return s
		}
		return try(w[:len(w)-1])
	case strings.HasSuffix(w, "s"):
		return try(w[:len(w)-1])
	}
	return ""
}

// IsLoadedCue reports whether a cue verb frames the quote rather than only
// reporting it ("claimed" against "said").
func IsLoadedCue(verb string) bool {
	return loadedSet[CueStem(strings.ToLower(verb))]
}

// IsLoadedStem reports whether a cue stem (from CueStem) is a loaded one.
func IsLoadedStem(stem string) bool { return loadedSet[stem] }
