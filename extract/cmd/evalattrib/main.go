// Command evalattrib scores the engine's quotations, speakers and
// attributions on PolNeAR with the shared scorer's figures, computed in
// process (extract/polnear).
//
//	evalattrib -data ../shared/data/polnear            train-CV and dev side by side
//	evalattrib -data ../shared/data/polnear -split dev -report   one split, the scorer's lines
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/polnear"
)

func main() {
	data := flag.String("data", "../shared/data/polnear", "PolNeAR directory holding train/ and dev/")
	split := flag.String("split", "dev", "split to score")
	flag.Parse()
	arts, err := polnear.Load(filepath.Join(*data, *split))
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalattrib:", err)
		os.Exit(1)
	}
	var s polnear.Scores
	for i := range arts {
		doc, err := extract.Annotate(arts[i].Text)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalattrib:", arts[i].Name, err)
			os.Exit(1)
		}
		if err := s.Add(&arts[i], prediction(doc)); err != nil {
			fmt.Fprintln(os.Stderr, "evalattrib:", err)
			os.Exit(1)
		}
	}
	fmt.Print(s.Report())
}

func prediction(doc *extract.Document) polnear.Prediction {
	conv := func(qs []extract.Quote) []polnear.Attribution {
		out := make([]polnear.Attribution, len(qs))
		for i, q := range qs {
			out[i].Span = polnear.Span{Start: q.Start, End: q.End}
			if q.Speaker != nil {
				out[i].Speaker = &polnear.Span{Start: q.Speaker.Start, End: q.Speaker.End}
			}
		}
		return out
	}
	return polnear.Prediction{Quotes: conv(doc.Quotes), Reported: conv(doc.Reported)}
}
