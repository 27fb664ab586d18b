package polnear

import (
	"hash/fnv"
	"sort"
)

// Folds is the number of cross-validation folds the project uses.
const Folds = 5

// Fold tells which of k folds each article is in: articles are ordered by
// a hash of their name (so a fold mixes outlets and dates, and an
// article's fold does not depend on which others are loaded alongside in
// name order) and dealt round robin, so fold sizes differ by at most one.
func Fold(arts []Article, k int) []int {
	idx := make([]int, len(arts))
	hs := make([]uint64, len(arts))
	for i := range arts {
		idx[i] = i
		h := fnv.New64a()
		h.Write([]byte(arts[i].Name))
		hs[i] = h.Sum64()
	}
	sort.Slice(idx, func(x, y int) bool {
		if hs[idx[x]] != hs[idx[y]] {
			return hs[idx[x]] < hs[idx[y]]
		}
		return arts[idx[x]].Name < arts[idx[y]].Name
	})
	fold := make([]int, len(arts))
	for r, i := range idx {
		fold[i] = r % k
	}
	return fold
}

// Split returns the articles outside fold f (to train on) and inside it (to
// test on), each in the given order.
func Split(arts []Article, k, f int) (train, test []Article) {
	fold := Fold(arts, k)
	for i := range arts {
		if fold[i] == f {
			test = append(test, arts[i])
		} else {
			train = append(train, arts[i])
		}
	}
	return train, test
}
