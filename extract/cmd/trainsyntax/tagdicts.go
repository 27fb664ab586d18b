package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract/syntax/train"
)

// compareTagDicts prints the cross-validated scores of the tagger and
// chunker with each tag dictionary of spec ("min/share,…"), and the share
// of tokens each tags unscored.
func compareTagDicts(docs []train.Doc, k int, opt train.Options, spec string) {
	var sets []train.TagDictSetting
	for _, v := range strings.Split(spec, ",") {
		min, share, ok := strings.Cut(v, "/")
		n, err1 := strconv.Atoi(min)
		s, err2 := strconv.ParseFloat(share, 64)
		if !ok || err1 != nil || err2 != nil {
			fail(fmt.Errorf("tag dictionary %q is not min/share", v))
		}
		sets = append(sets, train.TagDictSetting{Min: n, Share: s})
	}
	scores, covered, err := train.CrossValidateTagDicts(docs, k, opt, sets)
	if err != nil {
		fail(err)
	}
	for i, s := range scores {
		fmt.Printf("| whosaid (tag dictionary %d/%g, %.1f%% of tokens unscored) | eng.train %d-fold CV | %.4f | %.4f | | %.2fM |\n",
			sets[i].Min, sets[i].Share, 100*covered[i], k, s.Accuracy(), s.F1(), s.TokensPerSecond()/1e6)
	}
}
