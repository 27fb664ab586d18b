package entities

import (
	_ "embed"
	"sync"
)

//go:embed model/ner.bin
var nerModelData []byte

// outsideData are the words the tagger leaves outside names unscored
// (outside.go), written by cmd/trainner beside ner.bin.
//
//go:embed model/outside.bin
var outsideData []byte

var (
	loadOnce  sync.Once
	loaded    *nerModel
	loadError error
)

// Load decodes the embedded entity model; Find calls it on first use.
func Load() error {
	loadOnce.Do(func() {
		loaded, loadError = loadNERModel(nerModelData)
		if loadError == nil {
			loaded.outside, loadError = readOutside(outsideData)
		}
	})
	return loadError
}
