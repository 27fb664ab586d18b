package main

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"strings"
	"testing"
)

func TestShareLinkRoundTrip(t *testing.T) {
	text := exampleArticle + "\n“Curly quotes”, O'Sullivan, emoji 😀 and Ελληνικά stay as they are."
	link, err := shareLink("http://127.0.0.1:8000/#old", text)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(link, "http://127.0.0.1:8000/#article=") || strings.Count(link, "#") != 1 {
		t.Fatalf("link %q: want the page, then the article in the fragment", link)
	}
	if len(link) > len(text) {
		t.Errorf("the link (%d characters) is longer than the article (%d): it is not compressed", len(link), len(text))
	}
	got, ok, err := sharedArticle(link[strings.IndexByte(link, '#'):])
	if !ok || err != nil || got != text {
		t.Errorf("opening the link gives ok=%v err=%v, text equal: %v", ok, err, got == text)
	}
}

func TestSharedArticleRefusesBadLinks(t *testing.T) {
	if _, ok, _ := sharedArticle("#section-2"); ok {
		t.Error("a fragment that is not a share link is read as one")
	}
	frag, _ := shareFragment(exampleArticle)
	for name, f := range map[string]string{
		"cut short":      frag[:len(frag)/2],
		"not base64":     sharePrefix + "!!!",
		"not compressed": sharePrefix + base64.RawURLEncoding.EncodeToString([]byte("hello")),
	} {
		if _, ok, err := sharedArticle(f); !ok || err == nil {
			t.Errorf("%s: ok=%v err=%v, want a clear error", name, ok, err)
		}
	}
	// A few kilobytes that inflate past the engine's limit are refused
	// without being held whole.
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestCompression)
	zw.Write(bytes.Repeat([]byte("a"), 3<<20))
	zw.Close()
	if _, _, err := sharedArticle(sharePrefix + base64.RawURLEncoding.EncodeToString(buf.Bytes())); err == nil || !strings.Contains(err.Error(), "too long") {
		t.Errorf("a link that inflates to 3 MB: err=%v, want too long", err)
	}
}

func TestLongArticleIsTooLongToShare(t *testing.T) {
	// Words that do not repeat do not compress much.
	var b strings.Builder
	for i := 0; b.Len() < 80000; i++ {
		b.WriteString(base64.RawURLEncoding.EncodeToString([]byte{byte(i), byte(i >> 8), byte(i * 7), byte(i * 13)}))
		b.WriteByte(' ')
	}
	_, err := shareLink("http://127.0.0.1:8000/", b.String())
	if !errors.Is(err, errTooLongToShare) {
		t.Errorf("err = %v, want errTooLongToShare", err)
	}
}
