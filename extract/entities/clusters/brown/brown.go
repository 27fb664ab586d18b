// Package brown clusters words by the words next to them: Brown et al.'s
// (1992) class-based bigram clustering, with Liang's (2005) window of C
// active clusters, which makes it O(V·C²) instead of O(V³). Hand-written
// because no maintained Go library does Brown clustering (the reference is
// Liang's C++ wcluster). It runs only when the clusters are retrained
// (cmd/trainclusters); the page reads the finished table.
package brown

import (
	"math"
	"sort"
	"sync"
)

// Options sets the clustering; the same options and text give the same
// clusters.
type Options struct {
	Clusters int // C: active clusters in the window, leaves of the tree
	MinCount int // words seen fewer times are left out
	MaxWords int // at most this many words, the most frequent (0: all)
	Workers  int // goroutines sharing the O(C²) updates
	// Progress, if set, is told every 1000 words.
	Progress func(done, total int)
}

// Result gives each clustered word its bit path in the merge tree, in
// frequency order.
type Result struct {
	Words  []string
	Counts []int
	Paths  []string
}

type neighbor struct {
	word  int
	count float64
}

type clusterer struct {
	opt        Options
	S          int // slots: C+1 plus one spare
	p1         []float64
	p2, q2, L  []float64 // S×S: bigram probability, its q term, merge loss (a<b)
	active     []bool
	slotOf     []int
	members    [][]int
	right      [][]neighbor // per word: words that follow it
	left       [][]neighbor // per word: words that precede it
	wordP      []float64
	node       []int // tree node of each slot's cluster (final phase)
	parent     []int
	side       []byte
	activeList []int
}

func q(pxy, px, py float64) float64 {
	if pxy <= 0 {
		return 0
	}
	return pxy * math.Log(pxy/(px*py))
}

// Cluster runs the algorithm over sentences of tokens.
func Cluster(sentences [][]string, opt Options) Result {
	if opt.Workers < 1 {
		opt.Workers = 1
	}
	counts := map[string]int{}
	for _, s := range sentences {
		for _, w := range s {
			counts[w]++
		}
	}
	var words []string
	for w, n := range counts {
		if n >= opt.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	if opt.MaxWords > 0 && len(words) > opt.MaxWords {
		words = words[:opt.MaxWords]
	}
	id := make(map[string]int, len(words))
	for i, w := range words {
		id[w] = i
	}
	V := len(words)
	C := opt.Clusters
	if C > V {
		C = V
	}
	c := &clusterer{opt: opt, S: C + 2}
	c.right = make([][]neighbor, V)
	c.left = make([][]neighbor, V)
	c.wordP = make([]float64, V)
	bigrams := map[[2]int]float64{}
	tokens, pairs := 0.0, 0.0
	for _, s := range sentences {
		prev := -1
		for _, w := range s {
			cur, ok := id[w]
			if !ok {
				prev = -1 // a left-out word breaks the chain
				continue
			}
			tokens++
			c.wordP[cur]++
			if prev >= 0 {
				bigrams[[2]int{prev, cur}]++
				pairs++
			}
			prev = cur
		}
	}
	for i := range c.wordP {
		c.wordP[i] /= tokens
	}
	keys := make([][2]int, 0, len(bigrams))
	for k := range bigrams {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		p := bigrams[k] / pairs
		c.right[k[0]] = append(c.right[k[0]], neighbor{k[1], p})
		c.left[k[1]] = append(c.left[k[1]], neighbor{k[0], p})
	}
	S := c.S
	c.p1 = make([]float64, S)
	c.p2 = make([]float64, S*S)
	c.q2 = make([]float64, S*S)
	c.L = make([]float64, S*S)
	c.active = make([]bool, S)
	c.members = make([][]int, S)
	c.slotOf = make([]int, V)
	for i := range c.slotOf {
		c.slotOf[i] = -1
	}
	c.node = make([]int, S)

	for w := 0; w < V; w++ {
		c.add(w)
		if c.count() > C {
			a, b := c.best()
			c.merge(a, b)
		}
		if opt.Progress != nil && (w+1)%1000 == 0 {
			opt.Progress(w+1, V)
		}
	}
	// The tree over the C clusters: merge down to one, recording who joins
	// whom.
	c.parent, c.side = nil, nil
	for _, s := range c.list() {
		c.node[s] = c.newNode()
	}
	leaf := make([]int, V)
	for w := range leaf {
		leaf[w] = c.node[c.slotOf[w]]
	}
	for c.count() > 1 {
		a, b := c.best()
		n := c.newNode()
		c.parent[c.node[a]], c.side[c.node[a]] = n, '0'
		c.parent[c.node[b]], c.side[c.node[b]] = n, '1'
		c.merge(a, b)
		c.node[a] = n
	}
	path := func(n int) string {
		var b []byte
		for ; c.parent[n] >= 0; n = c.parent[n] {
			b = append(b, c.side[n])
		}
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return string(b)
	}
	res := Result{Words: words, Counts: make([]int, V), Paths: make([]string, V)}
	for w := range words {
		res.Counts[w] = counts[words[w]]
		res.Paths[w] = path(leaf[w])
	}
	return res
}

func (c *clusterer) newNode() int {
	c.parent = append(c.parent, -1)
	c.side = append(c.side, 0)
	return len(c.parent) - 1
}

func (c *clusterer) count() int { return len(c.list()) }

func (c *clusterer) list() []int {
	c.activeList = c.activeList[:0]
	for s, a := range c.active {
		if a {
			c.activeList = append(c.activeList, s)
		}
	}
	return c.activeList
}

// T is what cluster d adds to the loss of merging a and b.
func (c *clusterer) T(a, b, d int) float64 {
	S := c.S
	pad := c.p2[a*S+d] + c.p2[b*S+d]
	pda := c.p2[d*S+a] + c.p2[d*S+b]
	if pad == 0 && pda == 0 {
		return 0
	}
	pab := c.p1[a] + c.p1[b]
	return c.q2[a*S+d] + c.q2[d*S+a] + c.q2[b*S+d] + c.q2[d*S+b] -
		q(pad, pab, c.p1[d]) - q(pda, c.p1[d], pab)
}

// loss computes the mutual information lost by merging a and b, from
// scratch.
func (c *clusterer) loss(a, b int, act []int) float64 {
	S := c.S
	pab := c.p1[a] + c.p1[b]
	self := c.p2[a*S+a] + c.p2[a*S+b] + c.p2[b*S+a] + c.p2[b*S+b]
	l := c.q2[a*S+a] + c.q2[a*S+b] + c.q2[b*S+a] + c.q2[b*S+b] - q(self, pab, pab)
	for _, d := range act {
		if d != a && d != b {
			l += c.T(a, b, d)
		}
	}
	return l
}

func (c *clusterer) setQ(s int, act []int) {
	S := c.S
	for _, t := range act {
		c.q2[s*S+t] = q(c.p2[s*S+t], c.p1[s], c.p1[t])
		c.q2[t*S+s] = q(c.p2[t*S+s], c.p1[t], c.p1[s])
	}
}

// parallel runs fn over the active slots, split between the workers; every
// result cell is written by one worker, so the outcome does not depend on
// scheduling.
func (c *clusterer) parallel(act []int, fn func(a int)) {
	var wg sync.WaitGroup
	for k := 0; k < c.opt.Workers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for i := k; i < len(act); i += c.opt.Workers {
				fn(act[i])
			}
		}(k)
	}
	wg.Wait()
}

func (c *clusterer) key(a, b int) int {
	if a > b {
		a, b = b, a
	}
	return a*c.S + b
}

// add brings word w into the window as a cluster of its own.
func (c *clusterer) add(w int) {
	S := c.S
	s := 0
	for c.active[s] {
		s++
	}
	act := append([]int(nil), c.list()...)
	c.p1[s] = c.wordP[w]
	for t := 0; t < S; t++ {
		c.p2[s*S+t], c.p2[t*S+s] = 0, 0
	}
	c.slotOf[w] = s
	c.members[s] = append(c.members[s][:0], w)
	for _, n := range c.right[w] {
		if t := c.slotOf[n.word]; t >= 0 {
			c.p2[s*S+t] += n.count
		}
	}
	for _, n := range c.left[w] {
		if t := c.slotOf[n.word]; t >= 0 && n.word != w {
			c.p2[t*S+s] += n.count
		}
	}
	c.setQ(s, append(act, s))
	// Every existing pair's loss gains s's term (zero unless s is next to
	// one of the pair).
	c.parallel(act, func(a int) {
		for _, b := range act {
			if b > a {
				c.L[a*S+b] += c.T(a, b, s)
			}
		}
	})
	c.active[s] = true
	all := append(act, s)
	c.parallel(act, func(a int) { c.L[c.key(a, s)] = c.loss(a, s, all) })
}

// best is the pair whose merge loses the least mutual information.
func (c *clusterer) best() (int, int) {
	act := c.list()
	ba, bb, bl := -1, -1, math.Inf(1)
	for i, a := range act {
		for _, b := range act[i+1:] {
			if l := c.L[a*c.S+b]; l < bl {
				ba, bb, bl = a, b, l
			}
		}
	}
	return ba, bb
}

// merge joins cluster j into i.
func (c *clusterer) merge(i, j int) {
	S := c.S
	act := append([]int(nil), c.list()...)
	var others []int
	for _, a := range act {
		if a != i && a != j {
			others = append(others, a)
		}
	}
	c.parallel(others, func(a int) {
		for _, b := range others {
			if b > a {
				c.L[a*S+b] -= c.T(a, b, i) + c.T(a, b, j)
			}
		}
	})
	for _, t := range others {
		c.p2[i*S+t] += c.p2[j*S+t]
		c.p2[t*S+i] += c.p2[t*S+j]
	}
	c.p2[i*S+i] += c.p2[i*S+j] + c.p2[j*S+i] + c.p2[j*S+j]
	c.p1[i] += c.p1[j]
	for t := 0; t < S; t++ {
		c.p2[j*S+t], c.p2[t*S+j], c.q2[j*S+t], c.q2[t*S+j] = 0, 0, 0, 0
	}
	c.active[j] = false
	for _, w := range c.members[j] {
		c.slotOf[w] = i
	}
	c.members[i] = append(c.members[i], c.members[j]...)
	c.members[j] = c.members[j][:0]
	rest := append(others, i)
	c.setQ(i, rest)
	c.parallel(others, func(a int) {
		for _, b := range others {
			if b > a {
				c.L[a*S+b] += c.T(a, b, i)
			}
		}
	})
	c.parallel(others, func(a int) { c.L[c.key(a, i)] = c.loss(a, i, rest) })
}
