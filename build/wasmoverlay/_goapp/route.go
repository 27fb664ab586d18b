package app

import "sync"

// go-app v10.1.11's route.go without routes by regular expression (MIT
// licence; the rest as it is): the page routes "/" only, and a router
// holding a *regexp.Regexp keeps regexp's compiler in app.wasm (its
// UnmarshalText, kept for encoding.TextUnmarshaler, calls regexp.Compile).

type router struct {
	mu     sync.RWMutex
	routes map[string]func() Composer
}

func makeRouter() router {
	return router{
		routes: make(map[string]func() Composer),
	}
}

func (r *router) route(path string, newComponent func() Composer) {
	r.mu.Lock()
	defer r.mu.Unlock()

	r.routes[path] = newComponent
}

// routeWithRegexp is RouteWithRegexp's, which the page does not call.
func (r *router) routeWithRegexp(pattern string, newComponent func() Composer) {
	panic("RouteWithRegexp is left out of the page's build (build/wasmoverlay)")
}

func (r *router) routed(path string) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()

	_, routed := r.routes[path]
	return routed
}

func (r *router) createComponent(path string) (Composer, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()

	if newComponent, routed := r.routes[path]; routed {
		return newComponent(), true
	}
	return nil, false
}
