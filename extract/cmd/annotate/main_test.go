package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestStreamLinesOneResultPerLineAndErrorsInPlace(t *testing.T) {
	in := strings.Join([]string{
		`{"id": 1, "text": "\"We are ready,\" Elena Vargas said."}`,
		`not json`,
		`{"id": "b", "text": ""}`,
		`{"id": 3}`,
		``,
		`{"id": 4, "text": "Nothing quoted in Oslo."}`,
	}, "\n")
	var out, log bytes.Buffer
	err := streamLines(strings.NewReader(in), &out, &log)
	if err == nil {
		t.Error("bad lines must make the run fail")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d result lines for 5 input lines:\n%s", len(lines), out.String())
	}
	var results []map[string]any
	for _, l := range lines {
		var r map[string]any
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("result line is not JSON: %s", l)
		}
		results = append(results, r)
	}
	if q, _ := results[0]["quotes"].([]any); len(q) != 1 || results[0]["id"] != 1.0 {
		t.Errorf("line 1 = %v", results[0])
	}
	for i, want := range map[int]string{1: "not a JSON object", 2: "empty", 3: `no "text"`} {
		if msg, _ := results[i]["error"].(string); !strings.Contains(msg, want) {
			t.Errorf("line %d error = %q, want it to say %q", i+1, msg, want)
		}
	}
	if results[4]["error"] != nil || results[4]["entities"] == nil {
		t.Errorf("a good line after bad ones is still annotated: %v", results[4])
	}
	if !strings.Contains(log.String(), "line 2:") {
		t.Errorf("stderr does not name the bad line: %q", log.String())
	}
}

func TestStreamLinesEmptyInput(t *testing.T) {
	var out, log bytes.Buffer
	if err := streamLines(strings.NewReader(""), &out, &log); err != nil || out.Len() != 0 {
		t.Errorf("empty stream: err %v, output %q", err, out.String())
	}
}

func TestAnnotateOneRejectsInvalidUTF8(t *testing.T) {
	var out bytes.Buffer
	err := annotateOne(strings.NewReader("caf\xe9"), &out)
	if err == nil || !strings.Contains(err.Error(), "UTF-8") || out.Len() != 0 {
		t.Errorf("invalid UTF-8: err %v, output %q", err, out.String())
	}
}

// A 50 MB line is refused on its own; the lines around it are annotated.
func TestStreamLinesHugeLine(t *testing.T) {
	huge := `{"text": "` + strings.Repeat("a", 50<<20) + `"}`
	in := `{"text": "Oslo."}` + "\n" + huge + "\n" + `{"text": "Porto."}` + "\n"
	var out, log bytes.Buffer
	if err := streamLines(strings.NewReader(in), &out, &log); err == nil {
		t.Error("a refused line must make the run fail")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "longer than") || strings.Contains(lines[0], "error") || strings.Contains(lines[2], "error") {
		t.Errorf("results:\n%.300s", out.String())
	}
}
