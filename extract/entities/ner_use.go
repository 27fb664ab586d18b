//go:build !js

package entities

// UseModel replaces the embedded entity model with an encoded one for the
// rest of the process, so that a training command can score the whole
// engine (the article-level rules included) with a model it just trained.
func UseModel(model []byte) error {
	m, err := loadNERModel(model)
	if err != nil {
		return err
	}
	if m.outside, err = readOutside(outsideData); err != nil {
		return err
	}
	if outsideSet {
		m.outside = outsideOverride
	}
	loadOnce.Do(func() {})
	loaded, loadError = m, nil
	return nil
}

// Rules are the article-level rules after the tagger that can be switched
// off one at a time, to measure by cross-validation what each adds.
var Rules = []string{"words", "listitems", "trim", "heads", "headtype", "fororg", "titles", "honorifics", "split", "acronyms", "nicknames", "join", "party", "metonyms", "placenouns", "unify"}

// DisableRules switches the named rules off (none: all on again), for
// measurement only.
func DisableRules(names ...string) {
	ruleOff = map[string]bool{}
	for _, n := range names {
		ruleOff[n] = true
	}
}

// outsideOverride replaces the embedded words outside names when
// outsideSet (UseOutside).
var (
	outsideOverride outsideWords
	outsideSet      bool
)
