package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
)

// A long document read in pieces is the document the engine made, and the
// page gets the thread back while it is read.
func TestLongDocumentDecodedInPieces(t *testing.T) {
	text := strings.Repeat(`"We are ready," Mayor Elena Vargas said on Monday in Harbour City. Councillor Tom Becker said the plan was too costly.`+"\n\n", 900)
	doc, err := extract.Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(doc)
	defer func(was time.Duration) { pieceTime = was }(pieceTime)
	pieceTime = 0 // a pause after every item
	pauses := 0
	got, err := decodeDocument(data, func() { pauses++ })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, doc) {
		t.Error("the document read in pieces differs from the engine's")
	}
	if want := len(doc.Entities) + len(doc.Quotes) + len(doc.Reported) + len(doc.People); pauses != want {
		t.Errorf("%d pauses in reading %d items", pauses, want)
	}
	if _, err := decodeDocument(append([]byte(`{"entities": [{"start": 1}`), make([]byte, 300<<10)...), func() {}); err == nil {
		t.Error("a cut-off answer was read as a document")
	}
}
