package extract

import (
	"strings"
	"testing"
)

// Each arrangement news uses, in sentences written for this test.
func TestAttributionArrangements(t *testing.T) {
	cases := []struct {
		text, quote, speaker, cue, name string
	}{
		{`"The bridge is safe," Mayor Elena Vargas said on Monday.`, `"The bridge is safe,"`, "Mayor Elena Vargas", "said", "Elena Vargas"},
		{`"The bridge is safe," said Elena Vargas, the city's mayor.`, `"The bridge is safe,"`, "Elena Vargas", "said", "Elena Vargas"},
		{`Elena Vargas said: "The bridge is safe."`, `"The bridge is safe."`, "Elena Vargas", "said", "Elena Vargas"},
		{`Elena Vargas told reporters the bridge was "perfectly safe".`, `"perfectly safe"`, "Elena Vargas", "told", "Elena Vargas"},
		{`"The bridge is safe," according to Elena Vargas.`, `"The bridge is safe,"`, "Elena Vargas", "according to", "Elena Vargas"},
		{`Elena Vargas, who visited the site on Monday, said "the bridge is safe".`, `"the bridge is safe"`, "Elena Vargas", "said", "Elena Vargas"},
		{`"We had no choice," Transport Minister Tom Becker claimed.`, `"We had no choice,"`, "Transport Minister Tom Becker", "claimed", "Tom Becker"},
		{`"We had no choice," the ministry said.`, `"We had no choice,"`, "the ministry", "said", ""},
		{`Councillor Tom Becker scolded the mayor: "You have no plan."`, `"You have no plan."`, "Councillor Tom Becker", "scolded", "Tom Becker"},
		{`The plan will fail, Tom Becker said. "Nobody has read it."`, `"Nobody has read it."`, "Tom Becker", "said", "Tom Becker"},
		{`Elena Vargas condemned what she called a "reckless gamble".`, `"reckless gamble"`, "Elena Vargas", "called", "Elena Vargas"},
		{`According to harbour historian Tom Becker, the pier is "older than the town".`, `"older than the town"`, "harbour historian Tom Becker", "According to", "Tom Becker"},
		{`"We will vote," the ferry company's spokeswoman said.`, `"We will vote,"`, "the ferry company's spokeswoman", "said", ""},
		{`"Nobody asked the fishermen," a source close to the harbour board insisted.`, `"Nobody asked the fishermen,"`, "a source close to the harbour board", "insisted", ""},
		{`"It is a done deal," said officials familiar with the talks.`, `"It is a done deal,"`, "officials familiar with the talks", "said", ""},
		{`A senior diplomat speaking on condition of anonymity said: "The deal is dead."`, `"The deal is dead."`, "A senior diplomat speaking on condition of anonymity", "said", ""},
		// the owner of a speech noun
		// a description between the subject and the verb, and an apposition
		{`Another councillor, Tom Becker, likened the plan to "a sinking ship".`, `"a sinking ship"`, "Another councillor, Tom Becker", "likened", "Tom Becker"},
		{`Councillor Ann Price (Green), the mayor's rival in the spring election, called Monday for a new survey, saying the pier "cannot wait".`, `"cannot wait"`, "Councillor Ann Price", "saying", "Ann Price"},
		{`Elena Vargas left early. She said she recalls the meeting being "tense".`, `"tense"`, "She", "said", "Elena Vargas"},
		{`The pier has been, as the Harbour Gazette put it in a long report, "the town's front door."`, `"the town's front door."`, "the Harbour Gazette", "put it", ""},
		// after the quotation, a speaker whose apposition names her, with a nickname
		{`"This is our year!" Tom Becker's niece, Councillor Ann "Nan" Price (Green), shouted to the crowd.`, `"This is our year!"`, `Tom Becker's niece, Councillor Ann "Nan" Price`, "shouted", `Ann "Nan" Price`},
		{`Elena Vargas spoke first. After saying the old pier was "too tired to save," she left the meeting.`, `"too tired to save,"`, "she", "saying", "Elena Vargas"},
		{`Tom Becker spoke last. He characterized the vote as, "a good day for the harbour and a bad day for the gulls."`, `"a good day for the harbour and a bad day for the gulls."`, "He", "characterized", "Tom Becker"},
		{`The Harbour Gazette rated the mayor's promise as "mostly true" in its weekly check.`, `"mostly true"`, "The Harbour Gazette", "rated", ""},
		{`Swanson praised the harbour pilot Tom Becker, who has publicly vowed to stop the "reckless rebuild" of the pier.`, `"reckless rebuild"`, "the harbour pilot Tom Becker, who", "vowed", "Tom Becker"},
		{`When she returned she began by saying, "I don't think the pier can be saved."`, `"I don't think the pier can be saved."`, "she", "saying", ""},
		{`Elena Vargas listened. But she wanted to know, "How much will it cost?"`, `"How much will it cost?"`, "she", "wanted to know", "Elena Vargas"},
		{`When Tom Becker said "the pier is safe," nobody believed him.`, `"the pier is safe,"`, "Tom Becker", "said", "Tom Becker"},
		{`After the storm, Tom Becker issued a statement, "Last night our harbour held."`, `"Last night our harbour held."`, "Tom Becker", "issued a statement", "Tom Becker"},
		{`"Your plan is sound," Tom Becker assured the mayor after the vote.`, `"Your plan is sound,"`, "Tom Becker", "assured", "Tom Becker"},
		{"On Tuesday, Mayor Elena Vargas released the following statement:\n\n\"The harbour will reopen in June.\"", `"The harbour will reopen in June."`, "Mayor Elena Vargas", "released the following statement", "Elena Vargas"},
		{`"Not us, but we cannot argue with it!" Tom Becker, the head of the fund, Tweeted on Friday.`, `"Not us, but we cannot argue with it!"`, "Tom Becker", "Tweeted", "Tom Becker"},
		{`"Imagine a pier with no boats," mused the harbour historian Tom Becker.`, `"Imagine a pier with no boats,"`, "the harbour historian Tom Becker", "mused", "Tom Becker"},
		{`"Not again!" the crowd cried out, booing.`, `"Not again!"`, "the crowd", "cried", ""},
		{`"She wants to look tough tonight," Tom Becker shot back.`, `"She wants to look tough tonight,"`, "Tom Becker", "shot back", "Tom Becker"},
		{`Tom Becker, who asked whether the survey was fair, said Friday that the pier "happens to be, we believe, rotten."`, `"happens to be, we believe, rotten."`, "Tom Becker", "said", "Tom Becker"},
		{`The survey found no "sign of rot," apart from the old railings, said the harbour's engineer, Ann Price, on Monday.`, `"sign of rot,"`, "the harbour's engineer, Ann Price", "said", "Ann Price"},
		{`"The pier is our front door," said the 46-year-old.`, `"The pier is our front door,"`, "the 46-year-old", "said", ""},
		{`"Who pays for the pier?" Tom Becker asked rhetorically, shaking his head.`, `"Who pays for the pier?"`, "Tom Becker", "asked", "Tom Becker"},
		{`"Who can remember?" Elena Vargas asks as a ferry sounds its horn.`, `"Who can remember?"`, "Elena Vargas", "asks", "Elena Vargas"},
		{`Sen. Ann Price (D-R.I.), said after a lunch that she had not read the plan, but called it a "starting point for the town."`, `"starting point for the town."`, "Sen. Ann Price", "called", "Ann Price"},
		{`The quay was full, with many fishermen and their supporters chanting "Save our pier" all day.`, `"Save our pier"`, "their supporters", "chanting", ""},
		{`Councillor Ann Price famously clashed with the mayor, chiding her, "What difference does it make?"`, `"What difference does it make?"`, "Councillor Ann Price", "chiding", "Ann Price"},
		{`"Would it be cheaper?" Tom Becker pressed.`, `"Would it be cheaper?"`, "Tom Becker", "pressed", "Tom Becker"},
		{`Tom Becker — named by the Gazette as the likely chair — told the radio that the plan was "a disaster."`, `"a disaster."`, "Tom Becker", "told", "Tom Becker"},
		{`Several said they would rather see "block grants" for the harbour.`, `"block grants"`, "Several", "said", ""},
		{"The 17-year-old Ann Price echoed:\n\n\"She speaks her mind.\"", `"She speaks her mind."`, "Ann Price", "echoed", "Ann Price"},
		{`And then Tom Becker went fully on the attack, saying, "Is the mayor going to resign?"`, `"Is the mayor going to resign?"`, "Tom Becker", "saying", "Tom Becker"},
		{`"One minute, please, all right?" Tom Becker urged them, as he explained how hard the vote was.`, `"One minute, please, all right?"`, "Tom Becker", "urged", "Tom Becker"},
		{`Tom Becker distanced himself from the plan by saying he would help if asked.  "I am going to support the harbour."`, `"I am going to support the harbour."`, "Tom Becker", "saying", "Tom Becker"},
		// sources that end in a count
		{`Asked about the plan, the 34-year-old mother of three replied, "It is meant to help every family in the town."`, `"It is meant to help every family in the town."`, "the 34-year-old mother of three", "replied", ""},
		{`In the harbour poll, 63 percent said the mayor was "right" to wait.`, `"right"`, "63 percent", "said", ""},
		// the quotation after its paraphrase, in the same paragraph
		{`His old partner at the boatyard, Tom Becker, called him a master of deals. "He always found a way."`, `"He always found a way."`, "His old partner at the boatyard, Tom Becker", "called", "Tom Becker"},
		{`Tom Becker, a retired ferry captain, answered the mayor on the radio, tweeting, "The tide waits for no one."`, `"The tide waits for no one."`, "Tom Becker", "tweeting", "Tom Becker"},
	}
	for _, c := range cases {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 1 {
			t.Errorf("%s\n  found %d quotes, want 1", c.text, len(doc.Quotes))
			continue
		}
		q := doc.Quotes[0]
		if q.Text != c.quote {
			t.Errorf("%s\n  quote %q, want %q", c.text, q.Text, c.quote)
		}
		if q.Speaker == nil || q.Speaker.Text != c.speaker {
			t.Errorf("%s\n  speaker %+v, want %q", c.text, q.Speaker, c.speaker)
		}
		if cue := ""; q.Cue != nil && q.Cue.Text != c.cue || q.Cue == nil && c.cue != cue {
			t.Errorf("%s\n  cue %+v, want %q", c.text, q.Cue, c.cue)
		}
		if got := nameOf(doc, q.SpeakerID); got != c.name {
			t.Errorf("%s\n  speaker resolves to %q, want %q", c.text, got, c.name)
		}
	}
}

func nameOf(doc *Document, id string) string {
	for _, p := range doc.People {
		if p.ID == id && p.Type == "PERSON" {
			return p.Name
		}
	}
	return ""
}

func TestPronounsAndContinuedQuotesResolveToTheRightPerson(t *testing.T) {
	text := `Mayor Elena Vargas opened the new pier on Monday with Councillor Tom Becker.

"This pier carried my grandparents to work," she said.

Tom Becker, who opposed the plan, spoke next. "It cost too much," he said. "Far too much."

"I still think so."`
	doc, err := Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Elena Vargas", "Tom Becker", "Tom Becker", "Tom Becker"}
	if len(doc.Quotes) != len(want) {
		t.Fatalf("found %d quotes, want %d", len(doc.Quotes), len(want))
	}
	for i, q := range doc.Quotes {
		if got := nameOf(doc, q.SpeakerID); got != want[i] {
			t.Errorf("quote %q is attributed to %q, want %q", q.Text, got, want[i])
		}
	}
}

func TestReportedSpeech(t *testing.T) {
	cases := []struct{ text, content, speaker, cue string }{
		{"Mayor Elena Vargas said the pier would open in June.", "the pier would open in June", "Mayor Elena Vargas", "said"},
		{"The ministry told reporters that the budget had doubled.", "the budget had doubled", "The ministry", "told"},
		{"The pier will cost more than planned, Tom Becker warned.", "The pier will cost more than planned", "Tom Becker", "warned"},
		{"According to the city council, the ferry will run again next year.", "the ferry will run again next year", "the city council", "According to"},
		{"Becker: The budget has doubled since 2023", "The budget has doubled since 2023", "Becker", ""},
		{"Mayor Elena Vargas thanked the crowd and said the pier was ready.", "the pier was ready", "Mayor Elena Vargas", "said"},
		{"The pier will cost more than planned, the ministry said on Thursday.", "The pier will cost more than planned", "the ministry", "said"},
		{"Vargas leads the race by nine points, according to early results of exit polls conducted for the Gazette.", "Vargas leads the race by nine points", "early results of exit polls conducted for the Gazette", "according to"},
		{"The harbour master survived two storms at sea and says such waves are rare.", "such waves are rare", "The harbour master", "says"},
		{"Vargas fixed the boat, then says she will take advice from anyone.", "she will take advice from anyone", "Vargas", "says"},
		{"Harbour Board Says Ferry Will Run Again Next Year", "Ferry Will Run Again Next Year", "Harbour Board", "Says"},
		{"The pier will open late, a harbour official told the Gazette.", "The pier will open late", "a harbour official", "told"},
		{"Vargas pointed out that the pier was already two years late.", "the pier was already two years late", "Vargas", "pointed out"},
		{"Nora Pike, host of the Gazette’s “Morning Tide,” suggested the pier could open late.", "the pier could open late", "Nora Pike", "suggested"},
		{"The harbour board opposed a second pier for the northern bay.", "a second pier for the northern bay", "The harbour board", "opposed"},
		{"Among the voters who said the ferry mattered most, Vargas won easily.", "the ferry mattered most", "the voters who", "said"},
		{"Six in 10 say the ferry is too slow.", "the ferry is too slow", "Six in 10", "say"},
		{"More than 4 in 10 said the mayor was doing well.", "the mayor was doing well", "More than 4 in 10", "said"},
		{"A third said the pier was too expensive.", "the pier was too expensive", "A third", "said"},
		{"The pier will open late, said Tom Becker, the harbour master.", "The pier will open late", "Tom Becker", "said"},
		{"Tom Becker, the harbour master, said the pier will open late.", "the pier will open late", "Tom Becker", "said"},
		{"It is impossible to check every ticket, harbour officials say.", "It is impossible to check every ticket", "harbour officials", "say"},
		{"Ferry workers would be paid for the lost days, Vargas said, a promise that could cost the city dearly.", "Ferry workers would be paid for the lost days", "Vargas", "said"},
		{"The harbour board voted against a second pier for the bay.", "a second pier for the bay", "The harbour board", "voted against"},
		{"In March, leaked emails showed the harbour staff favoured the mayor.", "the harbour staff favoured the mayor", "leaked emails", "showed"},
		{"Experts on harbour safety and coastal law said the new pier could change that.", "the new pier could change that", "Experts on harbour safety and coastal law", "said"},
		{"Although the pier is late, engineers from both firms say the work is sound.", "the work is sound", "engineers from both firms", "say"},
		{"Ferry users in Salem, Dover and Kent say the timetable is a mess.", "the timetable is a mess", "Ferry users in Salem, Dover and Kent", "say"},
		{"In the latest harbour poll, Vargas leads by two points.", "Vargas leads by two points", "the latest harbour poll", ""},
		{"Most riders preferred a faster ferry to a new pier.", "a faster ferry to a new pier", "Most riders", "preferred"},
		{"The council said: the ferry will run again next year.", "the ferry will run again next year", "The council", "said"},
	}
	for _, c := range cases {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 0 || len(doc.Reported) != 1 {
			t.Errorf("%s\n  %d quotes and %d reported, want 0 and 1", c.text, len(doc.Quotes), len(doc.Reported))
			continue
		}
		r := doc.Reported[0]
		cue := ""
		if r.Cue != nil {
			cue = r.Cue.Text
		}
		if r.Kind != KindReported || r.Text != c.content || r.Speaker == nil || r.Speaker.Text != c.speaker || cue != c.cue {
			t.Errorf("%s\n  got %q by %+v (cue %q), want %q by %q (cue %q)", c.text, r.Text, r.Speaker, cue, c.content, c.speaker, c.cue)
		}
	}
}

// Words that look like cues but say nothing: no reported speech.
func TestNoReportedSpeech(t *testing.T) {
	for _, text := range []string{
		"Vargas leads Price by 271 pledged delegates after the primary.",
		"The ferry is late. You know the pier has been closed since March.",
	} {
		doc, err := Annotate(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range doc.Reported {
			if r.Cue != nil && (r.Cue.Text == "pledged" || strings.Contains(r.Cue.Text, ".")) {
				t.Errorf("%s\n  reported %q with the cue %q", text, r.Text, r.Cue.Text)
			}
		}
	}
}

// A speaker described with a quoted title: the speaker is the named person.
func TestSpeakerDescriptionWithATitle(t *testing.T) {
	doc, err := Annotate(`"We have had better meetings," Harbour delegate Nora Pike, wearing a "Vote Vargas" badge, said.`)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) == 0 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Text != "Harbour delegate Nora Pike" {
		t.Errorf("quotes = %+v, want the first by Harbour delegate Nora Pike", doc.Quotes)
	}
}

// Archives that print quotation marks as two apostrophes: the stretch is a
// quotation with its speaker, as between double marks, not reported speech
// as well; the next quotation in the paragraph goes on with the speaker.
func TestArchiveMarksAreQuotations(t *testing.T) {
	for _, c := range []struct{ text, quotes, speaker string }{
		{"''We are ready for the storm,'' Mr. Becker said.", "''We are ready for the storm,''", "Mr. Becker"},
		{"''We are ready for the storm,'' said Tom Becker.", "''We are ready for the storm,''", "Tom Becker"},
		{"''We are ready for the storm,'' Mr. Becker said. ''The pier will hold.''", "''We are ready for the storm,''|''The pier will hold.''", "Mr. Becker"},
		{"Mr. Becker said the board ''has not read the report.''", "''has not read the report.''", "Mr. Becker"},
	} {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range doc.Quotes {
			got = append(got, q.Text)
			if q.Speaker == nil || q.Speaker.Text != c.speaker {
				t.Errorf("%s\n  quote %q has the speaker %+v, want %q", c.text, q.Text, q.Speaker, c.speaker)
			}
		}
		if strings.Join(got, "|") != c.quotes {
			t.Errorf("%s\n  quotes %q, want %q", c.text, got, c.quotes)
		}
		for _, r := range doc.Reported {
			if r.Start < doc.Quotes[len(doc.Quotes)-1].End && r.End > doc.Quotes[0].Start {
				t.Errorf("%s\n  the quotation is reported speech too: %q", c.text, r.Text)
			}
		}
	}
}

// A speech noun that the quotation is about does not make its owner the
// speaker: `Vargas's comments "are based on …"` is someone else's verdict.
func TestSpeechNounAsTheQuotationsSubject(t *testing.T) {
	doc, err := Annotate(`The council released a statement saying Vargas’s comments "are based on her opinion, not facts."`)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if q.Speaker != nil && q.Speaker.Text == "Vargas" {
			t.Errorf("%q is attributed to Vargas, whose comments it is about", q.Text)
		}
	}
}

// A participle after a quotation's attribution reports for the same speaker.
func TestReportedAfterAQuotation(t *testing.T) {
	doc, err := Annotate(`"We feel ready for the storm," Tom Becker said, adding that the pier would stay closed.`)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Reported) != 1 || doc.Reported[0].Text != "the pier would stay closed" || doc.Reported[0].Speaker == nil || doc.Reported[0].Speaker.Text != "Tom Becker" {
		t.Errorf("reported = %+v, want \"the pier would stay closed\" by Tom Becker", doc.Reported)
	}
}

// A reported clause stops where a quotation in its sentence starts: the
// quotation is attributed as such.
func TestReportedClauseBeforeAQuotation(t *testing.T) {
	doc, err := Annotate(`Tom Becker said the pier would open late, telling reporters that "nobody could have planned for this storm."`)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Reported) != 1 || doc.Reported[0].Text != "the pier would open late" || doc.Reported[0].Speaker == nil || doc.Reported[0].Speaker.Text != "Tom Becker" {
		t.Errorf("reported = %+v, want \"the pier would open late\" by Tom Becker", doc.Reported)
	}
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Text != "Tom Becker" {
		t.Errorf("quotes = %+v, want one by Tom Becker", doc.Quotes)
	}
}

// Speakers with long appositions, places after the noun, and "as X put it".
func TestAttributionWithAppositionsAndPlaces(t *testing.T) {
	for _, c := range []struct{ text, speaker, cue string }{
		{`"It is an invasion," Nora Pike, the attorney general of the state, one of those suing, said.`, "Nora Pike", "said"},
		{`"Why did he not pay?" a narrator in the campaign advert asks.`, "a narrator in the campaign advert", "asks"},
		{`"It is over," as Nora Pike put it on Monday.`, "Nora Pike", "put it"},
		{`"Enough," Nora Pike snapped at the crowd.`, "Nora Pike", "snapped"},
		{`"Enough," Nora Pike snapped back.`, "Nora Pike", "snapped back"},
		{`"We are proud to vote!" Senator Tom Becker said as he opened the meeting.`, "Senator Tom Becker", "said"},
		{`"You know, it happens," Nora Pike went on, as if she had not heard him.`, "Nora Pike", "went on"},
	} {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Cue == nil {
			t.Errorf("%s: quotes %+v", c.text, doc.Quotes)
			continue
		}
		if q := doc.Quotes[0]; q.Speaker.Text != c.speaker || q.Cue.Text != c.cue {
			t.Errorf("%s: speaker %q, cue %q; want %q, %q", c.text, q.Speaker.Text, q.Cue.Text, c.speaker, c.cue)
		}
	}
}

func TestAttributionInLettersAndMojibake(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{`When my mother mentioned the devil, I laughed and said, "I do not believe in the devil."`, "I"},
		{`During a long debate about the nominees, a friend commented: "For you, the border matters most."`, "a friend"},
		{`"Let everyone know," French President FranÃ§ois Hollande said Friday.`, "French President FranÃ§ois Hollande"},
		{`"They are wrong," said 9/11 widow Terry Strada.`, "9/11 widow Terry Strada"},
		{`Pollsters disagree - Nora Pike: "The samples were too small."`, "Nora Pike"},
		{`Vargas told Becker: "You will have your pier."`, "Vargas"},
		{`Speaking at a town hall in Salem, Vargas went after Becker, calling him "a total stiff."`, "Vargas"},
		{`Speaking at a town hall in Salem, New Hampshire, Vargas went after Becker, calling him "a total stiff."`, "Vargas"},
		{`Hastily, Vargas cast the blame on her rivals and stressed the threat that "harbour crime" poses.`, "Vargas"},
		{`Maybe the answer is what he said in March about the "harbour tax."`, "he"},
		{`Council spokesman Tom Becker responded on Twitter, calling Vargas’s charge "pathetic."`, "Council spokesman Tom Becker"},
		{`Mayor Elena Vargas told the Gazette on Tuesday that Becker’s comments "show bias to me."`, "Mayor Elena Vargas"},
		{`Vargas said she is certain Becker will continue to be "a champion for the harbour."`, "Vargas"},
	} {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Text != c.speaker {
			t.Errorf("%s: quotes %+v, want the speaker %q", c.text, doc.Quotes, c.speaker)
		}
	}
}

func TestDocumentsSpeak(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{`The clip says the councillor “has a passion for the wrong people.”`, "The clip"},
		{`According to a 52-count complaint, the firm ran a "massive fraudulent scheme" for years.`, "a 52-count complaint"},
	} {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Text != c.speaker {
			t.Errorf("%s: quotes %+v, want the speaker %q", c.text, doc.Quotes, c.speaker)
		}
	}
}

// "Republican claims" is a noun: the group is not the speaker of what a
// fact-checker rates.
func TestGroupAdjectiveBeforeClaimsIsNotASpeaker(t *testing.T) {
	doc, err := Annotate(`The fact-checkers rated most Republican claims as "false" this year.`)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if q.Speaker != nil && q.Speaker.Text == "Republican" || q.Cue != nil && q.Cue.Text == "claims" {
			t.Errorf("quote %q given to %+v with cue %+v", q.Text, q.Speaker, q.Cue)
		}
	}
}

// American punctuation closes a fragment inside its marks; it stays a
// partial quotation and goes to the sentence's subject.
func TestFragmentWithPunctuationInsideIsPartial(t *testing.T) {
	doc, err := Annotate(`Elena Vargas praised the old pier as a "careful piece of work," and left the meeting early.`)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 {
		t.Fatalf("found %d quotes, want 1", len(doc.Quotes))
	}
	q := doc.Quotes[0]
	if q.Kind != KindPartial || q.Speaker == nil || q.Speaker.Text != "Elena Vargas" {
		t.Errorf("quote %q: kind %s, speaker %+v; want partial by Elena Vargas", q.Text, q.Kind, q.Speaker)
	}
}

// A name the tagger extends over a head noun ("Newport News") and a chunk
// of its own on that noun make one entity, never two over the same words.
func TestEntitiesNeverOverlap(t *testing.T) {
	doc, err := Annotate(`Councillor Ann "Nan" Price (D-Newport News) shouted to the crowd.`)
	if err != nil {
		t.Fatal(err)
	}
	last := 0
	for _, e := range doc.Entities {
		if e.Start < last {
			t.Errorf("entity %q (%d:%d) overlaps the one before it: %+v", e.Text, e.Start, e.End, doc.Entities)
		}
		last = e.End
	}
}

// A fragment with no attribution of its own takes the speaker of the next
// quotation in its sentence; a speaker's object does not hide the cue.
func TestFragmentsShareTheSentencesAttribution(t *testing.T) {
	doc, err := Annotate(`The old pier was a "good thing" that brought "frankly good business," Tom Becker remarked. "Wait one minute, please!" he urged them, as the vote began.`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{`"good thing"`: "Tom Becker", `"frankly good business,"`: "Tom Becker", `"Wait one minute, please!"`: "he"}
	if len(doc.Quotes) != len(want) {
		t.Fatalf("found %d quotes, want %d", len(doc.Quotes), len(want))
	}
	for _, q := range doc.Quotes {
		if q.Speaker == nil || q.Speaker.Text != want[q.Text] {
			t.Errorf("quote %s: speaker %+v, want %q", q.Text, q.Speaker, want[q.Text])
		}
		if nameOf(doc, q.SpeakerID) != "Tom Becker" {
			t.Errorf("quote %s resolves to %q, want Tom Becker", q.Text, nameOf(doc, q.SpeakerID))
		}
	}
}

// A speaker phrase never runs over a verb or a score: "The council voted
// 6-1 for the resolution" is not who speaks.
func TestSpeakerPhraseStopsBeforeAVerb(t *testing.T) {
	doc, err := Annotate(`The harbour council voted 6-1 for the resolution which said the town "welcomes every boat."`)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if q.Speaker != nil && strings.Contains(q.Speaker.Text, "voted") {
			t.Errorf("quote %s given to %q", q.Text, q.Speaker.Text)
		}
	}
}

// "(D-R.I.)" after a name is a party and a state, not names; a senator is
// a person whatever the tagger thought.
func TestPartyBracketsAndHonorifics(t *testing.T) {
	doc, err := Annotate(`Sen. Ann Price (D-R.I.) and Rep. Tom Becker (R) spoke on Tuesday.`)
	if err != nil {
		t.Fatal(err)
	}
	got := entityTypes(doc)
	for name, typ := range got {
		if strings.Contains("(D-R.I.)(R)", name) && typ != "DATE" {
			t.Errorf("%q tagged %s inside a party bracket", name, typ)
		}
	}
	if got["Ann Price"] != "PERSON" || got["Tom Becker"] != "PERSON" {
		t.Errorf("entities %v: want Ann Price and Tom Becker as people", got)
	}
}

// Single marks as a quotation's outer marks (British style) make a
// quotation with its speaker; apostrophes and nested marks stay as they are.
func TestSingleMarksAsOuterMarks(t *testing.T) {
	for _, c := range []struct{ text, quotes, speaker string }{
		{"'It was a mistake,' the minister said.", "'It was a mistake,'", "the minister"},
		{"‘We will rebuild the pier,’ Mayor Elena Vargas said. ‘It will take time.’", "‘We will rebuild the pier,’|‘It will take time.’", "Mayor Elena Vargas"},
		{"Tom Becker said: 'The pier will hold.'", "'The pier will hold.'", "Tom Becker"},
		{"'It is,' she said, 'a disgrace.'", "'It is,'|'a disgrace.'", "she"},
		{"'I don't know,' he said. 'We'll see what the '90s bring.'", "'I don't know,'|'We'll see what the '90s bring.'", "he"},
		{"'The workers' union will strike on Monday,' Ann Lee said.", "'The workers' union will strike on Monday,'", "Ann Lee"},
		{`"He told me 'never again' twice," Ann Lee said.`, `"He told me 'never again' twice,"`, "Ann Lee"},
		{"The students' books, rock 'n' roll, the '90s and O'Neill don't count, Ann Lee said.", "", ""},
	} {
		doc, err := Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range doc.Quotes {
			got = append(got, q.Text)
			if q.Speaker == nil || q.Speaker.Text != c.speaker {
				t.Errorf("%s\n  quote %q has the speaker %+v, want %q", c.text, q.Text, q.Speaker, c.speaker)
			}
		}
		if strings.Join(got, "|") != c.quotes {
			t.Errorf("%s\n  quotes %q, want %q", c.text, got, c.quotes)
		}
	}
}
