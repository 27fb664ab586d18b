// Package entities finds the names and dates of a text: a tagger trained on
// CoNLL-2003 (model/ner.bin), a gazetteer, dates, consistency (one type per
// name) and referents (one person, many names). Training the tagger
// (ner_train.go, ner_eval.go, harvest.go, gazetteer_build.go, used by
// extract/cmd/trainner) is built only outside the browser (!js): the page
// never carries it.
package entities

// Entity is one mention of a named thing or a date.
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Type is PERSON, ORG, GPE, NORP, MISC or DATE.
	Type string `json:"type"`
	// EntityID names the Referent this mention refers to; mentions of the
	// same person ("Volodymyr Zelensky", "Zelensky") share it.
	EntityID string `json:"entity_id"`
}

// Referent is one person or organisation the text talks about, with every
// name it goes by.
type Referent struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	// Aliases are the other forms the text uses ("Zelensky").
	Aliases []string `json:"aliases"`
	// Roles are titles written next to the name ("Kremlin spokesman").
	Roles    []string `json:"roles"`
	Mentions int      `json:"mentions"`
	Quotes   int      `json:"quotes"`
}
