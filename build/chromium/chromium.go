// Package chromium holds the one way this project starts headless Chromium
// for its browser tests and benchmarks.
package chromium

import "github.com/chromedp/chromedp"

// Options starts the Chromium at path headless with a fresh profile folder.
// The background-networking flags matter: without them Chromium tries to
// reach Google's hosts at start-up, which this project's network refuses.
func Options(path, profile string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
}
