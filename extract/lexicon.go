package extract

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

// cueStem returns the stem of a cue verb form, or "".
func cueStem(w string) string {
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
	return loadedSet[cueStem(strings.ToLower(verb))]
}

// cueType is a quotation's CueType: its verb's last word decides
// ("has falsely claimed" → claimed → loaded).
func cueType(cue *Span) string {
	if cue == nil {
		return ""
	}
	words := strings.Fields(cue.Text)
	if len(words) > 0 && (IsLoadedCue(words[len(words)-1]) || judgingAdverbs[strings.ToLower(words[0])]) {
		return "loaded"
	}
	return "neutral"
}

// nounMarkers before a cue-like word make it a noun ("the report", "his
// claim"), not a verb.
var nounMarkers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "this": true,
	"these": true, "those": true, "'s": true, "’s": true, "no": true, "any": true,
	"every": true, "each": true, "such": true, "to": false,
}

// skipBeforeCue are words that stand between a speaker and the cue verb
// ("Zelensky also said", "Trump has falsely claimed").
var skipBeforeCue = map[string]bool{
	"also": true, "later": true, "earlier": true, "then": true, "has": true,
	"had": true, "have": true, "previously": true, "repeatedly": true,
	"again": true, "once": true, "recently": true, "would": true, "will": true,
	"had.": true, "since": true, "often": true, "falsely": true, "publicly": true,
	"privately": true, "flatly": true, "first": true, "further": true,
	"subsequently": true, "reportedly": true, "allegedly": true, "just": true,
	"only": true, "even": true, "still": true, "simply": true, "initially": true,
	"yesterday": true, "today": true, "formally": true, "openly": true,
	"explicitly": true, "bluntly": true, "angrily": true, "quickly": true,
	"finally": true, "never": true, "not": true, "did": true, "does": true,
	"may": true, "might": true, "could": true, "can": true, "should": true,
	"'s": true, "’s": true, "'d": true, "’d": true, "is": true, "was": true,
	"were": true, "are": true, "been": true, "being": true, "reiterated": true,
}

// titleWords are the lower-case nouns that stand in a speaker's title or a
// role ("Kremlin spokesman", "CIA director").
var titleWords = map[string]bool{
	"president": true, "councillor": true, "councilor": true, "councilman": true,
	"councilwoman": true, "congressman": true, "congresswoman": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"director": true, "minister": true, "chancellor": true, "secretary": true,
	"senator": true, "sen.": true, "rep.": true, "representative": true,
	"governor": true, "gov.": true, "mayor": true, "chairman": true,
	"chairwoman": true, "chair": true, "leader": true, "chief": true,
	"official": true, "officials": true, "office": true, "ministry": true,
	"department": true, "prime": true, "foreign": true, "deputy": true,
	"vice": true, "general": true, "gen.": true, "ambassador": true,
	"envoy": true, "candidate": true, "nominee": true, "adviser": true, "delegate": true,
	"advisor": true, "aide": true, "aides": true, "manager": true,
	"strategist": true, "analyst": true, "professor": true, "judge": true,
	"attorney": true, "lawyer": true, "commander": true, "head": true,
	"executive": true, "ceo": true, "founder": true, "former": true,
	"outgoing": true, "incoming": true, "acting": true, "campaign": true,
	"press": true, "communications": true, "national": true, "security": true,
	"defense": true, "defence": true, "state": true, "speaker": true,
	"house": true, "majority": true, "minority": true, "whip": true,
	"justice": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
	"king": true, "queen": true, "pope": true, "prince": true, "sheikh": true,
	"colonel": true, "col.": true, "lt.": true, "capt.": true, "sgt.": true,
	"economist": true, "researcher": true, "expert": true, "scientist": true,
	"correspondent": true, "editor": true, "reporter": true, "host": true,
	"member": true, "members": true, "staff": true, "pollster": true,
	"operative": true, "surrogate": true, "counsel": true, "co-founder": true,
	"co-chair": true, "activist": true, "organizer": true, "owner": true,
	"senior": true, "top": true, "white": true, "interior": true,
	"finance": true, "treasury": true, "military": true, "army": true,
	"intelligence": true, "government": true, "administration": true,
	"party": true, "committee": true, "council": true, "statement": true,
}

// pronouns that can name a speaker, with the gender they point to ("" for
// none).
var speakerPronouns = map[string]string{
	"he": "m", "she": "f", "they": "", "it": "", "i": "", "we": "",
}

// determiners open a speaker phrase ("the official", "a source").
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "one": true, "two": true, "three": true,
	"several": true, "some": true, "many": true, "other": true, "another": true,
	"his": true, "her": true, "their": true, "its": true, "this": true,
	"that": true, "these": true, "those": true, "both": true, "most": true,
	"my": true, "our": true, "your": true,
}

// commonNouns that may stand in an anonymous or generic speaker phrase
// ("officials said", "a source familiar with the talks said").
var sourceNouns = map[string]bool{
	"source": true, "sources": true, "official": true, "officials": true,
	"people": true, "person": true, "aide": true, "aides": true, "diplomat": true,
	"diplomats": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"statement": true, "report": true, "witnesses": true, "witness": true,
	"experts": true, "analysts": true, "critics": true, "supporters": true,
	"residents": true, "voters": true, "lawmakers": true, "investigators": true,
	"police": true, "authorities": true, "prosecutors": true, "campaign": true,
	"government": true, "ministry": true, "office": true, "white": true,
	"administration": true, "lawyer": true, "lawyers": true, "attorney": true,
	"official's": true, "leaders": true, "leader": true, "observers": true,
	"staffers": true, "advisers": true, "advisors": true, "insiders": true,
	"memo": true, "letter": true, "poll": true, "survey": true, "study": true,
	"document": true, "documents": true, "sign": true, "signs": true,
	"group": true, "party": true, "committee": true, "agency": true,
	"department": true, "organization": true, "company": true, "firm": true,
	"president": true, "candidate": true, "nominee": true, "senator": true,
	"governor": true, "mayor": true, "director": true, "minister": true,
	"chancellor": true, "secretary": true, "woman": true, "man": true,
	"men": true, "women": true, "member": true, "members": true, "others": true,
	"republicans": true, "democrats": true, "protesters": true, "activists": true,
	"students": true, "teachers": true, "doctors": true, "scientists": true,
	// what speaks for someone: "The clip says", "the ruling found"
	"clip": true, "ad": true, "advert": true, "video": true, "spot": true,
	"book": true, "article": true, "ruling": true, "complaint": true,
	"lawsuit": true, "filing": true, "tweet": true, "email": true,
	"editorial": true, "column": true, "release": true, "platform": true,
	"resolution": true, "verdict": true, "indictment": true,
	// people as a letter or a feature names them
	"friend": true, "wife": true, "husband": true, "son": true,
	"niece": true, "nephew": true, "cousin": true, "widow": true, "mom": true,
	"dad": true, "boss": true, "child": true, "nurse": true, "colleague": true,
	"colleagues": true, "neighbor": true, "neighbour": true,
	"researchers": true, "economists": true, "friends": true, "family": true,
	"spokespeople": true, "representatives": true, "representative": true,
	"executives": true, "executive": true, "employees": true, "workers": true,
	"users": true, "fans": true, "audience": true, "crowd": true,
}

// npStop words end a speaker phrase: verbs, pronouns, conjunctions and most
// prepositions ("of" and "for" join names and are handled apart).
var npStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`is was are were be been being has have had do does did will would
		can could may might must shall should that which who whom whose what when where why how and or
		but nor so yet if because while although though as than then there here to in on at by with from
		into onto about after before over under between through during without against among not no also
		he she it they we i you him them us me it's there's said says say told tell according like just
		only even still very more most less least all any some such both each either neither per via
		upon within across behind beyond near toward towards since until unless whether`) {
		npStop[w] = true
	}
}
