package e2e

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
)

// bidiTab drives one browser tab through WebDriver BiDi, the protocol
// Firefox speaks itself (Debian has no geckodriver for the HTTP one).
// Written by hand: no Go library speaks BiDi, and the tests need six
// commands; the websocket is chromedp's own library.
type bidiTab struct {
	conn    net.Conn
	context string // the tab's browsing context

	mu      sync.Mutex
	nextID  int
	waiting map[int]chan bidiAnswer
	logs    []string // the page's console errors and uncaught exceptions
	closed  error
}

type bidiAnswer struct {
	Type    string          `json:"type"` // success, error or event
	ID      int             `json:"id"`
	Result  json.RawMessage `json:"result"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
}

// bidiConnect opens a session on the websocket Firefox announced and
// takes its first tab.
func bidiConnect(url string) (*bidiTab, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, _, _, err := ws.Dial(ctx, url+"/session")
	if err != nil {
		return nil, err
	}
	b := &bidiTab{conn: conn, waiting: map[int]chan bidiAnswer{}}
	go b.read()
	if err := b.call("session.new", map[string]any{"capabilities": map[string]any{}}, nil); err != nil {
		return nil, err
	}
	if err := b.call("session.subscribe", map[string]any{"events": []string{"log.entryAdded"}}, nil); err != nil {
		return nil, err
	}
	var tree struct {
		Contexts []struct {
			Context string `json:"context"`
		} `json:"contexts"`
	}
	if err := b.call("browsingContext.getTree", map[string]any{}, &tree); err != nil {
		return nil, err
	}
	if len(tree.Contexts) == 0 {
		return nil, fmt.Errorf("firefox has no tab")
	}
	b.context = tree.Contexts[0].Context
	return b, nil
}

// read hands each answer to the command waiting for it and keeps the
// console's errors.
func (b *bidiTab) read() {
	for {
		msg, err := wsutil.ReadServerText(b.conn)
		b.mu.Lock()
		if err != nil {
			b.closed = err
			for _, ch := range b.waiting {
				close(ch)
			}
			b.waiting = nil
			b.mu.Unlock()
			return
		}
		var a bidiAnswer
		if json.Unmarshal(msg, &a) == nil {
			if a.Type == "event" && a.Method == "log.entryAdded" {
				var entry struct {
					Level string `json:"level"`
					Text  string `json:"text"`
				}
				if json.Unmarshal(a.Params, &entry) == nil && entry.Level == "error" {
					b.logs = append(b.logs, entry.Text)
				}
			} else if ch, ok := b.waiting[a.ID]; ok {
				ch <- a
				delete(b.waiting, a.ID)
			}
		}
		b.mu.Unlock()
	}
}

func (b *bidiTab) call(method string, params, out any) error {
	b.mu.Lock()
	if b.closed != nil {
		b.mu.Unlock()
		return fmt.Errorf("firefox connection closed: %v", b.closed)
	}
	b.nextID++
	id := b.nextID
	ch := make(chan bidiAnswer, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return err
	}
	if err := wsutil.WriteClientText(b.conn, msg); err != nil {
		return err
	}
	select {
	case a, ok := <-ch:
		if !ok {
			return fmt.Errorf("%s: firefox connection closed", method)
		}
		if a.Type != "success" {
			return fmt.Errorf("%s: %s: %s", method, a.Error, a.Message)
		}
		if out == nil {
			return nil
		}
		return json.Unmarshal(a.Result, out)
	case <-time.After(3 * time.Minute):
		return fmt.Errorf("%s: no answer from firefox", method)
	}
}

func (b *bidiTab) Navigate(url string) error {
	return b.call("browsingContext.navigate", map[string]any{"context": b.context, "url": url, "wait": "complete"}, nil)
}

func (b *bidiTab) Reload() error {
	return b.call("browsingContext.reload", map[string]any{"context": b.context, "wait": "complete"}, nil)
}

// evaluate runs an expression in the page and returns BiDi's result.
func (b *bidiTab) evaluate(js string) (json.RawMessage, error) {
	var r struct {
		Type             string          `json:"type"`
		Result           json.RawMessage `json:"result"`
		ExceptionDetails struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	err := b.call("script.evaluate", map[string]any{"expression": js, "target": map[string]any{"context": b.context},
		"awaitPromise": true, "resultOwnership": "none"}, &r)
	if err != nil {
		return nil, err
	}
	if r.Type == "exception" {
		return nil, fmt.Errorf("script threw: %s", r.ExceptionDetails.Text)
	}
	return r.Result, nil
}

func (b *bidiTab) Eval(js string, out any) error {
	res, err := b.evaluate(`(async () => JSON.stringify({ok: (await (` + js + `)) ?? null}))()`)
	if err != nil {
		return err
	}
	var s struct {
		Value string `json:"value"`
	}
	if err := json.Unmarshal(res, &s); err != nil {
		return err
	}
	return decodeEval(s.Value, out)
}

// Click scrolls the element into view and clicks its middle with the mouse.
func (b *bidiTab) Click(css string) error {
	sel, _ := json.Marshal(css)
	res, err := b.evaluate(`(() => { const e = document.querySelector(` + string(sel) + `); if (e) e.scrollIntoView({block: 'center'}); return e; })()`)
	if err != nil {
		return err
	}
	var node struct {
		Type     string `json:"type"`
		SharedID string `json:"sharedId"`
	}
	if err := json.Unmarshal(res, &node); err != nil || node.Type != "node" {
		return fmt.Errorf("no element %s", css)
	}
	origin := map[string]any{"type": "element", "element": map[string]any{"sharedId": node.SharedID}}
	return b.call("input.performActions", map[string]any{"context": b.context, "actions": []any{map[string]any{
		"type": "pointer", "id": "mouse", "actions": []any{
			map[string]any{"type": "pointerMove", "x": 0, "y": 0, "origin": origin},
			map[string]any{"type": "pointerDown", "button": 0},
			map[string]any{"type": "pointerUp", "button": 0},
		}}}}, nil)
}

func (b *bidiTab) Perform(actions []any) error {
	return b.call("input.performActions", map[string]any{"context": b.context, "actions": actions}, nil)
}

func (b *bidiTab) Resize(width, height int) error {
	return b.call("browsingContext.setViewport", map[string]any{"context": b.context, "viewport": map[string]any{"width": width, "height": height}}, nil)
}

func (b *bidiTab) Screenshot() ([]byte, error) {
	var r struct {
		Data string `json:"data"`
	}
	if err := b.call("browsingContext.captureScreenshot", map[string]any{"context": b.context}, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

// Logs returns the console errors the page has printed so far.
func (b *bidiTab) Logs() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.logs...)
}

func (b *bidiTab) Close() error {
	_ = b.call("session.end", map[string]any{}, nil)
	return b.conn.Close()
}
