package namelists

import (
	"strings"
	"testing"
	"unicode"
)

func marks(ls *Lists, sentence string) []Match {
	var hs []uint64
	var caps []bool
	for _, w := range strings.Fields(sentence) {
		hs = append(hs, WordHash(w))
		caps = append(caps, unicode.IsUpper([]rune(w)[0]))
	}
	return ls.MatchSentence(hs, caps, nil)
}

// A listed phrase marks its words Begin, Inside, Last; a word on its own
// list marks Unit; the longest phrase wins; case and the apostrophe's shape
// do not matter.
func TestMatchSentence(t *testing.T) {
	var b Builder
	b.Add(City, []string{"New", "York"})
	b.Add(City, []string{"York"})
	b.Add(Company, []string{"Harbour", "Board", "of", "Trade"})
	b.Add(PersonName, []string{"O'Neill"})
	ls, err := Load(b.Encode())
	if err != nil {
		t.Fatal(err)
	}
	m := marks(ls, "The Harbour Board of Trade met in New York with Ann O’Neill")
	want := map[int][2]uint8{ // word: list, position
		1: {Company, Begin}, 2: {Company, Inside}, 3: {Company, Inside}, 4: {Company, Last},
		7: {City, Begin}, 8: {City, Last}, 11: {PersonName, Unit},
	}
	for i, mm := range m {
		for l := 0; l < NumLists; l++ {
			w, ok := want[i]
			exp := uint8(0)
			if ok && int(w[0]) == l {
				exp = w[1]
			}
			if mm.Pos[l] != exp {
				t.Errorf("word %d list %s: got %d, want %d", i, ListNames[l], mm.Pos[l], exp)
			}
		}
	}
	if m := marks(ls, "they met in new york"); m[3].Pos[City] != 0 {
		t.Errorf("a lower-case phrase should not match: %v", m[3])
	}
}

func TestLoadRejectsOtherData(t *testing.T) {
	if _, err := Load([]byte("not a table")); err == nil {
		t.Error("want an error")
	}
	var b Builder
	b.Add(City, []string{"Salem"})
	enc := b.Encode()
	if _, err := Load(enc[:len(enc)-1]); err == nil {
		t.Error("want an error for a cut table")
	}
}

// The embedded lists know the places and names a reader knows.
func TestDefaultLists(t *testing.T) {
	ls := Default()
	if ls == nil || ls.Len() < 10000 {
		t.Fatal("embedded name lists missing")
	}
	m := marks(ls, "Maria Lopez flew from Buenos Aires to Canada")
	if m[0].Pos[GivenName] != Unit || m[4].Pos[City] != Begin || m[5].Pos[City] != Last || m[7].Pos[Country] != Unit {
		t.Errorf("got %+v", m)
	}
}

// A word inside a longer listed name keeps only that name's marks: the
// "Hampshire" of "New Hampshire" is the state's, not a family name, while
// "Hampshire" alone is still both.
func TestWholeNames(t *testing.T) {
	var b Builder
	b.Add(Region, []string{"New", "Hampshire"})
	b.Add(PersonName, []string{"Hampshire"})
	b.Add(City, []string{"Hampshire"})
	ls, err := Load(b.Encode())
	if err != nil {
		t.Fatal(err)
	}
	m := marks(ls, "She moved to New Hampshire")
	WholeNames(m)
	if m[4].Pos[Region] != Last || m[4].Pos[PersonName] != 0 || m[4].Pos[City] != 0 {
		t.Errorf("Hampshire of New Hampshire: %+v, want only the region's Last", m[4])
	}
	m = marks(ls, "She met Hampshire")
	WholeNames(m)
	if m[2].Pos[PersonName] != Unit || m[2].Pos[City] != Unit {
		t.Errorf("Hampshire alone: %+v, want person-name and city", m[2])
	}
}

// The lists past the eighth (WordNet's) keep their bits through Encode
// and Load, beside an older list's bit on the same name.
func TestWordNetListsRoundTrip(t *testing.T) {
	var b Builder
	b.Add(WordNetNationality, []string{"Costa", "Rican"})
	b.Add(WordNetPlace, []string{"Aconcagua"})
	b.Add(City, []string{"Aconcagua"})
	ls, err := Load(b.Encode())
	if err != nil {
		t.Fatal(err)
	}
	m := marks(ls, "Costa Rican climbers reached Aconcagua")
	if m[0].Pos[WordNetNationality] != Begin || m[1].Pos[WordNetNationality] != Last {
		t.Errorf("Costa Rican: %v %v", m[0].Pos, m[1].Pos)
	}
	if m[4].Pos[WordNetPlace] != Unit || m[4].Pos[City] != Unit {
		t.Errorf("Aconcagua: %v", m[4].Pos)
	}
	Drop(m, WordNetLists)
	if m[4].Pos[WordNetPlace] != 0 || m[4].Pos[City] != Unit {
		t.Errorf("Drop(WordNetLists) should keep only the city mark: %v", m[4].Pos)
	}
}
