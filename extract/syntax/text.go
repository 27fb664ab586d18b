package syntax

import "github.com/whosaid/whosaid/extract/text"

// Analyze tags and chunks every sentence of a text with the embedded
// models; token numbers are the text's. pause, if set, is called now and
// then on a long text (the page hands the main thread back).
func Analyze(d *text.Doc, pause func()) (*Result, error) {
	if _, err := Load(); err != nil {
		return nil, err
	}
	p := parsers.Get().(*Parser)
	defer parsers.Put(p)
	p.rememberWords()
	defer p.forgetWords()
	n := len(d.Tokens)
	r := &Result{Tags: make([]string, 0, n), Labels: make([]string, 0, n), Chunks: make([]Chunk, 0, n/2)}
	var words []string
	done := 0
	// parse tags tokens [len(r.Tags), to) as one sentence.
	parse := func(to int) {
		words = words[:0]
		for i := len(r.Tags); i < to; i++ {
			words = append(words, d.Tokens[i].Text)
		}
		p.Append(words, r)
		if pause != nil && len(r.Tags)-done > pauseTokens {
			pause()
			done = len(r.Tags)
		}
	}
	for _, s := range d.Sentences {
		if s.To <= len(r.Tags) || s.To > n {
			continue
		}
		if s.From > len(r.Tags) {
			parse(s.From) // tokens no sentence holds (none today)
		}
		parse(s.To)
	}
	if len(r.Tags) < n {
		parse(n)
	}
	return r, nil
}

// pauseTokens is how many tokens are tagged between two pauses.
const pauseTokens = 10000
