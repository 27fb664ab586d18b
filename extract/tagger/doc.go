// Package tagger is the averaged perceptron every sequence labeller of the
// engine shares (part-of-speech tags, phrase chunks, entities): hashed
// feature keys, quantised sparse weights in a compact binary format, and
// greedy left-to-right decoding on the labels already chosen, with
// constraints on which label may follow which.
//
// Labels are small ints (0 ≤ label < 256). A feature is a uint64 hash made
// with Mix from a template number and per-token hashes; the model keeps a
// 32-bit key of it. Training lives in the sub-package train, out of the
// page's build.
package tagger
