package main

import (
	"strings"
	"testing"
	"time"
)

func TestLibraryKeepsEachArticleOnceNewestFirst(t *testing.T) {
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	var lib []libraryItem
	lib = addToLibrary(lib, "First article\nbody", now)
	lib = addToLibrary(lib, "Second article\nbody", now.Add(time.Minute))
	lib = addToLibrary(lib, "First article\nbody", now.Add(2*time.Minute))
	if len(lib) != 2 || lib[0].Title != "First article" || lib[1].Title != "Second article" {
		t.Fatalf("library = %+v, want First (saved again, so first) then Second", lib)
	}
	lib, removed, at := removeFromLibrary(lib, lib[1].ID)
	if len(lib) != 1 || removed == nil || removed.Title != "Second article" || at != 1 {
		t.Errorf("after deleting Second: %+v, removed %+v at %d", lib, removed, at)
	}
	if !inLibrary(lib, "First article\nbody") || inLibrary(lib, "Second article\nbody") {
		t.Error("inLibrary disagrees with the list")
	}
}

func TestArticleTitle(t *testing.T) {
	long := strings.Repeat("word ", 40)
	for text, want := range map[string]string{
		"\n\n   Harbour   City votes \nbody": "Harbour City votes",
		"   \n\t\n":                          "Untitled article",
		long:                                 strings.TrimSpace(long[:79]) + "…",
	} {
		if got := articleTitle(text); got != want {
			t.Errorf("articleTitle(%.20q) = %q, want %q", text, got, want)
		}
	}
}
