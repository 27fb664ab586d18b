package syntax

import (
	_ "embed" // the trained models
	"sync"
)

// The models trained by extract/cmd/trainsyntax (`make model-syntax`).
var (
	//go:embed pos.bin
	posData []byte
	//go:embed chunk.bin
	chunkData []byte
)

var (
	loadOnce  sync.Once
	loaded    *Models
	loadError error
	parsers   = sync.Pool{New: func() any { return NewParser(loaded) }}
)

// Load decodes the embedded models on first use and returns them.
func Load() (*Models, error) {
	loadOnce.Do(func() { loaded, loadError = Decode(posData, chunkData) })
	return loaded, loadError
}

// Parse tags and chunks one sentence's words with the embedded models.
func Parse(words []string) (Result, error) {
	if _, err := Load(); err != nil {
		return Result{}, err
	}
	p := parsers.Get().(*Parser)
	defer parsers.Put(p)
	var r Result
	p.Parse(words, &r)
	return r, nil
}
