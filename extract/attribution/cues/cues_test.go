//go:build !js

package cues

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// words makes tokens of a sentence written for the test, the lexicon's
// verdict on "said" included.
func words(s string) []Token {
	var out []Token
	for i, w := range strings.Fields(s) {
		t := Token{Lower: strings.ToLower(w), Capital: w[0] >= 'A' && w[0] <= 'Z', SentStart: i == 0}
		if t.Lower == "said" {
			t.Lexicon = LexCue | LexReport
		}
		out = append(out, t)
	}
	return out
}

func example(s string, heads ...string) Example {
	toks := words(s)
	gold := make([]bool, len(toks))
	for i, t := range toks {
		for _, h := range heads {
			gold[i] = gold[i] || t.Lower == h
		}
	}
	return Example{Tokens: toks, Sents: [][2]int{{0, len(toks)}}, Gold: gold}
}

func trainingSet() []Example {
	return []Example{
		example("Vargas said the pier was late .", "said"),
		example("Becker signaled that the ferry would run .", "signaled"),
		example("The mayor opened the pier on Monday ."),
		example("Pike signaled that the budget had doubled .", "signaled"),
		example("Becker opened the meeting with a joke ."),
		example("The board said the ferry was safe .", "said"),
	}
}

func TestTrainingLearnsACueTheLexiconDoesNotKnow(t *testing.T) {
	m := Train(trainingSet(), Settings{Epochs: 5, MinCount: 1, Seed: 1})
	toks := words("Nora Pike signaled that the harbour would close .")
	got := m.Cues(toks, [][2]int{{0, len(toks)}})
	if !got[2] {
		t.Errorf("\"signaled\" before a that-clause is not taken for a cue")
	}
	toks = words("Nora Pike opened the harbour on Friday .")
	for i, c := range m.Cues(toks, [][2]int{{0, len(toks)}}) {
		if c {
			t.Errorf("%q is taken for a cue in an action with no speech", toks[i].Lower)
		}
	}
}

func TestACueInsideAQuotationIsNotScored(t *testing.T) {
	m := Train(trainingSet(), Settings{Epochs: 5, MinCount: 1, Seed: 1})
	toks := words("Vargas said the pier was late .")
	for i := range toks {
		toks[i].InQuote = true
	}
	for i, c := range m.Cues(toks, [][2]int{{0, len(toks)}}) {
		if c {
			t.Errorf("%q inside a quotation is taken for a cue", toks[i].Lower)
		}
	}
}

func TestTrainingIsReproducible(t *testing.T) {
	_, a := TrainBytes(trainingSet(), Settings{Epochs: 5, MinCount: 1, Seed: 7})
	_, b := TrainBytes(trainingSet(), Settings{Epochs: 5, MinCount: 1, Seed: 7})
	if !bytes.Equal(a, b) {
		t.Error("the same data and seed give different model bytes")
	}
}

func TestALoadedModelFindsTheSameCues(t *testing.T) {
	m, data := TrainBytes(trainingSet(), Settings{Epochs: 5, MinCount: 1, Threshold: -1.5, Seed: 1})
	back, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Threshold != -1.5 {
		t.Errorf("threshold = %v, want -1.5", back.Threshold)
	}
	toks := words("Nora Pike signaled that the harbour would close and said so .")
	sents := [][2]int{{0, len(toks)}}
	for i := range toks {
		a, _ := m.Score(toks, sents, i)
		b, _ := back.Score(toks, sents, i)
		if a != b {
			t.Errorf("%q scores %v trained, %v loaded", toks[i].Lower, a, b)
		}
	}
}

func TestLoadRejectsWhatIsNotAModel(t *testing.T) {
	_, good := TrainBytes(trainingSet(), Settings{Epochs: 1, MinCount: 1, Seed: 1})
	for name, data := range map[string][]byte{
		"empty":     nil,
		"other":     []byte("PK\x03\x04 a zip file"),
		"truncated": good[:len(good)-3],
		"header":    good[:20],
		"trailing":  append(append([]byte{}, good...), 0),
	} {
		if _, err := Load(data); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: Load = %v, want ErrBadModel", name, err)
		}
	}
}

func TestHeadSkipsAuxiliariesAndArticles(t *testing.T) {
	for _, c := range []struct{ span, want string }{
		{"has said", "said"},
		{"did not deny", "deny"},
		{"the report", "report"},
		{"according to", "according"},
		{"pointed out", "pointed"},
	} {
		toks := words(c.span)
		if h := Head(toks, 0, len(toks)); h < 0 || toks[h].Lower != c.want {
			t.Errorf("Head(%q) = %d, want %q", c.span, h, c.want)
		}
	}
}

// relExample is a sentence with its cue word and the words of its content
// (lower case, as words() gives them).
func relExample(s, cue, content string) Example {
	ex := example(s, cue)
	toks := ex.Tokens
	want := strings.Fields(strings.ToLower(content))
	for i := range toks {
		if toks[i].Lower != cue {
			continue
		}
		for a := range toks {
			if a+len(want) > len(toks) {
				break
			}
			ok := true
			for k, w := range want {
				ok = ok && toks[a+k].Lower == w
			}
			if ok {
				ex.Relations = append(ex.Relations, Relation{Head: i, Content: [][2]int{{a, a + len(want)}}})
			}
		}
	}
	return ex
}

func contentSet() []Example {
	return []Example{
		relExample("Vargas said the pier was late .", "said", "the pier was late"),
		relExample("The ferry was safe , the board said .", "said", "The ferry was safe"),
		relExample("Becker signaled that the ferry would run .", "signaled", "the ferry would run"),
		relExample("The budget had doubled , Pike signaled .", "signaled", "The budget had doubled"),
		relExample("Pike said the budget had doubled .", "said", "the budget had doubled"),
		relExample("The pier was open , Becker said .", "said", "The pier was open"),
	}
}

func TestTheContentTaggerFindsTheClauseOnEitherSide(t *testing.T) {
	m := Train(contentSet(), Settings{Epochs: 5, MinCount: 1, Seed: 1, ContentEpochs: 10})
	ct := m.ContentTagger()
	if ct == nil {
		t.Fatal("no content tagger was trained")
	}
	for _, c := range []struct{ s, want string }{
		{"Nora Pike said the harbour would close .", "the harbour would close"},
		{"The harbour would close , Nora Pike said .", "the harbour would close"},
	} {
		toks := words(c.s)
		cue := -1
		for i, tk := range toks {
			if tk.Lower == "said" {
				cue = i
			}
		}
		a, b, ok := ct.Content(toks, 0, len(toks), cue)
		var got []string
		for _, tk := range toks[a:b] {
			got = append(got, tk.Lower)
		}
		if !ok || strings.Join(got, " ") != c.want {
			t.Errorf("%s: content %q (ok %v), want %q", c.s, strings.Join(got, " "), ok, c.want)
		}
	}
}

func TestAModelWithItsContentTaggerLoadsTheSame(t *testing.T) {
	_, a := TrainBytes(contentSet(), Settings{Epochs: 5, MinCount: 1, Seed: 3, ContentEpochs: 5})
	_, b := TrainBytes(contentSet(), Settings{Epochs: 5, MinCount: 1, Seed: 3, ContentEpochs: 5})
	if !bytes.Equal(a, b) {
		t.Error("the same data and seed give different model bytes")
	}
	m, err := Load(a)
	if err != nil || m.ContentTagger() == nil {
		t.Fatalf("Load = %v, content tagger %v", err, m.ContentTagger() != nil)
	}
}

// A form of a cue never seen in training is scored when another form of
// the same word headed a cue: "blames" after "blamed".
func TestAnUnseenFormOfACueIsScored(t *testing.T) {
	set := append(trainingSet(),
		example("Becker blamed the ferry for the delay .", "blamed"),
		example("Pike blamed the council for the cost .", "blamed"))
	m := Train(set, Settings{Epochs: 5, MinCount: 1, Seed: 1})
	toks := words("Nora Pike blames the harbour for the delay .")
	sents := [][2]int{{0, len(toks)}}
	if _, ok := m.Score(toks, sents, 2); !ok {
		t.Fatal("\"blames\" is not scored though \"blamed\" headed cues in training")
	}
	if !m.Cues(toks, sents)[2] {
		t.Error("\"blames\" is not taken for a cue")
	}
	if _, ok := m.Score(toks, sents, 4); ok {
		t.Error("\"harbour\", no form of any cue, is scored")
	}
}

// A cue word seen once in training is weighed by the speech verbs of its
// word cluster: "asserted" (the cluster of "argued", "noted", "stressed")
// is taken for a cue in a frame it was never seen in, "closed" (the cluster
// of "opened" and "visited", actions) is not, though each headed one cue
// in the same sentence.
func TestARareCueIsReadByItsCluster(t *testing.T) {
	var set []Example
	for _, name := range []string{"Vargas", "Becker", "Pike", "Lee", "Mora", "Silva"} {
		for _, v := range []string{"argued", "noted", "stressed"} {
			set = append(set, example(name+" "+v+" the pier was late .", v))
		}
		for _, v := range []string{"opened", "visited"} {
			set = append(set, example(name+" "+v+" the pier on Monday ."))
		}
	}
	set = append(set,
		example("Becker opened that the ferry was safe .", "opened"),
		example("Pike visited that the ferry was safe .", "visited"),
		example("Mora asserted that the budget had doubled .", "asserted"),
		example("Mora closed that the budget had doubled .", "closed"))
	m := Train(set, Settings{Epochs: 5, MinCount: 1, Seed: 1, Clusters: true})
	toks := words("Nora Pike asserted the harbour would open on Monday .")
	sents := [][2]int{{0, len(toks)}}
	speech, ok1 := m.Score(toks, sents, 2)
	toks[2].Lower = "closed"
	action, ok2 := m.Score(toks, sents, 2)
	if !ok1 || !ok2 {
		t.Fatal("a word that headed a cue in training is not scored")
	}
	if speech <= action {
		t.Errorf("\"asserted\" scores %v, \"closed\" %v: the speech verbs' cluster does not count", speech, action)
	}
}

// chunked gives the tokens of words(s) the chunk labels and part-of-speech
// tags written after each word ("Pike/B-NP/NNP"), the entity type of a
// capitalised name ("PERSON").
func chunked(s string) []Token {
	var out []Token
	for i, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		t := Token{Lower: strings.ToLower(p[0]), Capital: p[0][0] >= 'A' && p[0][0] <= 'Z', SentStart: i == 0, Chunk: p[1], POS: p[2]}
		if t.POS == "NNP" {
			t.Entity = "PERSON"
		}
		out = append(out, t)
	}
	return out
}

// With the grammar features, who stands before the verb's phrase counts
// though an auxiliary stands between: a person who "has noted" something
// speaks, a meter that "has noted" it does not.
func TestTheSubjectBeforeTheVerbPhraseCounts(t *testing.T) {
	var set []Example
	for _, name := range []string{"Vargas", "Becker", "Pike", "Lee"} {
		for _, c := range []struct {
			s   string
			cue bool
		}{
			{name + "/B-NP/NNP has/B-VP/VBZ noted/I-VP/VBN the/B-NP/DT delay/I-NP/NN ./O/.", true},
			{"The/B-NP/DT " + strings.ToLower(name) + "/I-NP/NN has/B-VP/VBZ noted/I-VP/VBN the/B-NP/DT delay/I-NP/NN ./O/.", false},
		} {
			toks := chunked(c.s)
			gold := make([]bool, len(toks))
			gold[len(toks)-4] = c.cue
			set = append(set, Example{Tokens: toks, Sents: [][2]int{{0, len(toks)}}, Gold: gold})
		}
	}
	m := Train(set, Settings{Epochs: 5, MinCount: 1, Seed: 1, Grammar: true})
	person := chunked("Mora/B-NP/NNP has/B-VP/VBZ noted/I-VP/VBN the/B-NP/DT cost/I-NP/NN ./O/.")
	meter := chunked("The/B-NP/DT meter/I-NP/NN has/B-VP/VBZ noted/I-VP/VBN the/B-NP/DT cost/I-NP/NN ./O/.")
	a, ok1 := m.Score(person, [][2]int{{0, len(person)}}, 2)
	b, ok2 := m.Score(meter, [][2]int{{0, len(meter)}}, 3)
	if !ok1 || !ok2 {
		t.Fatal("\"noted\" is not scored")
	}
	if a <= b {
		t.Errorf("\"noted\" after a person scores %v, after a meter %v: the subject does not count", a, b)
	}
	_, data := TrainBytes(set, Settings{Epochs: 5, MinCount: 1, Seed: 1, Grammar: true})
	back, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := back.Score(person, [][2]int{{0, len(person)}}, 2); c != a {
		t.Errorf("loaded, \"noted\" scores %v, trained %v: the model forgets it reads the chunks", c, a)
	}
}
