package extract

import "testing"

// The shapes of the mistakes readers reported (issue 14), in sentences
// written for the project: each name gets the type a reader expects. Not
// yet right, so not here: "Chelsea" alone as a place ("moved to Chelsea",
// read as the club; "rents in Chelsea", as the given name) or a team with
// no other team beside it ("Chelsea won 3-0", the given name);
// nationalities before a noun ("Tajik and Uzbek
// troops guarded the border near Termez": MISC, read as places by the
// beam-decoded tagger, and by 4 of its 5 cross-validation fold models;
// the greedy one, 0.019 F1 lower in CV, had them right, as 4 of its 5
// fold models; keeping such words off the place list, where WordNet gives
// them as another name of the country, lowered CV).
func TestEntityTypesReadersExpect(t *testing.T) {
	cases := []entityTypeCase{
		{ // an organisation holding a place name is not a person
			"A spokeswoman for the Bank of Lisbon said the Port of Tallinn Authority had paid.",
			map[string]string{"Bank of Lisbon": "ORG", "Port of Tallinn Authority": "ORG"},
		},
		{ // capitalised words opening a sentence or a quotation name nobody
			"\"Our town is quiet,\" Mayor Ruth Adler said. \"And nobody asked us. To be honest, we were tired.\"",
			map[string]string{"Ruth Adler": "PERSON", "Our": "", "And": "", "To": ""},
		},
		{ // a place named by its hill is a place, not a person or a body
			"The mood on Capitol Hill was grim, an aide said.",
			map[string]string{"Capitol Hill": "GPE"},
		},
		{ // a team beside another team is a team, not a woman called Chelsea
			"Chelsea beat Leeds 2-1 on Saturday, and the manager said the win mattered.",
			map[string]string{"Chelsea": "ORG", "Leeds": "ORG"},
		},
		{ // a newspaper named after its country and "Today" is one organisation
			"The figures were first reported by USA Today on Tuesday.",
			map[string]string{"USA Today": "ORG", "USA": "", "Today": "", "Tuesday": "DATE"},
		},
		{ // an organisation's name goes on after its "League for"
			"A spokesman for the National League for Democracy said the vote was fair.",
			map[string]string{"National League for Democracy": "ORG", "Democracy": "", "National League": ""},
		},
		{ // a nationality before a title or an institution
			"The Ukrainian president met the French government in Geneva.",
			map[string]string{"Ukrainian": "NORP", "French": "NORP", "Geneva": "GPE"},
		},
		{ // a river and a mountain range are places (the WordNet lists)
			"Barges on the Dnieper were stopped near the Carpathians.",
			map[string]string{"Dnieper": "GPE", "Carpathians": "GPE"},
		},
	}
	checkEntityTypes(t, cases)
}

// One person whatever the apostrophe: "O'Neill" and "O’Neill".
func TestOneSpellingWhateverTheApostrophe(t *testing.T) {
	doc, err := Annotate("Coach James O'Neill praised the team. O’Neill said the harbour club had earned it.")
	if err != nil {
		t.Fatal(err)
	}
	var people []Referent
	for _, p := range doc.People {
		if p.Type == "PERSON" {
			people = append(people, p)
		}
	}
	if len(people) != 1 || people[0].Mentions != 2 {
		t.Errorf("people = %+v, want James O'Neill once, mentioned twice", people)
	}
}

// A headline in title case is not one long name.
func TestTitleCaseHeadline(t *testing.T) {
	doc, err := Annotate("Mayor Says New Harbour Bridge Will Open In June\n\nMayor Ruth Adler said on Monday that the bridge would open in June.")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if len(e.Text) > 20 && e.End < 50 {
			t.Errorf("headline taken as a name: %q (%s)", e.Text, e.Type)
		}
	}
}

// A name said short before it is said in full takes the full name's type:
// the tagger reads the longest form of each word through the article.
func TestShortNameBeforeItsLongForm(t *testing.T) {
	doc, err := Annotate("Harbourline will close two yards, it said on Monday. The yards of Harbourline Shipping Corp had lost money for three years.")
	if err != nil {
		t.Fatal(err)
	}
	types := entityTypes(doc)
	for _, name := range []string{"Harbourline", "Harbourline Shipping Corp"} {
		if types[name] != "ORG" {
			t.Errorf("%q is %q, want ORG (all: %v)", name, types[name], types)
		}
	}
}

// A state whose name has two words is one place in every shape a sentence
// gives it: after a town and a comma, after "in", opening a sentence,
// before a noun, as an object and before a governor's title and name.
func TestTwoWordStateIsAPlace(t *testing.T) {
	for _, text := range []string{
		"Speaking at a town hall in Salem, New Hampshire, Vargas went after Becker.",
		"Mayor Ruth Adler campaigned in New Hampshire on Tuesday.",
		"New Hampshire voters go to the polls next week, the council said.",
		"The New Hampshire primary is the first test for the harbour party.",
		"Becker said New Hampshire had paid for half of the bridge.",
		"New Hampshire Gov. Ruth Adler signed the harbour bill.",
	} {
		doc, err := Annotate(text)
		if err != nil {
			t.Fatal(err)
		}
		if types := entityTypes(doc); types["New Hampshire"] != "GPE" {
			t.Errorf("%q: New Hampshire is %q, want GPE (all: %v)", text, types["New Hampshire"], types)
		}
	}
}
