// Package polnear reads the PolNeAR attribution corpus, scores an engine's
// output with the same figures as the project's shared scorer
// (tools/score_quotes.py), and splits articles into cross-validation folds.
//
// It is for training and evaluation only: the page never imports it.
//
// Offsets: PolNeAR's brat files count Unicode code points; this package
// hands out UTF-8 byte offsets (as the engine uses) and keeps the code-point
// spans to score exactly as the python scorer does.
package polnear
