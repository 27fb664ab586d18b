// Package benchtext writes the news-like texts the benchmarks annotate: the
// same text natively, in WebAssembly under Node, and in the browser.
package benchtext

import (
	"fmt"
	"strings"
)

// Article is a news article of about 900 words, written for the benchmarks,
// with a different (invented) cast in each section.
func Article() string {
	casts := [][3]string{
		{"Elena Vargas", "Harbour City", "Ministry of Transport"},
		{"Tom Becker", "Porto", "European Commission"},
		{"Amaka Obi", "Lagos", "Central Bank of Nigeria"},
		{"Lena Fischer", "Oslo", "Nordic Council"},
		{"Marco Bellini", "Turin", "Lakeside Robotics"},
		{"Ana Lindqvist", "Malmo", "Baltic Energy Agency"},
	}
	var b strings.Builder
	for _, c := range casts {
		last := c[0][strings.LastIndex(c[0], " ")+1:]
		fmt.Fprintf(&b, "%s, the chief negotiator for %s, said on Tuesday that talks in %s had reached a turning point after months of delay and mutual suspicion between the parties.\n\n", c[0], c[2], c[1])
		fmt.Fprintf(&b, "\"We have never been closer to an agreement that works for everyone, and I believe we can sign it before the end of the month,\" %s told reporters outside the conference centre.\n\n", last)
		fmt.Fprintf(&b, "Critics in %s were less certain. A senior official who asked not to be named said the plan was \"a promise without a budget\" and warned that the numbers did not add up.\n\n", c[1])
		fmt.Fprintf(&b, "The %s has repeatedly claimed that the costs would fall over time. \"The first year is expensive. After that, the savings are real,\" a spokeswoman said in a statement on Wednesday.\n\n", c[2])
		fmt.Fprintf(&b, "%s insisted the timetable was realistic. \"Nobody is asking for miracles,\" she said. \"We are asking for a vote.\"\n\n", last)
	}
	return b.String()
}

// Long repeats the article to about the given number of words.
func Long(words int) string {
	a := Article()
	n := len(strings.Fields(a))
	return strings.Repeat(a, (words+n-1)/n)
}
