// Times compromise (a JavaScript NLP library a user might pick instead) on
// the article read from stdin: people, places, organisations and
// quotations, as whosaid finds them. Prints the median milliseconds.
import nlp from 'compromise';
import { readFileSync } from 'node:fs';

const text = readFileSync(0, 'utf8');
const run = () => {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length +
    doc.organizations().out('array').length + doc.quotations().out('array').length;
};
for (let i = 0; i < 5; i++) run();
const times = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  run();
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(times[Math.floor(times.length / 2)].toFixed(3));
