//go:build js

package cues

// The browser's build leaves the WordNet class table out (wordnet.go).
var wordClassData []byte
