package attribution

import "github.com/whosaid/whosaid/extract/lexicon"

// What the source ranker reads: the tokens of the text with where they
// sit, the entities, and the statements (quotations and reported clauses)
// with the cue and the speaker the rules chose. Spans are token ranges
// [From, To).

// SourceToken is one word or mark of the text. (The yes-or-no fields come
// last, together: a text has one a token, and padding after each of them
// made it a quarter larger.)
type SourceToken struct {
	Start, End int    // UTF-8 byte offsets
	Lower      string // lower-cased text
	Sent, Para int    // sentence and paragraph index
	Entity     int    // index into SourceInput.Entities, -1 outside any
	POS        string // part-of-speech tag ("NNP"), "" without a grammar
	Chunk      string // chunk label in BIO ("B-NP"), "" without a grammar
	Cap        bool   // starts with a capital letter
	InQuote    bool   // inside quotation marks
	Date       bool   // part of a date ("6 March 2025")
}

// SourceEntity is a named mention.
type SourceEntity struct {
	From, To int
	Type     string // PERSON, ORG, GPE, NORP, MISC (dates are left out)
}

// TokenSpan is a range of tokens, empty when From == To.
type TokenSpan struct{ From, To int }

// Empty tells whether the span holds no token.
func (s TokenSpan) Empty() bool { return s.To <= s.From }

// SourceStatement is a quotation or a reported clause the engine found.
type SourceStatement struct {
	Span     TokenSpan
	Reported bool
	Cue      TokenSpan // empty without a cue
	Rule     TokenSpan // the rules' speaker, empty when they found none
	// CueMargin is how surely the cue detector took the cue's words for
	// one (its highest margin among them; 0 without a cue).
	CueMargin float32
}

// SourceInput is one article as the source ranker sees it.
type SourceInput struct {
	Tokens     []SourceToken
	Entities   []SourceEntity
	Statements []SourceStatement

	kinds []uint8 // token → what it can be as a candidate, 0 not yet known
	// roles are the tokens' wordRoles, from the analysis's memo of its
	// words (nil: looked up in findKind)
	roles []uint8
	// byFrom are the entities' numbers in order of their first token;
	// picked and pickedEnts are entitiesFrom's buffers.
	byFrom     []int32
	picked     []int32
	pickedEnts []SourceEntity
	marks      []int32 // quotation marks before each token, nil not yet counted
	// spans are what the ranker read of each candidate span alone;
	// spanAt[i] is the last kept of the spans from token i, -1 none.
	spans  []spanFacts
	spanAt []int32
	// rankCalls counts the ranking calls on the input: their number
	// tells which call a span's sums are of (spanFacts.scored).
	rankCalls uint32
	scoring   spanScoring // the ranking call's (spanParts)
	// inner is, per statement, the ranker's best-scored name inside the
	// rules' phrase with no verb in it (what a clause-long phrase shows).
	inner []TokenSpan
	// speechBuf is the speech classifier's feature buffer, reused from
	// one statement to the next (the model's own would be shared by
	// concurrent calls).
	speechBuf []uint32
	// stemOf is lexicon.CueStem of token i's word as the analysis
	// remembers it (nil: looked up each time).
	stemOf func(i int) string
	// cands and candKinds are reusedCandidates' buffers.
	cands     []candidate
	candKinds []candidateKind
	// spare are a former input's buffers (sources_input_pool.go).
	spare sourceSpare
}

// cueStem is lexicon.CueStem of token i's word.
func (in *SourceInput) cueStem(i int) string {
	if in.stemOf != nil {
		return in.stemOf(i)
	}
	return lexicon.CueStem(in.Tokens[i].Lower)
}
