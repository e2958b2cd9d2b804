// A cases file with many problems gets every one of them in one run: each unknown key of an
// expect block (not only the first), and a bad regular expression beside schema errors.
import { CaseErrors, parseCases } from '../../src/evaluation/cases.js';

function errorsOf(text: string) {
  try {
    parseCases([{ file: 'evals/cases.yml', text }], { lastMayBeAssistant: true });
  } catch (e) {
    if (e instanceof CaseErrors) return e.errors.map((x) => ({ message: x.message, line: x.annotation?.startLine }));
    throw e;
  }
  throw new Error('expected CaseErrors');
}

test('eight problems in one file, all reported at their lines in one pass', () => {
  const text = [
    '- name: refund', //              1
    '  prompt: How long?', //         2
    '  expect:', //                   3
    '    contians: thirty', //        4  unknown (did you mean contains?)
    '    regexp: "days"', //          5  unknown
    '    max-latncy: 100', //         6  unknown
    '    matches: "(unclosed"', //    7  bad regex, beside the schema errors
    '    equals: 4', //               8  not text
    '- name: tone', //                9
    '  promt: Be nice', //           10  unknown key
    '  expect:', //                  11
    '    matches: "[z-a]"', //       12  bad regex
    '    json: 3' //                 13  not true or an object
  ].join('\n');
  const errors = errorsOf(`${text}\n`);
  const at = errors.map((e) => [e.line, e.message.replace(/^Cases file '[^']*': line \d+: /, '')]);
  expect(at).toEqual(
    expect.arrayContaining([
      [4, 'case "refund": unknown expectation "contians" (did you mean contains?)'],
      [5, expect.stringContaining('unknown expectation "regexp"')],
      [6, 'case "refund": unknown expectation "max-latncy" (did you mean max-latency?)'],
      [7, expect.stringMatching(/^case "refund": expect\.matches is not a valid regular expression/)],
      [8, expect.stringContaining('expect.equals')],
      [10, expect.stringContaining('unknown key "promt"')],
      [12, expect.stringMatching(/^case "tone": expect\.matches is not a valid regular expression/)],
      [13, expect.stringContaining('expect.json')]
    ])
  );
  expect(errors).toHaveLength(8);
});
