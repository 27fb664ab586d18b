package text

import (
	"strings"
	"testing"
	"unicode"
)

func tokenTexts(text string) []string {
	var out []string
	for _, t := range Tokenize(text) {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenizeKeepsNamesWordsAndMarks(t *testing.T) {
	cases := map[string]string{
		`Siobhan O'Sullivan can't, won't.`:                  `Siobhan|O'Sullivan|ca|n't|,|wo|n't|.`,
		`“It’s fine,” Scholz’s office said`:                 `“|It|’s|fine|,|”|Scholz|’s|office|said`,
		`The U.S. and Mr. Ortega met in the ’90s.`:          `The|U.S.|and|Mr.|Ortega|met|in|the|’90s|.`,
		`late-Wednesday talks cost $1,200.50 -- or more...`: `late-Wednesday|talks|cost|$|1,200.50|--|or|more|...`,
		`''We won,'' he said of the students' vote.`:        `''|We|won|,|''|he|said|of|the|students|'|vote|.`,
		`of them,''' said Ann`:                              `of|them|,|'|''|said|Ann`,
	}
	for in, want := range cases {
		if got := strings.Join(tokenTexts(in), "|"); got != want {
			t.Errorf("Tokenize(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestTokenizeLosesNoText(t *testing.T) {
	text := "Ünïcödé “quotes” and 'single' — emoji 🙂 and 中文 text\n\nO'Brien's can't\t, x"
	var b strings.Builder
	last := 0
	for _, tok := range Tokenize(text) {
		if gap := text[last:tok.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Errorf("text %q between tokens is lost", gap)
		}
		if text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q does not match the text at %d:%d", tok.Text, tok.Start, tok.End)
		}
		b.WriteString(tok.Text)
		last = tok.End
	}
	if strings.Join(strings.Fields(text), "") != b.String() {
		t.Errorf("tokens rebuild %q", b.String())
	}
}

func TestSentencesSplitAtStopsButNotAbbreviations(t *testing.T) {
	toks := Tokenize(`Mr. Ortega met Dr. Lee in the U.S. on Monday. "It went well." They left.` + "\nNew paragraph")
	var got []string
	for _, s := range Sentences(toks) {
		got = append(got, toks[s.From].Text+"…"+toks[s.To-1].Text)
	}
	want := `Mr.…. "…" They…. New…paragraph`
	if strings.Join(got, " ") != want {
		t.Errorf("sentences = %q, want %q", strings.Join(got, " "), want)
	}
}

// A party and state in brackets do not end a sentence; a bracket that
// closes after a stop does.
func TestSentencesAndBrackets(t *testing.T) {
	toks := Tokenize(`Sen. Ann Price (D-R.I.), said it. The vote was close (it passed 5-4.) Then she left.`)
	var got []string
	for _, s := range Sentences(toks) {
		got = append(got, toks[s.From].Text+"…"+toks[s.To-1].Text)
	}
	want := `Sen.…. The…) Then….`
	if strings.Join(got, " ") != want {
		t.Errorf("sentences = %q, want %q", strings.Join(got, " "), want)
	}
}

// Pausing a long text's tokenizing changes nothing in the tokens.
func TestTokenizeWithPausesGivesTheSameTokens(t *testing.T) {
	text := strings.Repeat("\"We can't,\" O'Sullivan said. Ελληνικά 😀 U.S. officials.\n", 2000)
	pauses := 0
	got := TokenizeWith(text, func() { pauses++ })
	want := Tokenize(text)
	if pauses == 0 || len(got) != len(want) {
		t.Fatalf("%d pauses, %d tokens; want some pauses and %d tokens", pauses, len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("token %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}
