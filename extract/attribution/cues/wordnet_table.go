//go:build !js

package cues

import _ "embed"

// The WordNet class table (wordnet.go), outside the browser only.
//
//go:embed wordclasses.bin
var wordClassData []byte
