package main

import (
	"flag"
	"strconv"
)

// float32Flag defines a flag that sets the float32 at p (the models'
// settings are float32; the flag package has no such type).
func float32Flag(p *float32, name, usage string) {
	flag.Func(name, usage, func(s string) error {
		v, err := strconv.ParseFloat(s, 32)
		*p = float32(v)
		return err
	})
}
