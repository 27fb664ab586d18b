package cues

// Token is what the detector reads of one token.
type Token struct {
	// Lower is the token's text in lower case.
	Lower string
	// Capital is true when the token starts with a capital letter.
	Capital bool
	// SentStart is true for the first token of a sentence.
	SentStart bool
	// InQuote is true inside a quotation: a cue there is the quoted
	// person's, and is never scored.
	InQuote bool
	// Entity is the type of the entity the token is part of ("PERSON",
	// "ORG", …), "" outside one.
	Entity string
	// Lexicon holds what the hand-written rules say of the token.
	Lexicon Lexicon
	// POS is the token's part-of-speech tag ("VBD"), Chunk its phrase
	// label ("B-VP"), from extract/syntax; "" when unknown.
	POS, Chunk string
	// Known is the detector's Knows(Lower) when the caller has asked it
	// already (KnownNo, KnownYes), so that Margins does not look the word
	// up again; 0 when not asked.
	Known Known
}

// Known is a remembered answer of Model.Knows.
type Known uint8

// The answers Known holds.
const (
	KnownNo Known = iota + 1
	KnownYes
)

// Lexicon is a set of the rules' verdicts on a token, kept as features.
type Lexicon uint8

// What the rules can say of a token.
const (
	// LexCue: a speech verb of the cue lexicon ("said", "claimed").
	LexCue Lexicon = 1 << iota
	// LexStance: a belief or finding verb ("thinks", "polls show").
	LexStance
	// LexParticle: a verb and particle that speak ("pointed out").
	LexParticle
	// LexReport: the rules take the token as a cue of reported speech.
	LexReport
	// LexLoaded: a verb that frames what it reports ("claimed").
	LexLoaded
)
