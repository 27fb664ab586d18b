package syntax

// Drop names feature templates left out of the models' features, to
// measure by cross-validation what each costs and gives
// (trainsyntax -drop): bit j of POSRest leaves out posRestFeatures' j-th
// feature, of ChunkRest chunkRestFeatures', of ChunkLabel
// ChunkLabelFeatures'. The embedded models are trained with none left
// out; set it only before training and scoring such a model.
var Drop struct{ POSRest, ChunkRest, ChunkLabel uint32 }

// dropped removes from f[from:] the features whose bit is set in mask.
func dropped(f []uint64, from int, mask uint32) []uint64 {
	out := f[:from]
	for j, h := range f[from:] {
		if mask&(1<<j) == 0 {
			out = append(out, h)
		}
	}
	return out
}
