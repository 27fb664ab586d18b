//go:build !js

package cues

import "testing"

// A word that speaks only inside what someone is reported to have said
// ("Vargas said that Pike backs the plan": PolNeAR marks the nested
// attribution too) is taken for a cue there when the detector reads the
// rules' cues in its sentence, and not where no one is reported.
func TestAVerbInsideReportedSpeechIsACue(t *testing.T) {
	var set []Example
	names := []string{"Vargas", "Becker", "Pike", "Lee", "Mora", "Silva"}
	things := []string{"plan", "budget", "ferry", "tax", "pier", "fare"}
	for k, name := range names {
		other := names[(k+1)%len(names)]
		for _, th := range things {
			set = append(set,
				example(name+" said "+other+" backs the "+th+" .", "said", "backs"),
				example(other+" backs the "+th+" on Monday .", "nothing"))
		}
	}
	m, data := TrainBytes(set, Settings{Epochs: 5, MinCount: 1, Seed: 1, Context: true})
	if back, err := Load(data); err != nil {
		t.Fatal(err)
	} else {
		m = back // the model as the page loads it: it must remember to read the context
	}
	in := words("Nora Pike said the mayor backs the harbour .")
	if !m.Cues(in, [][2]int{{0, len(in)}})[5] {
		t.Error("\"backs\" in what Pike said is not taken for a cue")
	}
	out := words("The mayor backs the harbour on Friday .")
	if m.Cues(out, [][2]int{{0, len(out)}})[2] {
		t.Error("\"backs\" where no one is reported is taken for a cue")
	}
}
