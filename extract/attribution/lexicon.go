package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extract/lexicon"
)

// cueType is a quotation's CueType: its verb's last word decides
// ("has falsely claimed" → claimed → loaded).
func cueType(cue *Span) string {
	if cue == nil {
		return ""
	}
	words := strings.Fields(cue.Text)
	if len(words) > 0 && (lexicon.IsLoadedCue(words[len(words)-1]) || judgingAdverbs[strings.ToLower(words[0])]) {
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

// IsPronounPhrase reports whether a speaker mention is only a pronoun.
func IsPronounPhrase(s string) bool {
	w := strings.ToLower(strings.TrimSpace(s))
	_, ok := speakerPronouns[w]
	_, possessive := possessivePronouns[w]
	return ok || possessive
}
