package extract

import "strings"

// cueVerbs are the verbs that attribute speech. The value says whether a
// verb is neutral or loaded (frames the quote: "claimed", "admitted"); the
// classroom view shows the difference.
var cueVerbs = map[string]bool{}

// loadedCues frame what is quoted; neutralCues only report it.
var (
	neutralCues = []string{
		"say", "says", "said", "saying", "tell", "tells", "told", "telling",
		"write", "writes", "wrote", "writing", "add", "adds", "added", "adding",
		"ask", "asks", "asked", "asking", "state", "states", "stated",
		"explain", "explains", "explained", "note", "notes", "noted",
		"reply", "replies", "replied", "respond", "responds", "responded",
		"continue", "continues", "continued", "announce", "announces", "announced",
		"report", "reports", "reported", "comment", "comments", "commented",
		"recall", "recalls", "recalled", "remark", "remarks", "remarked",
		"observe", "observes", "observed", "answer", "answers", "answered",
		"describe", "describes", "described", "read", "reads", "tweet", "tweets",
		"tweeted", "post", "posts", "posted", "testify", "testified", "mention",
		"mentions", "mentioned", "quote", "quoted", "predict", "predicted",
		"predicts", "recount", "recounted", "recounts", "tell", "put", "puts",
		"summarized", "summed", "acknowledge", "acknowledges", "acknowledged",
		"agree", "agrees", "agreed", "confirm", "confirms", "confirmed",
		"emphasize", "emphasized", "emphasizes", "stress", "stresses", "stressed",
		"suggest", "suggests", "suggested", "argue", "argues", "argued",
		"declare", "declares", "declared", "promise", "promised", "promises",
		"recommend", "recommended", "urge", "urges", "urged", "call", "called",
		"calls", "texted", "emailed", "wrote", "joked", "quipped", "whispered",
		"shouted", "yelled", "chanted", "sang", "pledged", "vowed", "vows",
		"predict", "estimated", "estimates", "cautioned", "cautions",
	}
	loadedCues = []string{
		"claim", "claims", "claimed", "claiming", "admit", "admits", "admitted",
		"insist", "insists", "insisted", "concede", "concedes", "conceded",
		"warn", "warns", "warned", "deny", "denies", "denied", "boast", "boasts",
		"boasted", "complain", "complains", "complained", "allege", "alleges",
		"alleged", "charge", "charged", "charges", "contend", "contends",
		"contended", "maintain", "maintains", "maintained", "assert", "asserts",
		"asserted", "concede", "confessed", "confesses", "lament", "lamented",
		"laments", "scoffed", "sneered", "snapped", "fumed", "raged", "ranted",
		"bragged", "brags", "threatened", "threatens", "accused", "accuses",
		"blasted", "slammed", "mocked", "retorted", "protested", "objected",
		"acknowledged", "declared", "revealed", "reveals", "exclaimed", "pleaded",
		"begged", "demanded", "demands",
	}
	loadedSet = map[string]bool{}
)

func init() {
	for _, v := range neutralCues {
		cueVerbs[v] = true
	}
	for _, v := range loadedCues {
		cueVerbs[v] = true
		loadedSet[v] = true
	}
}

// IsLoadedCue reports whether a cue verb frames the quote rather than only
// reporting it ("claimed" against "said").
func IsLoadedCue(verb string) bool {
	return loadedSet[strings.ToLower(verb)]
}

// participleCues attribute to the subject of the main clause
// ("..., saying it was "unacceptable"").
var participleCues = map[string]bool{
	"saying": true, "telling": true, "writing": true, "adding": true,
	"asking": true, "claiming": true, "calling": true, "insisting": true,
	"warning": true, "noting": true, "arguing": true, "declaring": true,
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
	"envoy": true, "candidate": true, "nominee": true, "adviser": true,
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
	"researchers": true, "economists": true, "friends": true, "family": true,
	"spokespeople": true, "representatives": true, "representative": true,
	"executives": true, "executive": true, "employees": true, "workers": true,
	"users": true, "fans": true, "audience": true, "crowd": true,
}
