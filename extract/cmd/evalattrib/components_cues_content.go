//go:build !js

package main

import "flag"

// -content-summed tries the content tagger's decoding by summed margins
// (cues.Settings.ContentSummed) with every model held out.
func init() {
	flag.BoolVar(&cueSettings.ContentSummed, "content-summed", cueSettings.ContentSummed, "the content tagger decodes the run of words whose margins sum highest, not the longest run labelled in")
}
