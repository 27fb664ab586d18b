// Package train trains the quotation model of package quotes (quotes.Said).
// It is used by the training commands only, never by the page.
package train

import (
	"math"
	"math/rand"

	"github.com/whosaid/whosaid/extract/quotes"
)

// Example is one quotation-marked stretch to learn from: its features
// and whether the annotators read it as something somebody said.
type Example struct {
	Features []uint32
	Said     bool
}

// Training sets how the model learns.
type Training struct {
	Epochs int
	Seed   int64
	Rate   float64 // the learning rate at the start; it falls as 1/(1+epoch)
	L2     float64 // weight decay per update
	// Threshold is the score from which a stretch is a quotation.
	Threshold float32
}

// Default is what the embedded model is trained with (chosen
// by 5-fold cross-validation over PolNeAR train: extract/cmd/trainquotes;
// the threshold's F1 is flat from -0.2 to 0, 0.960, and the lower end
// keeps more quotations: recall 0.987 against 0.984).
var Default = Training{Epochs: 10, Seed: 1, Rate: 0.1, L2: 1e-5, Threshold: -0.2}

// Said fits a logistic model by stochastic gradient descent, the
// examples visited in an order shuffled with opt.Seed, and keeps the
// average of the weights over every step (steadier than the last ones).
// The same examples and settings give the same model.
func Said(examples []Example, opt Training) *quotes.Said {
	w := map[uint32]float64{}
	sum := map[uint32]float64{} // running sum of w over steps, lazily
	stamp := map[uint32]int{}
	step := 0
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	catchUp := func(k uint32) {
		sum[k] += w[k] * float64(step-stamp[k])
		stamp[k] = step
	}
	for e := 0; e < opt.Epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := opt.Rate / (1 + float64(e))
		for _, i := range order {
			ex := examples[i]
			var s float64
			for _, k := range ex.Features {
				s += w[k]
			}
			p := 1 / (1 + math.Exp(-s))
			y := 0.0
			if ex.Said {
				y = 1
			}
			g := rate * (y - p)
			for _, k := range ex.Features {
				catchUp(k)
				w[k] += g - rate*opt.L2*w[k]
			}
			step++
		}
	}
	weights := make(map[uint32]float32, len(w))
	for k := range w {
		catchUp(k)
		if v := quotes.Quantize(sum[k] / float64(max(step, 1))); v != 0 {
			weights[k] = v
		}
	}
	return quotes.NewSaid(weights, opt.Threshold)
}
