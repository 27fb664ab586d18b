package namelists

import "testing"

// A name is found however the article writes it: capitals, curly
// apostrophes and accented capitals hash as the list's lower-case form.
func TestWordHashFoldsCaseAndApostrophes(t *testing.T) {
	for _, c := range [][2]string{
		{"O’QUILLAN", "o'quillan"},
		{"‘Brookvale", "'brookvale"},
		{"ÉLODIE", "élodie"},
		{"Zoë", "zoë"},
		{"\u212Aarvel", "karvel"}, // the Kelvin sign lowers to an ASCII k
	} {
		if WordHash(c[0]) != WordHash(c[1]) {
			t.Errorf("WordHash(%q) ≠ WordHash(%q)", c[0], c[1])
		}
	}
	if WordHash("quillan") == WordHash("quilan") {
		t.Error("two words hash alike")
	}
}
