package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// accessibleText is every name in the page's accessibility tree: what a
// screen reader can read out. The tree is read as plain JSON: cdproto's
// types refuse values newer Chromium sends.
func accessibleText(out *string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var tree struct {
			Nodes []struct {
				Ignored bool `json:"ignored"`
				Name    *struct {
					Value any `json:"value"`
				} `json:"name"`
			} `json:"nodes"`
		}
		if err := cdp.Execute(ctx, "Accessibility.getFullAXTree", map[string]any{}, &tree); err != nil {
			return err
		}
		var b strings.Builder
		for _, n := range tree.Nodes {
			if n.Ignored || n.Name == nil {
				continue
			}
			if s, ok := n.Name.Value.(string); ok {
				b.WriteString(s)
				b.WriteByte('\n')
			}
		}
		*out = b.String()
		return nil
	})
}

// A screen reader hears each highlight's type and each quotation's
// speaker, not only a tooltip.
func TestHighlightsAreAnnounced(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	var heard string
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		chromedp.ActionFunc(func(ctx context.Context) error { return cdp.Execute(ctx, "Accessibility.enable", nil, nil) }),
		accessibleText(&heard),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"(person)", "(organisation)", "(place)", "(date)", "quote by Elena Vargas:", "reported speech by"} {
		if !strings.Contains(heard, want) {
			t.Errorf("a screen reader never hears %q", want)
		}
	}
}

// The focus ring shows on controls in every state: a chosen source, the
// pressed mode button, a ticked checkbox, the exercise's article and a
// mark's speaker list.
func TestFocusVisibleInEveryState(t *testing.T) {
	srv := startServer(t)
	ctx, _ := newBrowser(t)
	const ring = `(e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth)(document.activeElement)`
	rings := map[string]*string{}
	read := func(name string) chromedp.Action {
		s := new(string)
		rings[name] = s
		return chromedp.Evaluate(ring, s)
	}
	err := chromedp.Run(ctx,
		openExample(srv.URL),
		tabTo(`button.person[data-person]`),
		key(kb.Enter),
		waitFor(`document.querySelector('button.person[aria-pressed="true"]') !== null`, 5*time.Second),
		read("a chosen source"),
		tabTo(`#show-loaded`),
		key(" "),
		waitFor(`document.querySelector('#show-loaded').checked`, 5*time.Second),
		read("the ticked checkbox"),
		tabTo(`#mode-exercise`),
		key(kb.Enter),
		waitFor(`document.querySelector('#exercise-text') !== null`, 5*time.Second),
		tabTo(`#mode-exercise`),
		read("the pressed mode button"),
		tabTo(`#exercise-text`),
		read("the exercise's article"),
		selectInExercise(`Nobody asked the fishermen`),
		tabTo(`#mark-quote`),
		key(kb.Enter),
		waitFor(`document.querySelector('#speaker-0') !== null`, 5*time.Second),
		tabTo(`#speaker-0`),
		read("a mark's speaker list"),
	)
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range rings {
		if strings.HasPrefix(*s, "none") || strings.HasSuffix(*s, " 0px") {
			t.Errorf("%s shows no focus ring (outline %q)", name, *s)
		}
	}
}
