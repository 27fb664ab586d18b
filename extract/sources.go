package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/entities"
)

// Source kinds: who is given a voice, as a media-literacy class sorts them.
const (
	// SourcePerson is a named person ("Mayor Elena Vargas", "she").
	SourcePerson = "person"
	// SourceOrganisation is a named organisation, place or group speaking
	// as one ("The Kremlin said").
	SourceOrganisation = "organisation"
	// SourceAnonymous names nobody ("officials", "a source close to the
	// talks", "a senior diplomat").
	SourceAnonymous = "anonymous"
)

// Sources sums up who speaks in an article and who is only talked about.
type Sources struct {
	// Quoted are the speakers of quotations and reported speech, most
	// quoted words first.
	Quoted []Source `json:"quoted"`
	// Mentioned are the people and organisations the article names but
	// never quotes, most mentioned first.
	Mentioned []Source `json:"mentioned"`
	// QuotedWords counts the words inside all quotations.
	QuotedWords int `json:"quoted_words"`
	// Unattributed counts quotations with no speaker.
	Unattributed int `json:"unattributed"`
}

// Source is one voice in the article.
type Source struct {
	// ID is the Referent's id; "" for an anonymous source.
	ID string `json:"id"`
	// Name is the fullest name, or the words as written for an anonymous
	// source.
	Name  string   `json:"name"`
	Kind  string   `json:"kind"`
	Roles []string `json:"roles"`
	// Quotes counts quotations; Reported, statements in reported speech.
	Quotes   int `json:"quotes"`
	Reported int `json:"reported"`
	// QuotedWords is the words inside this source's quotations; Share is
	// that over all quoted words in the article (0 to 1).
	QuotedWords int     `json:"quoted_words"`
	Share       float64 `json:"share"`
	Mentions    int     `json:"mentions"`
	// Cues are the attribution verbs used for this source, as written.
	Cues []string `json:"cues"`
}

// summarizeSources builds Document.Sources from the quotations and the
// article's referents (every person and organisation it names).
func summarizeSources(quotes, reported []Quote, refs []*entities.Ref) Sources {
	// filled a field at a time: a whole voice appended is copied by a
	// runtime call (a struct with pointers), dear in WebAssembly while the
	// collector marks
	known := make([]voice, len(refs))
	for i, r := range refs {
		v := &known[i]
		v.Kind = SourceOrganisation
		if r.Type == "PERSON" {
			v.Kind = SourcePerson
		}
		v.ID, v.Name, v.Roles, v.Mentions = r.ID, r.Name, nonNil(r.Roles), r.Mentions
		v.mentionable = r.Type == "PERSON" || r.Type == "ORG"
	}
	return tally(quotes, reported, known)
}

// voice is someone a summary can name: a referent of the article, and
// whether it is listed among the mentioned when it never speaks (people
// and organisations are; a place that speaks once is not).
type voice struct {
	Source
	mentionable bool
}

// tally counts who speaks in quotes and reported, naming speakers from
// known (in article order) and everyone else as anonymous words; the
// engine's summary and the one redone after a teacher's corrections
// (Resummarize) are both this arithmetic.
func tally(quotes, reported []Quote, known []voice) Sources {
	byID := make(map[string]int, len(known)) // an id → its first voice in known
	for i := range known {
		if _, seen := byID[known[i].ID]; !seen {
			byID[known[i].ID] = i
		}
	}
	var out Sources
	index := map[string]int{} // referent id or anonymous words → Quoted
	add := func(q Quote) *Source {
		key := q.SpeakerID
		src := Source{ID: q.SpeakerID, Roles: []string{}, Cues: []string{}}
		if i, ok := byID[q.SpeakerID]; ok && q.SpeakerID != "" {
			v := &known[i]
			src.Name, src.Kind, src.Roles, src.Mentions = v.Name, v.Kind, nonNil(v.Roles), v.Mentions
		} else {
			if q.Speaker == nil || attribution.IsPronounPhrase(q.Speaker.Text) {
				return nil // nobody, or a pronoun the text does not resolve
			}
			src.Name, src.Kind, src.ID = q.Speaker.Text, SourceAnonymous, ""
			key = "anon:" + strings.ToLower(q.Speaker.Text)
		}
		i, ok := index[key]
		if !ok {
			i = len(out.Quoted)
			index[key] = i
			out.Quoted = append(out.Quoted, src)
		}
		s := &out.Quoted[i]
		if q.Cue != nil {
			s.Cues = append(s.Cues, q.Cue.Text)
		}
		return s
	}
	for _, q := range quotes {
		words := WordCount(q.Text)
		out.QuotedWords += words
		s := add(q)
		if s == nil {
			out.Unattributed++
			continue
		}
		s.Quotes++
		s.QuotedWords += words
	}
	for _, q := range reported {
		if s := add(q); s != nil {
			s.Reported++
		}
	}
	for i := range out.Quoted {
		if out.QuotedWords > 0 {
			out.Quoted[i].Share = float64(out.Quoted[i].QuotedWords) / float64(out.QuotedWords)
		}
	}
	// most quoted words first, then most reported statements (stable:
	// the first heard first among equals)
	slices.SortStableFunc(out.Quoted, func(a, b Source) int {
		if c := cmp.Compare(b.QuotedWords, a.QuotedWords); c != 0 {
			return c
		}
		return cmp.Compare(b.Reported, a.Reported)
	})
	out.Mentioned = []Source{}
	for i := range known {
		v := &known[i]
		if _, listed := index[v.ID]; listed || !v.mentionable || v.ID == "" {
			continue
		}
		index[v.ID] = -1 // listed once
		out.Mentioned = append(out.Mentioned, Source{ID: v.ID, Name: v.Name, Kind: v.Kind, Roles: nonNil(v.Roles), Mentions: v.Mentions, Cues: []string{}})
	}
	slices.SortStableFunc(out.Mentioned, func(a, b Source) int { return cmp.Compare(b.Mentions, a.Mentions) })
	if out.Quoted == nil {
		out.Quoted = []Source{}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// WordCount counts the words of a quotation (runs of letters or digits;
// "don't" is one word).
func WordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || in && (r == '\'' || r == '’' || r == '-')
		if word && !in {
			n++
		}
		in = word
	}
	return n
}
