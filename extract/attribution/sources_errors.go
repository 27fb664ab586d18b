//go:build !js

package attribution

// SourceMiss is a statement with a gold source whose chosen one is wrong:
// what an analysis of the ranker's errors reads.
type SourceMiss struct {
	Statement, Cue, Rule, Pick TokenSpan
	Reported                   bool
	Index                      int // the statement's place in the input
	// Reachable: a right candidate was among the ranker's.
	Reachable bool
}

// SourceMisses lists the statements of ex whose chosen source overlaps no
// gold one (as the scorer judges a speaker).
func (m *SourceModel) SourceMisses(ex SourceExample) []SourceMiss {
	var out []SourceMiss
	for k, pick := range m.ChooseSources(ex.Input) {
		if len(ex.Gold[k]) == 0 || right(ex.Input, pick, ex.Gold[k]) {
			continue
		}
		st := ex.Input.Statements[k]
		miss := SourceMiss{Index: k, Statement: st.Span, Cue: st.Cue, Rule: st.Rule, Pick: pick, Reported: st.Reported}
		for _, c := range candidates(ex.Input, k, nil) {
			if right(ex.Input, c.span, ex.Gold[k]) {
				miss.Reachable = true
				break
			}
		}
		out = append(out, miss)
	}
	return out
}

// RightSource tells whether s overlaps one of the gold sources, as the
// scorer judges a speaker.
func RightSource(in *SourceInput, s TokenSpan, gold []ByteSpan) bool { return right(in, s, gold) }
