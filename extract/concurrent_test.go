package extract

import (
	"reflect"
	"sync"
	"testing"
)

// Two articles annotated at once (a server, a batch run on several cores)
// come out as each does alone: the models are shared, the scratch is not.
func TestAnnotateIsSafeForConcurrentUse(t *testing.T) {
	texts := []string{
		benchArticle(),
		`"We will not accept this," said Maria Lopez, the mayor of Springfield. The council voted on Tuesday. Lopez said the plan would cost $4 million, according to a city report.`,
	}
	want := make([]*Document, len(texts))
	for i, text := range texts {
		doc, err := Annotate(text)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = doc
	}
	var wg sync.WaitGroup
	got := make([][]*Document, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				for _, text := range texts {
					doc, err := Annotate(text)
					if err != nil {
						t.Error(err)
						return
					}
					got[g] = append(got[g], doc)
				}
			}
		}()
	}
	wg.Wait()
	for g := range got {
		for j, doc := range got[g] {
			if !reflect.DeepEqual(doc, want[j%len(texts)]) {
				t.Fatalf("goroutine %d, article %d: a concurrent call annotated it differently", g, j%len(texts))
			}
		}
	}
}
