// Package tagger is the averaged perceptron every sequence labeller of the
// engine shares (part-of-speech tags, phrase chunks, entities): hashed
// feature keys, quantised sparse weights in a compact binary format, and
// greedy left-to-right decoding on the labels already chosen, with
// constraints on which label may follow which.
//
// Labels are small ints (0 ≤ label < MaxLabels). A feature is a uint64 hash
// made with Mix from a template number and per-token hashes (Hash,
// HashLower, Shape, Affixes); the model keeps a 32-bit Key of it. Training
// lives in the sub-package train, out of the page's build.
//
// A labeller with state beyond the labels (the entity tagger remembers what
// a name was labelled earlier in the article) keeps its own loop:
//
//	d := tagger.NewDecoder(model, bio) // bio: tagger.NewTransitions(n, allowed)
//	for i := range words {
//		f := myFeatures(i, prev, history, d.Buffer())
//		label := d.Next(f, prev)
//		…
//	}
//
// and trains with the same features through train.Perceptron.Learn.
//
// Beam keeps the best few label sequences instead (the chunker), its
// features split into those scored once a token and those that read the
// labels before it (BeamFeatures); train.BeamSequencer trains it as it
// decodes (early update).
//
// A model file may carry more after the weights (a gazetteer): Decode
// returns those bytes.
package tagger
