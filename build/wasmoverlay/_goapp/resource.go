package app

import "strings"

// The parts of go-app v10.1.11's resource.go the browser runs (MIT licence,
// copied as they are): RunWhenOnBrowser resolves the page's /web/ paths with
// clientResourceResolver. The server's resolvers (LocalDir, RemoteBucket,
// …) are left out with net/http.

func clientResourceResolver(resourcesLocation string) func(string) string {
	return func(location string) string {
		if remoteLocation(location) || !webLocation(location) {
			return location
		}
		location = strings.Trim(location, "/")
		return resourcesLocation + "/" + strings.TrimPrefix(location, "web/")
	}
}

func remoteLocation(location string) bool {
	return strings.HasPrefix(location, "https://") ||
		strings.HasPrefix(location, "http://")
}

func webLocation(location string) bool {
	return strings.HasPrefix(location, "/web/") ||
		location == "/web" ||
		strings.HasPrefix(location, "web/") ||
		location == "web"
}
