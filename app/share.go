package main

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
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
	var buf bytes.Buffer
	zw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := zw.Write([]byte(text)); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return sharePrefix + base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// shareLink is the page's address with the article in its fragment, or
// errTooLongToShare.
func shareLink(page, text string) (string, error) {
	frag, err := shareFragment(text)
	if err != nil {
		return "", err
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
