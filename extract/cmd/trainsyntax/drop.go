package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract/syntax"
)

// setDrop sets syntax.Drop from -drop's spec ("chunkrest:6,7;posrest:4").
func setDrop(spec string) error {
	for _, part := range strings.Split(spec, ";") {
		if part == "" {
			continue
		}
		name, list, ok := strings.Cut(part, ":")
		var mask *uint32
		switch name {
		case "posrest":
			mask = &syntax.Drop.POSRest
		case "chunkrest":
			mask = &syntax.Drop.ChunkRest
		case "chunklabel":
			mask = &syntax.Drop.ChunkLabel
		}
		if !ok || mask == nil {
			return fmt.Errorf("-drop %q: want posrest:, chunkrest: or chunklabel: with numbers", part)
		}
		for _, j := range strings.Split(list, ",") {
			n, err := strconv.Atoi(j)
			if err != nil || n < 0 || n > 31 {
				return fmt.Errorf("-drop %q: %q is not a feature number", part, j)
			}
			*mask |= 1 << n
		}
	}
	return nil
}
