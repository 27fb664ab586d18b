package attribution

import "github.com/whosaid/whosaid/extract/quotes"

// The names of the quotation model's features (saidFeatures), hashed once
// at start rather than for each stretch (quotes.Name); the model's keys are
// the same.
var (
	sfAfterColon     = quotes.NewName("after.colon")
	sfAround         = quotes.NewName("around")
	sfBias           = quotes.NewName("bias")
	sfCaps           = quotes.NewName("caps")
	sfContinued      = quotes.NewName("continued")
	sfCue            = quotes.NewName("cue")
	sfCueAfter       = quotes.NewName("cue.after")
	sfCueBefore      = quotes.NewName("cue.before")
	sfCueBeforeW     = quotes.NewName("cue.before.w")
	sfCueNone        = quotes.NewName("cue.none")
	sfCuePrevsent    = quotes.NewName("cue.prevsent")
	sfCueWhere       = quotes.NewName("cue.where")
	sfFirst          = quotes.NewName("first")
	sfFirsttag       = quotes.NewName("firsttag")
	sfHow            = quotes.NewName("how")
	sfKind           = quotes.NewName("kind")
	sfLast           = quotes.NewName("last")
	sfMarks          = quotes.NewName("marks")
	sfMate           = quotes.NewName("mate")
	sfMultiSentence  = quotes.NewName("multi.sentence")
	sfN              = quotes.NewName("n")
	sfNeighbour      = quotes.NewName("neighbour")
	sfNext           = quotes.NewName("next")
	sfNexttag        = quotes.NewName("nexttag")
	sfParaStart      = quotes.NewName("para.start")
	sfPerson         = quotes.NewName("person")
	sfPrev           = quotes.NewName("prev")
	sfPrev2          = quotes.NewName("prev2")
	sfPrevchunk      = quotes.NewName("prevchunk")
	sfPrevtag        = quotes.NewName("prevtag")
	sfRuleNickname   = quotes.NewName("rule.nickname")
	sfRuleRejected   = quotes.NewName("rule.rejected")
	sfRuleSentcue    = quotes.NewName("rule.sentcue")
	sfRuleSpeechlike = quotes.NewName("rule.speechlike")
	sfRuleTitle      = quotes.NewName("rule.title")
	sfRuleTranscript = quotes.NewName("rule.transcript")
	sfRules          = quotes.NewName("rules")
	sfSentEnd        = quotes.NewName("sent.end")
	sfSentPos        = quotes.NewName("sent.pos")
	sfSentStart      = quotes.NewName("sent.start")
	sfSentWhole      = quotes.NewName("sent.whole")
	sfSpeakerPronoun = quotes.NewName("speaker=pronoun")
	sfUnclosed       = quotes.NewName("unclosed")
	sfVerb           = quotes.NewName("verb")

	// parts that are constants too
	sfPartN       = quotes.PartOf("n")
	sfPartFirst   = quotes.PartOf("first")
	sfPartCaps    = quotes.PartOf("caps")
	sfPartEarlier = quotes.PartOf("earlier")
	sfPartLater   = quotes.PartOf("later")
)

// boolParts are "false" and "true" as parts (strconv.FormatBool's words).
var boolParts = [2]quotes.Part{quotes.PartOf("false"), quotes.PartOf("true")}

func boolPart(b bool) quotes.Part { return boolParts[b2i(b)] }
