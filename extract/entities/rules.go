package entities

// ruleOff names the article-level rules switched off (DisableRules, for
// measuring each; empty when the engine runs).
var ruleOff = map[string]bool{}
