// Command wasmsize tells what app.wasm is made of: the bytes of compiled
// code per Go package (from the wasm name section, which `-s -w` keeps) and
// the size of each section. `go tool nm` reads no wasm, hence this reader.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	top := flag.Int("top", 40, "packages to list")
	funcs := flag.String("funcs", "", "also list the largest functions of this package (as printed, e.g. main)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] [-funcs PKG] app.wasm")
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	m, err := parse(b)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%-12s %10s\n", "section", "bytes")
	for _, s := range m.sections {
		fmt.Fprintf(w, "%-12s %10d\n", s.name, s.size)
	}
	perPkg := map[string]int{}
	total := 0
	type row struct {
		pkg  string
		size int
	}
	var inPkg []row
	for i, size := range m.bodies {
		name := m.names[uint32(i+m.imported)]
		perPkg[pkgOf(name)] += size
		total += size
		if *funcs != "" && pkgOf(name) == *funcs {
			inPkg = append(inPkg, row{name, size})
		}
	}
	var rows []row
	for p, s := range perPkg {
		rows = append(rows, row{p, s})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size > rows[j].size })
	fmt.Fprintf(w, "\ncode per package (%d bytes in %d functions)\n", total, len(m.bodies))
	for i, r := range rows {
		if i == *top {
			break
		}
		fmt.Fprintf(w, "%9d %5.1f%%  %s\n", r.size, 100*float64(r.size)/float64(total), r.pkg)
	}
	if *funcs != "" {
		sort.Slice(inPkg, func(i, j int) bool { return inPkg[i].size > inPkg[j].size })
		fmt.Fprintf(w, "\nlargest functions of %s\n", *funcs)
		for i, r := range inPkg {
			if i == *top {
				break
			}
			fmt.Fprintf(w, "%9d  %s\n", r.size, r.pkg)
		}
	}
}

// pkgOf cuts a function's name to its package: the linker writes the
// path's slashes as underscores, so the package ends at the first dot after
// the host name (github.com_owner_repo_pkg.Func).
func pkgOf(sym string) string {
	if sym == "" {
		return "(unnamed)"
	}
	start := 0
	if u, d := strings.IndexByte(sym, '_'), strings.IndexByte(sym, '.'); d > 0 && d+1 < u {
		start = u // a host name: github.com_…
	}
	if dot := strings.IndexByte(sym[start:], '.'); dot >= 0 {
		return sym[:start+dot]
	}
	return sym
}

type section struct {
	name string
	size int
}

type module struct {
	sections []section
	bodies   []int // size of each function body, in order
	imported int   // imported functions come first in the function index space
	names    map[uint32]string
}

var sectionNames = []string{"custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"}

func parse(b []byte) (*module, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a WebAssembly module")
	}
	m := &module{names: map[uint32]string{}}
	r := &reader{b: b, i: 8}
	for r.i < len(b) {
		id := r.byte()
		size := int(r.uleb())
		end := r.i + size
		if r.err != nil || end > len(b) {
			return nil, errors.New("truncated section")
		}
		name := "unknown"
		if int(id) < len(sectionNames) {
			name = sectionNames[id]
		}
		sr := &reader{b: b[:end], i: r.i}
		switch id {
		case 0:
			n := sr.name()
			name = "custom:" + n
			if n == "name" {
				m.readNames(sr)
			}
		case 2:
			for n := sr.uleb(); n > 0 && sr.err == nil; n-- {
				sr.name()
				sr.name()
				kind := sr.byte()
				switch kind {
				case 0:
					sr.uleb()
					m.imported++
				case 1:
					sr.byte()
					sr.limits()
				case 2:
					sr.limits()
				case 3:
					sr.byte()
					sr.byte()
				}
			}
		case 10:
			for n := sr.uleb(); n > 0 && sr.err == nil; n-- {
				s := int(sr.uleb())
				m.bodies = append(m.bodies, s)
				sr.i += s
			}
		}
		if sr.err != nil {
			return nil, fmt.Errorf("section %s: %w", name, sr.err)
		}
		m.sections = append(m.sections, section{name, size})
		r.i = end
	}
	return m, nil
}

func (m *module) readNames(r *reader) {
	for r.i < len(r.b) && r.err == nil {
		sub := r.byte()
		size := int(r.uleb())
		end := r.i + size
		if sub == 1 {
			for n := r.uleb(); n > 0 && r.err == nil; n-- {
				idx := uint32(r.uleb())
				m.names[idx] = r.name()
			}
		}
		r.i = end
	}
}

type reader struct {
	b   []byte
	i   int
	err error
}

func (r *reader) byte() byte {
	if r.i >= len(r.b) {
		r.err = errors.New("unexpected end")
		return 0
	}
	c := r.b[r.i]
	r.i++
	return c
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			break
		}
	}
	return v
}

func (r *reader) name() string {
	n := int(r.uleb())
	if r.i+n > len(r.b) {
		r.err = errors.New("unexpected end")
		return ""
	}
	s := string(r.b[r.i : r.i+n])
	r.i += n
	return s
}

func (r *reader) limits() {
	if r.byte()&1 == 1 {
		r.uleb()
	}
	r.uleb()
}
