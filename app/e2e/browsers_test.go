package e2e

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tab is one browser tab, whichever browser and protocol drive it: the main
// path below runs the same steps in Firefox and in WebKit.
type tab interface {
	Navigate(url string) error
	Reload() error
	// Eval runs a JavaScript expression, awaits it if it is a promise, and
	// decodes its value (as JSON) into out, unless out is nil.
	Eval(js string, out any) error
	// Click clicks the first element a CSS selector matches, with the mouse.
	Click(css string) error
	// Perform sends W3C input actions (pointer and key sources), which both
	// protocols share.
	Perform(actions []any) error
	Screenshot() ([]byte, error)
	// Resize makes the page's viewport width × height CSS pixels (as a
	// phone's), or as near as the browser's window allows.
	Resize(width, height int) error
}

// drag presses the mouse at one point of the viewport, moves it to another
// and releases it there, as a user selecting text does.
func drag(b tab, x1, y1, x2, y2 int) error {
	return b.Perform([]any{map[string]any{"type": "pointer", "id": "mouse", "parameters": map[string]any{"pointerType": "mouse"}, "actions": []any{
		map[string]any{"type": "pointerMove", "x": x1, "y": y1, "origin": "viewport"},
		map[string]any{"type": "pointerDown", "button": 0},
		map[string]any{"type": "pointerMove", "x": x2, "y": y2, "origin": "viewport", "duration": 200},
		map[string]any{"type": "pointerUp", "button": 0},
	}}})
}

// waitUntil evaluates a JavaScript condition until it is true.
func waitUntil(b tab, cond string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var lastErr error
	for {
		var ok bool
		err := b.Eval(cond, &ok)
		if err == nil && ok {
			return nil
		}
		if err != nil {
			lastErr = err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("waited %v for %s (last error: %v)", timeout, cond, lastErr)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// saveScreenshot keeps a screenshot in $WHOSAID_SHOTS (if set) for a person to
// look at; the tests assert on the page itself.
func saveScreenshot(t *testing.T, b tab, name string) {
	dir := os.Getenv("WHOSAID_SHOTS")
	if dir == "" {
		return
	}
	png, err := b.Screenshot()
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	}
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
	}
}

// startBrowserProcess starts a browser (or its driver) in its own process
// group, so that ending the test ends every process it started.
func startBrowserProcess(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", cmd.Path, err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_, _ = cmd.Process.Wait()
	})
}

// firstExisting returns the first of the paths that exists, or "".
func firstExisting(paths ...string) string {
	for _, p := range paths {
		if matches, _ := filepath.Glob(p); len(matches) > 0 {
			return matches[0]
		}
	}
	return ""
}

// newFirefox starts Debian's Firefox ESR headless with a fresh profile and
// drives it through WebDriver BiDi.
func newFirefox(t *testing.T) tab {
	t.Helper()
	path := os.Getenv("FIREFOX")
	if path == "" {
		path = firstExisting("/usr/bin/firefox-esr", "/usr/bin/firefox")
	}
	if path == "" {
		t.Fatal("no Firefox found: install Debian's firefox-esr (apt-get install -y firefox-esr) or set FIREFOX")
	}
	profile := t.TempDir()
	cmd := exec.Command(path, "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0", "about:blank")
	cmd.Env = append(os.Environ(), "MOZ_HEADLESS_WIDTH=1280", "MOZ_HEADLESS_HEIGHT=900")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	startBrowserProcess(t, cmd)
	// Firefox announces its BiDi websocket on stderr.
	lines := bufio.NewScanner(stderr)
	url := ""
	for lines.Scan() {
		if _, after, ok := strings.Cut(lines.Text(), "WebDriver BiDi listening on "); ok {
			url = strings.TrimSpace(after)
			break
		}
	}
	if url == "" {
		t.Fatal("firefox did not start its WebDriver BiDi server")
	}
	go func() { // keep reading, or Firefox blocks on a full pipe
		for lines.Scan() {
		}
	}()
	b, err := bidiConnect(url)
	if err != nil {
		t.Fatal("connecting to firefox:", err)
	}
	t.Cleanup(func() {
		if logs := b.Logs(); t.Failed() && len(logs) > 0 {
			t.Logf("firefox console errors:\n%s", strings.Join(logs, "\n"))
		}
		_ = b.Close()
	})
	return b
}

// newWebKit starts WebKitGTK's MiniBrowser through WebKitWebDriver on a
// virtual display (xvfb-run): WebKitGTK has no headless mode.
func newWebKit(t *testing.T) tab {
	t.Helper()
	driver := os.Getenv("WEBKIT_DRIVER")
	if driver == "" {
		driver = firstExisting("/usr/bin/WebKitWebDriver")
	}
	browser := os.Getenv("WEBKIT_BROWSER")
	if browser == "" {
		browser = firstExisting("/usr/lib/*/webkit2gtk-4.1/MiniBrowser", "/usr/lib/*/webkit2gtk-4.0/MiniBrowser")
	}
	if driver == "" || browser == "" {
		t.Fatal("no WebKitWebDriver and MiniBrowser found: install Debian's webkit2gtk-driver (apt-get install -y webkit2gtk-driver) or set WEBKIT_DRIVER and WEBKIT_BROWSER")
	}
	port := freePort(t)
	cmd := exec.Command("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", driver, "--port="+port)
	cmd.Stderr = os.Stderr
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+narrowToolbar(t))
	startBrowserProcess(t, cmd)
	url := "http://127.0.0.1:" + port
	deadline := time.Now().Add(60 * time.Second)
	for webdriverCall("GET", url+"/status", nil, nil) != nil {
		if time.Now().After(deadline) {
			t.Fatal("WebKitWebDriver did not start")
		}
		time.Sleep(200 * time.Millisecond)
	}
	w, err := webdriverSession(url, map[string]any{
		"webkitgtk:browserOptions": map[string]any{"binary": browser, "args": []string{"--automation"}},
	})
	if err != nil {
		t.Fatal("starting MiniBrowser:", err)
	}
	t.Cleanup(func() { _ = w.Close() })
	_ = w.Resize(1280, 900)
	return w
}

// narrowToolbar returns a GTK configuration folder whose style sheet
// shrinks MiniBrowser's toolbar (the first row of its window) to nearly
// nothing: at its natural size it keeps the window 447 px wide or more,
// and a phone's viewport is 390 (onSmallScreens). The page is not drawn by GTK.
func narrowToolbar(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	css := `window > box > *:first-child, window > box > *:first-child * { min-width: 0; min-height: 0; padding: 0; margin: 0;
	border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); }
`
	if err := os.MkdirAll(filepath.Join(dir, "gtk-3.0"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "gtk-3.0", "gtk.css"), []byte(css), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}
