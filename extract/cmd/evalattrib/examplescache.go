//go:build !js

package main

import (
	"encoding/gob"
	"fmt"
	"os"

	"github.com/whosaid/whosaid/extract"
	attr "github.com/whosaid/whosaid/extract/attribution"
	"github.com/whosaid/whosaid/extract/polnear"
)

// examplesFile, if set (-cache), keeps the source examples of all of train
// read with the embedded models between runs (any other set of articles is read afresh): -margins, -spans, -ablate
// and -source-misses then skip annotating train again (a ranker
// experiment takes a third of the time). Remove the file after changing
// anything before the ranker.
var examplesFile string

// cachedExamples is readSourceExamples, read from or written to
// examplesFile when it is set and arts are all of train with the embedded
// models.
func cachedExamples(arts []polnear.Article, opt extract.Options) ([]attr.SourceExample, error) {
	p := examplesFile
	if p == "" || len(arts) == 0 || opt.Cues != nil || opt.Said != nil || opt.RuleSources {
		return readSourceExamples(arts, opt)
	}
	key := fmt.Sprintf("%d articles from %s", len(arts), arts[0].Name)
	if f, err := os.Open(p); err == nil {
		defer f.Close()
		var c examplesOnDisk
		if err := gob.NewDecoder(f).Decode(&c); err == nil && c.Key == key {
			return c.Examples, nil
		}
	}
	ex, err := readSourceExamples(arts, opt)
	if err != nil {
		return ex, err
	}
	f, err := os.Create(p)
	if err == nil {
		gob.NewEncoder(f).Encode(examplesOnDisk{key, ex})
		f.Close()
	}
	return ex, nil
}

// examplesOnDisk is what examplesFile holds: which articles, their examples.
type examplesOnDisk struct {
	Key      string
	Examples []attr.SourceExample
}
