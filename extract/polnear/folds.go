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
	return SplitBy(arts, Fold(arts, k), f)
}

// SplitBy returns the items outside fold f and inside it, each in the given
// order, where fold[i] is item i's fold (what Fold gave for its article):
// the examples or scores a harness keeps per article split as the articles.
func SplitBy[T any](items []T, fold []int, f int) (train, test []T) {
	for i := range items {
		if fold[i] == f {
			test = append(test, items[i])
		} else {
			train = append(train, items[i])
		}
	}
	return train, test
}
