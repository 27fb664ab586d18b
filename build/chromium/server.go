package chromium

import (
	"bufio"
	"fmt"
	"os/exec"
	"strings"
)

// ServeApp starts the app's server (bin, built by `make server`) on a free
// loopback port and returns its address without a trailing slash, and a
// function that stops it. The server prints its address on its first line.
func ServeApp(bin string) (url string, stop func(), err error) {
	srv := exec.Command(bin, "-addr", "127.0.0.1:0")
	stdout, err := srv.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := srv.Start(); err != nil {
		return "", nil, fmt.Errorf("start %s (make server): %w", bin, err)
	}
	stop = func() { srv.Process.Kill() }
	line, err := bufio.NewReader(stdout).ReadString('\n')
	at := strings.Index(line, "http://")
	if err != nil || at < 0 {
		stop()
		return "", nil, fmt.Errorf("%s did not say its address: %q %v", bin, line, err)
	}
	return strings.TrimSuffix(strings.TrimSpace(line[at:]), "/"), stop, nil
}
