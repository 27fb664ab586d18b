package main

// exampleArticle is the built-in example. The project wrote it (the names
// are invented), so it can ship in the app and in tests. It has what a
// class looks for: named and anonymous sources, an organisation that
// speaks, reported speech, neutral and loaded verbs.
const exampleArticle = `Harbour City votes to rebuild the old ferry pier

The Harbour City council voted on Monday to rebuild the Northside ferry pier, ending a two-year dispute over its future.

"This pier carried my grandparents to work, and it will carry our children," Mayor Elena Vargas said after the vote.

Councillor Tom Becker, who opposed the plan, said the cost was "simply out of control". He claimed the budget had doubled since 2023.

"We were promised a pier, not a palace," Becker told the Harbour Gazette. He added that residents deserved a public vote.

The new pier was designed by the architect Paul Renner, whose firm also built the city library.

The Ministry of Transport said it would pay a third of the cost. According to a spokeswoman for the ministry, "the pier is part of a national plan for coastal towns."

"It is a done deal," said a council official who asked not to be named.

Officials said work could begin next spring.

"Nobody asked the fishermen," a source close to the harbour board insisted.

"I have waited twenty years for this," said Maria Okafor, who runs a cafe near the pier. "The whole street will come back to life."

Vargas insisted the timetable was realistic. "We will open the pier in June 2027," she said.
`
