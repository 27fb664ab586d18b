package entities

import (
	_ "embed"
	"sync"
)

//go:embed model/ner.bin
var nerModelData []byte

var (
	loadOnce  sync.Once
	loaded    *nerModel
	loadError error
)

// Load decodes the embedded entity model; Find calls it on first use.
func Load() error {
	loadOnce.Do(func() { loaded, loadError = loadNERModel(nerModelData) })
	return loadError
}
