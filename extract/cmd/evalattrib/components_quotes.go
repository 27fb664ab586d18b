//go:build !js

package main

import (
	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/polnear"
	"github.com/whosaid/whosaid/extract/quotes"
	"github.com/whosaid/whosaid/extract/quotes/train"
)

// The quotation model (quotes.Said): which quotation-marked stretches are
// quotations. It comes first: the later components learn from the
// quotations it keeps. Its threshold and settings are chosen by
// extract/cmd/trainquotes (make quote-model), which writes the embedded
// model; `evalattrib -write` writes the same bytes.
var quotesComponent = component{name: "quotations", file: "../../quotes/model/said.bin", train: trainSaid, use: useSaid}

func trainSaid(arts []polnear.Article, opt extract.Options) ([]byte, error) {
	cands, err := polnear.SaidCandidates(arts, opt)
	if err != nil {
		return nil, err
	}
	return train.Said(polnear.SaidExamples(cands), train.Default).MarshalBinary()
}

func useSaid(opt *extract.Options, model []byte) error {
	m, err := quotes.LoadSaid(model)
	if err != nil {
		return err
	}
	opt.Said = m
	return nil
}
