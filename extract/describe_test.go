package extract

import "testing"

// A definite description with a title ("the mayor", "the Portuguese prime
// minister") names the person introduced earlier with that role: the
// statement is counted as theirs, the nearest such person when several
// have it, and a person whose role differs is not taken.
func TestDescriptionNamesThePersonWithThatRole(t *testing.T) {
	for _, c := range []struct{ text, speaker, person string }{
		{"Mayor Elena Vargas opened the pier. The mayor has said the repairs will take a year.", "The mayor", "Elena Vargas"},
		{"Portuguese Prime Minister Ana Costa opened the pier. Mayor Elena Vargas cut the ribbon. The Portuguese prime minister said the repairs will take a year.", "The Portuguese prime minister", "Ana Costa"},
		{"Portuguese Prime Minister Ana Costa opened the pier. Mayor Elena Vargas cut the ribbon. The mayor said the repairs will take a year.", "The mayor", "Elena Vargas"},
	} {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Reported) != 1 || doc.Reported[0].Speaker == nil || doc.Reported[0].Speaker.Text != c.speaker {
			t.Errorf("%q: reported %+v, want one statement by %q", c.text, doc.Reported, c.speaker)
			continue
		}
		name := ""
		for _, p := range doc.People {
			if p.ID == doc.Reported[0].SpeakerID {
				name = p.Name
			}
		}
		if name != c.person {
			t.Errorf("%q: %q is counted as %q, want %q", c.text, c.speaker, name, c.person)
		}
	}
	// Without anyone named with the role before, the description names no one.
	doc, err := Annotate("Elena Vargas opened the pier. The mayor said the repairs will take a year.")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Reported) == 1 && doc.Reported[0].SpeakerID != "" {
		t.Errorf("the mayor is counted as %s though no one was named mayor", doc.Reported[0].SpeakerID)
	}
}
