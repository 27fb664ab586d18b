package main

import (
	"strings"
	"time"
	"unicode/utf8"
)

// The library keeps several articles in the browser's local storage (on
// this device only), newest first.

type libraryItem struct {
	ID    string    `json:"id"`
	Title string    `json:"title"`
	Text  string    `json:"text"`
	Saved time.Time `json:"saved"`
	// Fixes are a teacher's corrections of the engine, kept with the text.
	Fixes []correction `json:"corrections,omitempty"`
}

// maxTitle is how many characters of the first line make a title.
const maxTitle = 80

// articleTitle is the article's first non-blank line, shortened.
func articleTitle(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > maxTitle {
			r := []rune(line)
			line = strings.TrimSpace(string(r[:maxTitle-1])) + "…"
		}
		return line
	}
	return "Untitled article"
}

// addToLibrary puts text first in the library; an article already there is
// moved up rather than kept twice.
func addToLibrary(items []libraryItem, text string, now time.Time) []libraryItem {
	return addToLibraryWith(items, text, nil, now)
}

// addToLibraryWith keeps the article with its corrections.
func addToLibraryWith(items []libraryItem, text string, fixes []correction, now time.Time) []libraryItem {
	id := textID(text)
	out := []libraryItem{{ID: id, Title: articleTitle(text), Text: text, Saved: now, Fixes: fixes}}
	for _, it := range items {
		if it.ID != id {
			out = append(out, it)
		}
	}
	return out
}

// removeFromLibrary returns the library without id, and what was removed
// (to undo).
func removeFromLibrary(items []libraryItem, id string) ([]libraryItem, *libraryItem, int) {
	for i, it := range items {
		if it.ID == id {
			out := append(append([]libraryItem(nil), items[:i]...), items[i+1:]...)
			return out, &it, i
		}
	}
	return items, nil, -1
}

// inLibrary reports whether text is kept in the library.
func inLibrary(items []libraryItem, text string) bool {
	id := textID(text)
	for _, it := range items {
		if it.ID == id {
			return true
		}
	}
	return false
}
