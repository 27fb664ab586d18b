package attribution

import "sync"

// The source ranker's input is made for each article and dropped after
// it: its tokens (about 100 bytes each) and the facts of its candidate
// spans were a third of the engine's allocation, which in WebAssembly is
// dear (the allocator's runtime calls, the memory cleared and, after the
// article, collected). RankSources hands an input it made back here when
// no one else holds it, and the next article's is built in its buffers.

var sourceInputs sync.Pool

// sourceSpare holds a former input's buffers, which the lazily worked
// out parts of the next one (kinds, marks, spans) are made in.
type sourceSpare struct {
	kinds  []uint8
	roles  []uint8
	byFrom []int32
	marks  []int32
	spans  []spanFacts
	spanAt []int32
	inner  []TokenSpan
}

// takeSourceInput is an empty input, made in a former one's buffers if the
// pool has one.
func takeSourceInput() *SourceInput {
	old, _ := sourceInputs.Get().(*SourceInput)
	if old == nil {
		return new(SourceInput)
	}
	*old = SourceInput{
		Tokens:     old.Tokens[:0],
		Entities:   old.Entities[:0],
		Statements: old.Statements[:0],
		picked:     old.picked[:0],
		pickedEnts: old.pickedEnts[:0],
		speechBuf:  old.speechBuf[:0],
		cands:      old.cands[:0],
		candKinds:  old.candKinds[:0],
		spare: sourceSpare{kinds: old.kinds, roles: old.roles, byFrom: old.byFrom, marks: old.marks,
			spans: old.spans[:0], spanAt: old.spanAt, inner: old.inner},
	}
	return old
}

// putSourceInput gives in back to the pool; nothing may use it after. A
// long document's input is left to the collector: kept, its megabytes of
// strings would be marked at every collection until the pool let it go.
func putSourceInput(in *SourceInput) {
	if len(in.Tokens) <= maxPooledTokens {
		sourceInputs.Put(in)
	}
}

// maxPooledTokens is the most tokens of a text whose buffers are pooled
// (sources_input_pool.go, scratch.go): several long articles' worth.
const maxPooledTokens = 1 << 14

// sized is buf with length n (its contents left as they were), a new
// slice if buf is too short.
func sized[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// cleared is buf with length n, every element zero.
func cleared[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
