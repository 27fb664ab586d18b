package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"time"

	"github.com/whosaid/whosaid/extract"
)

// errUnreadable: the engine's answer is not a document.
var errUnreadable = errors.New("the engine's answer could not be read")

// pieceTime is how long decoding runs between two pauses: a page should
// not stall over 50 ms.
var pieceTime = 20 * time.Millisecond

// decodeDocument reads the engine's JSON document a piece at a time,
// calling pause between pieces: a 50,000-word document's JSON (about 5 MB)
// takes over 100 ms to read in WebAssembly, on the page's thread. Lists
// (entities, quotations…) are read an item at a time; any other field
// whole. encoding/json reads a stream only item by item, hence this walk.
func decodeDocument(data []byte, pause func()) (*extract.Document, error) {
	var doc extract.Document
	if pause == nil || len(data) < 256<<10 {
		if err := json.Unmarshal(data, &doc); err != nil {
			return nil, errUnreadable
		}
		return &doc, nil
	}
	fields := jsonFields(reflect.ValueOf(&doc).Elem())
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, errUnreadable
	}
	last := time.Now()
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, errUnreadable
		}
		key, _ := t.(string)
		f, ok := fields[key]
		if !ok || f.Kind() != reflect.Slice {
			target := any(new(json.RawMessage))
			if ok {
				target = f.Addr().Interface()
			}
			if dec.Decode(target) != nil {
				return nil, errUnreadable
			}
			continue
		}
		if t, err = dec.Token(); err != nil {
			return nil, errUnreadable
		}
		if t == nil { // null
			continue
		}
		if t != json.Delim('[') {
			return nil, errUnreadable
		}
		f.Set(reflect.MakeSlice(f.Type(), 0, 0))
		for dec.More() {
			item := reflect.New(f.Type().Elem())
			if dec.Decode(item.Interface()) != nil {
				return nil, errUnreadable
			}
			f.Set(reflect.Append(f, item.Elem()))
			if time.Since(last) > pieceTime {
				pause()
				last = time.Now()
			}
		}
		if _, err := dec.Token(); err != nil {
			return nil, errUnreadable
		}
	}
	return &doc, nil
}

// jsonFields maps a struct's JSON names to its fields.
func jsonFields(v reflect.Value) map[string]reflect.Value {
	out := map[string]reflect.Value{}
	for i := 0; i < v.NumField(); i++ {
		name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
		if name == "" {
			name = v.Type().Field(i).Name
		}
		if name != "-" {
			out[name] = v.Field(i)
		}
	}
	return out
}
