package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract/syntax/train"
)

// compareTagDicts prints the cross-validated scores of the tagger and
// chunker with each pair of dictionaries of spec ("min/share,…" or
// "min/share/chunk min/chunk share,…"), and the share of tokens each
// labels unscored.
func compareTagDicts(docs []train.Doc, k int, opt train.Options, spec string) {
	var sets []train.TagDictSetting
	for _, v := range strings.Split(spec, ",") {
		parts := strings.Split(v, "/")
		for len(parts) < 6 {
			parts = append(parts, "0")
		}
		n, err1 := strconv.Atoi(parts[0])
		s, err2 := strconv.ParseFloat(parts[1], 64)
		cn, err3 := strconv.Atoi(parts[2])
		cs, err4 := strconv.ParseFloat(parts[3], 64)
		on, err5 := strconv.Atoi(parts[4])
		oshare, err6 := strconv.ParseFloat(parts[5], 64)
		if len(parts) != 6 || err1 != nil || err2 != nil || err3 != nil || err4 != nil || err5 != nil || err6 != nil {
			fail(fmt.Errorf("dictionaries %q are not min/share[/chunk min/chunk share[/outside min/outside share]]", v))
		}
		sets = append(sets, train.TagDictSetting{Min: n, Share: s, ChunkMin: cn, ChunkShare: cs, OutsideMin: on, OutsideShare: oshare})
	}
	scores, covered, chunkCovered, err := train.CrossValidateTagDicts(docs, k, opt, sets)
	if err != nil {
		fail(err)
	}
	for i, s := range scores {
		fmt.Printf("| whosaid (tag dictionary %d/%g, %.1f%% of tags unscored; chunk dictionary %d/%g, outside tags %d/%g, %.1f%% of chunk labels) | eng.train %d-fold CV | %.4f | %.4f | | %.2fM |\n",
			sets[i].Min, sets[i].Share, 100*covered[i], sets[i].ChunkMin, sets[i].ChunkShare, sets[i].OutsideMin, sets[i].OutsideShare, 100*chunkCovered[i], k, s.Accuracy(), s.F1(), s.TokensPerSecond()/1e6)
	}
}
