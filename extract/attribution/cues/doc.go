// Package cues is the learned cue detector of reported speech: for each
// word outside quotations, whether it is the head of a cue ("said",
// "according", "pointed" in "pointed out", "criticism" in "her criticism
// of …"). It is an averaged perceptron over the word, its suffixes, its
// neighbours, what follows it ("that", a quotation mark, a colon), its
// place in the sentence, the entities around it, its word cluster (the
// entity tagger's Brown clusters: a rare speech verb reads like the common
// ones of its cluster) and what the hand-written cue lexicon says, trained
// on the Cue spans of PolNeAR train
// (extract/cmd/traincues, `make cues`). Only words that headed a cue in
// training, or share a stem with one ("blames" after "blamed"), are scored.
//
// The package knows nothing of the engine's other types: the caller gives
// one Token per word with what the earlier stages found.
package cues
