package quotes

import "testing"

func quoteTexts(text string) []string {
	var out []string
	for _, q := range Scan(text) {
		out = append(out, text[q.Start:q.End])
	}
	return out
}

func TestScanQuotes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"straight", `"We are ready," she said.`, []string{`"We are ready,"`}},
		{"curly with nested single", `“He told me ‘never again’ twice,” she said.`, []string{`“He told me ‘never again’ twice,”`}},
		{"apostrophes are not marks", `Scholz’s aides won't say it's over in the ’90s style.`, nil},
		{"partial", `He wanted to "make things right" with them.`, []string{`"make things right"`}},
		{"never closed", `She said: "This is not over`, []string{`"This is not over`}},
		{"two in a sentence", `"One," he said, "two."`, []string{`"One,"`, `"two."`}},
		{"archive's two apostrophes", `''We are ready,'' he said. ''Are you?''`, []string{`''We are ready,''`, `''Are you?''`}},
		{"nested in an archive's marks", `''They said 'never,''' he said.`, []string{`''They said 'never,'''`}},
		{"apostrophes inside an archive's marks", `''The students' books don't fit,'' she said.`, []string{`''The students' books don't fit,''`}},
		{"British single marks", `'It was a mistake,' the minister said.`, []string{`'It was a mistake,'`}},
		{"curly single marks", `‘We are ready,’ she said. ‘Are you?’`, []string{`‘We are ready,’`, `‘Are you?’`}},
		{"a possessive inside single marks", `'The workers' union will strike,' Ann Lee said.`, []string{`'The workers' union will strike,'`}},
		{"a fragment in single marks", `She called the plan 'a disgrace' and left.`, []string{`'a disgrace'`}},
		{"double marks nested in single ones", `'He said "never" twice,' she said.`, []string{`'He said "never" twice,'`}},
		{"apostrophes of every kind", `The students' books, rock 'n' roll, the '90s, O'Neill and 'em don't count.`, nil},
		{"a single mark that never closes", `'Tis the season, the students' choir sang.`, nil},
	}
	for _, c := range cases {
		got := quoteTexts(c.text)
		if len(got) != len(c.want) {
			t.Errorf("%s: quotes %q, want %q", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: quote %d = %q, want %q", c.name, i, got[i], c.want[i])
			}
		}
	}
}

func TestScanQuotesAcrossParagraphs(t *testing.T) {
	text := "“We will rebuild the pier,” the mayor said. “It will take time.\n\n“But it will be done.”"
	qs := Scan(text)
	if len(qs) != 3 {
		t.Fatalf("got %d quotes %q, want 3", len(qs), quoteTexts(text))
	}
	if !qs[1].Continued || qs[0].Continued {
		t.Errorf("only the quote left open at the paragraph end continues: %+v", qs)
	}
	if got := text[qs[1].Start:qs[1].End]; got != "“It will take time." {
		t.Errorf("the open quote ends at its paragraph: %q", got)
	}
}
