package main

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract"
)

// A share link carries the article in the URL fragment (after #), which
// browsers never send to a server: the article goes from one browser to
// another only through the link itself. It is deflated and written in
// URL-safe base64.

// sharePrefix starts the fragment of a share link.
const sharePrefix = "article="

// maxShareLink is the longest link offered: longer ones are cut or refused
// by mail clients, chat apps and learning platforms.
const maxShareLink = 32000

var errTooLongToShare = errors.New("too long for a link")

// shareFragment returns the fragment (without #) that carries text.
func shareFragment(text string) (string, error) {
	packed, err := deflate([]byte(text))
	return sharePrefix + packed, err
}

// deflate compresses b into URL-safe base64.
func deflate(b []byte) (string, error) {
	var buf bytes.Buffer
	zw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := zw.Write(b); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// sharedCorrections reads the corrections a share link carries; a link
// without them, or with damaged ones, has none (the article still opens).
func sharedCorrections(fragment string) []correction {
	i := strings.Index(fragment, correctionsPrefix)
	if i < 0 {
		return nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(fragment[i+len(correctionsPrefix):])
	if err != nil {
		return nil
	}
	b, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(raw)), extract.MaxBytes))
	if err != nil {
		return nil
	}
	var fixes []correction
	if json.Unmarshal(b, &fixes) != nil {
		return nil
	}
	return fixes
}

// correctionsPrefix follows the article in a share link that carries a
// teacher's corrections (JSON, deflated, URL-safe base64).
const correctionsPrefix = "&corrections="

// shareLink is the page's address with the article in its fragment, or
// errTooLongToShare.
func shareLink(page, text string) (string, error) { return shareLinkWith(page, text, nil) }

// shareLinkWith also carries the teacher's corrections.
func shareLinkWith(page, text string, fixes []correction) (string, error) {
	frag, err := shareFragment(text)
	if err != nil {
		return "", err
	}
	if len(fixes) > 0 {
		b, err := json.Marshal(fixes)
		if err != nil {
			return "", err
		}
		packed, err := deflate(b)
		if err != nil {
			return "", err
		}
		frag += correctionsPrefix + packed
	}
	if i := strings.IndexByte(page, '#'); i >= 0 {
		page = page[:i]
	}
	link := page + "#" + frag
	if len(link) > maxShareLink {
		return "", fmt.Errorf("%w: the link would be %d characters, and links stop at %d", errTooLongToShare, len(link), maxShareLink)
	}
	return link, nil
}

// sharedArticle reads the article from a fragment; ok is false when the
// fragment is not a share link. A damaged link is an error, never a panic.
func sharedArticle(fragment string) (text string, ok bool, err error) {
	fragment = strings.TrimPrefix(fragment, "#")
	if !strings.HasPrefix(fragment, sharePrefix) {
		return "", false, nil
	}
	if i := strings.Index(fragment, correctionsPrefix); i >= 0 {
		fragment = fragment[:i]
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(fragment, sharePrefix))
	if err != nil {
		return "", true, errors.New("the link is damaged (was it cut short when it was copied?)")
	}
	// Read at most a little past the engine's limit: a crafted link
	// cannot make the page inflate gigabytes.
	b, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(raw)), extract.MaxBytes+1))
	if err != nil {
		return "", true, errors.New("the link is damaged (was it cut short when it was copied?)")
	}
	if len(b) > extract.MaxBytes {
		return "", true, errors.New("the article in the link is too long to open")
	}
	if !utf8.Valid(b) {
		return "", true, errors.New("the link does not hold text")
	}
	return string(b), true, nil
}
