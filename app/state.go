package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The page is a tree of components, one per feature, each owning its own
// state (see page.go). What several of them need travels through go-app's
// own mechanisms, as go-app's documentation app does: states that a
// component sets and others observe (ctx.SetState, ctx.ObserveState), and
// actions that a component posts and the page handles
// (ctx.NewActionWithValue, ctx.Handle).

// States. Their names are not local-storage keys: go-app reads a state
// that was never set from local storage under its name, so every state is
// set by the page before any component observes it (page.OnMount).
const (
	stateArticle = "article" // articleState: the text and its document
	// statePanels (articleState): the same, for the side panels, the
	// toolbar, the library, the worksheet and the sources table under the
	// article; a new document reaches them a browser task after the
	// highlights (page.publishReadingFirst).
	statePanels   = "article-panels"
	stateSelected = "selected"     // string: the referent chosen in the sources panel
	stateMode     = "mode"         // string: modeRead or modeExercise
	stateLoaded   = "loaded-verbs" // bool: loaded verbs highlighted in the text
	stateLibrary  = "library"      // []libraryItem: the articles kept in this browser
	stateNotice   = "notice"       // string: what just happened to the article
	// stateExerciseOpen (bool): the student has marks and has not checked
	// them; leaving the exercise now would show the answers.
	stateExerciseOpen = "exercise-open"
	// statePrint (string): what printing gives, printStudent,
	// printStudentMarked or printKey.
	statePrint = "print"
)

// Actions, handled by the page (article.go): the only ways the article
// changes.
const (
	// actionEdit carries the text as the user typed it (a typed, settle.go).
	actionEdit = "article/edit"
	// actionReplace carries a replacement: the example, an empty box, a
	// library article.
	actionReplace = "article/replace"
	// actionCorrect carries a teacher's correction of the engine;
	// actionUncorrect the index of one to take back.
	actionCorrect   = "article/correct"
	actionUncorrect = "article/uncorrect"
	// actionLeaveExercise ends an exercise before it is checked.
	actionLeaveExercise = "exercise/leave"
)

// Page modes.
const (
	modeRead     = "read"     // the annotated article and its panels
	modeExercise = "exercise" // highlights hidden; the student finds the quotes
)

// What the page prints (the print stylesheet reads the page's class).
const (
	printStudent       = "student"        // the article without highlights, questions with space to answer
	printStudentMarked = "student-marked" // the same with the highlights
	printKey           = "key"            // highlights, the sources table and the answers
)

// replacement is another article put in place of the one on the page.
type replacement struct {
	Text   string
	Notice string // said on the page once it is open ("" for nothing)
	Fixes  []correction
}

// replaceArticle asks the page to open another article; the one it
// replaces is kept in the library.
func replaceArticle(ctx app.Context, text, notice string) {
	ctx.NewActionWithValue(actionReplace, replacement{Text: text, Notice: notice})
}

// selectedPerson is the referent chosen in the sources panel ("" for none).
func selectedPerson(ctx app.Context) string {
	var id string
	ctx.GetState(stateSelected, &id)
	return id
}

// typed is actionEdit's value: the box's text, and when the browser saw
// the keystroke (its input event's timeStamp, in performance.now's clock;
// 0 when unknown), so the wait counts from the keystroke, not from the
// page's handling of it (go-app's event and action: 0.5–2 ms later in
// `build/bench -timeline`).
type typed struct {
	Text string
	At   float64
}
