package attribution

import "testing"

// The speech classifier reads how surely the cue detector took the cue for
// one: trained where a weakly detected "signaled" introduced no speech and
// a surely detected one did, it keeps the second and drops the first.
func TestSpeechClassifierWeighsTheCueMargin(t *testing.T) {
	// 0 Tom 1 Becker 2 signaled 3 the 4 pier 5 would 6 hold
	stmt := func(margin float32) *SourceInput {
		in := input("Tom Becker signaled the pier would hold", TokenSpan{3, 7}, TokenSpan{2, 3}, TokenSpan{0, 2}, TokenSpan{0, 2})
		in.Statements[0].CueMargin = margin
		return in
	}
	var src []SourceExample
	for i := 0; i < 10; i++ {
		src = append(src, SourceExample{Input: stmt(9), Gold: [][]ByteSpan{{{Start: 0, End: 10}}}})
		src = append(src, SourceExample{Input: stmt(-7), Gold: [][]ByteSpan{nil}})
	}
	ranker := TrainSources(src, DefaultSourceTraining)
	var ex []SpeechExample
	for _, s := range src {
		ex = append(ex, SpeechExample{Source: s, Ranker: ranker})
	}
	m := TrainSpeech(ex, 5, 1, 0)
	_, sure := m.Score(ranker, stmt(10))
	_, weak := m.Score(ranker, stmt(-8))
	if !(sure[0] >= m.Threshold && weak[0] < m.Threshold) {
		t.Errorf("scores: sure cue %v, weak cue %v; want the sure one kept and the weak one dropped (threshold %v)", sure[0], weak[0], m.Threshold)
	}
}
