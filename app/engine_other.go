//go:build !wasm

package main

// The native build only serves the page: it has no worker to talk to.

func inEngineWorker() bool { return false }

func serveEngine() {}

type engineClient struct{}

func connectEngine(func(engineReply)) *engineClient { return nil }

func (c *engineClient) annotate(int, string) {}

func (c *engineClient) warm() {}
