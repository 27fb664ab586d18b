package e2e

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// webdriverTab drives one browser window through W3C WebDriver's HTTP
// protocol (WebKitWebDriver speaks it). Written by hand because the six
// commands the tests use are a few lines each, and Go's WebDriver libraries
// are unmaintained.
type webdriverTab struct {
	base string // http://127.0.0.1:PORT/session/ID
}

// webdriverSession opens a session on the driver at url with these
// capabilities (the "alwaysMatch" object).
func webdriverSession(url string, caps map[string]any) (*webdriverTab, error) {
	var created struct {
		SessionID string `json:"sessionId"`
	}
	if err := webdriverCall("POST", url+"/session", map[string]any{"capabilities": map[string]any{"alwaysMatch": caps}}, &created); err != nil {
		return nil, err
	}
	return &webdriverTab{base: url + "/session/" + created.SessionID}, nil
}

// webdriverCall sends one command and decodes the "value" of its answer.
func webdriverCall(method, url string, body, out any) error {
	var in io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		in = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, in)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	client := http.Client{Timeout: 3 * time.Minute}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var answer struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil {
		return fmt.Errorf("%s %s: %s, unreadable answer: %v", method, url, resp.Status, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: %s: %s", method, url, resp.Status, answer.Value)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(answer.Value, out)
}

func (w *webdriverTab) Navigate(url string) error {
	return webdriverCall("POST", w.base+"/url", map[string]any{"url": url}, nil)
}

func (w *webdriverTab) Reload() error {
	return webdriverCall("POST", w.base+"/refresh", map[string]any{}, nil)
}

func (w *webdriverTab) Eval(js string, out any) error {
	// The script's last argument is the callback that ends an async script.
	script := `const done = arguments[arguments.length - 1];
		(async () => JSON.stringify({ok: (await (` + js + `)) ?? null}))().then(done, e => done(JSON.stringify({error: String(e)})));`
	var raw string
	if err := webdriverCall("POST", w.base+"/execute/async", map[string]any{"script": script, "args": []any{}}, &raw); err != nil {
		return err
	}
	return decodeEval(raw, out)
}

// Click clicks an element as a user would: WebDriver scrolls it into view
// and refuses if something else covers it.
func (w *webdriverTab) Click(css string) error {
	var el map[string]string
	if err := webdriverCall("POST", w.base+"/element", map[string]any{"using": "css selector", "value": css}, &el); err != nil {
		return err
	}
	for _, id := range el { // one key, the W3C element identifier
		return webdriverCall("POST", w.base+"/element/"+id+"/click", map[string]any{}, nil)
	}
	return fmt.Errorf("no element %s", css)
}

func (w *webdriverTab) Perform(actions []any) error {
	return webdriverCall("POST", w.base+"/actions", map[string]any{"actions": actions}, nil)
}

// Resize sets the window's size so that its viewport is width × height:
// the window holds MiniBrowser's toolbar too, so it is measured and set
// again.
func (w *webdriverTab) Resize(width, height int) error {
	if err := webdriverCall("POST", w.base+"/window/rect", map[string]any{"width": width, "height": height}, nil); err != nil {
		return err
	}
	var inner [2]int
	if err := w.Eval(`new Promise(r => requestAnimationFrame(() => r([innerWidth, innerHeight])))`, &inner); err != nil {
		return err
	}
	if inner == [2]int{width, height} {
		return nil
	}
	return webdriverCall("POST", w.base+"/window/rect", map[string]any{"width": 2*width - inner[0], "height": 2*height - inner[1]}, nil)
}

func (w *webdriverTab) Screenshot() ([]byte, error) {
	var b64 string
	if err := webdriverCall("GET", w.base+"/screenshot", nil, &b64); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(b64)
}

func (w *webdriverTab) Close() error {
	return webdriverCall("DELETE", w.base, nil, nil)
}

// decodeEval reads the {ok} or {error} envelope the scripts answer with.
func decodeEval(raw string, out any) error {
	var env struct {
		OK    json.RawMessage `json:"ok"`
		Error *string         `json:"error"`
	}
	if err := json.Unmarshal([]byte(raw), &env); err != nil {
		return fmt.Errorf("script answered %q: %v", raw, err)
	}
	if env.Error != nil {
		return fmt.Errorf("script threw: %s", *env.Error)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(env.OK, out)
}
