export const id = 781;
export const ids = [781];
export const modules = {

/***/ 5781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_GENERAL_YAML_NODES: () => (/* binding */ MAX_GENERAL_YAML_NODES),
  parseYaml: () => (/* binding */ parseYaml),
  structureOf: () => (/* binding */ structureOf)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/prompt/messages.ts
var messages = __webpack_require__(4644);
;// CONCATENATED MODULE: ./src/prompt/yaml-fast.ts
// A fast path for the YAML prompts teams write: a block list of `role:`/`content:` pairs, as the
// whole document or under a top-level `messages:` key. The general parser builds a node per
// scalar, pair and map, and its concrete syntax tree first: 32 MiB of short messages took 80 s and
// 3.6 GB. This reader takes one pass over the lines and builds only the messages.
//
// It reads a deliberately small subset and gives up (undefined) on anything else, so the general
// parser decides: anchors, tags, flow collections, multi-line plain or quoted scalars, escapes
// JSON lacks, other keys in a message, tabs in the structure, control characters. Where it
// answers, the answer equals the general parser's (a differential property test holds it to
// that). Pure.
const UNSUPPORTED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/; // eslint-disable-line no-control-regex
const NOT_STRING = /^(?:[-+.~0-9]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;
function fastYaml(input) {
    if (input.includes('\r')) {
        if (/\r(?!\n)/.test(input))
            return undefined;
        input = input.replace(/\r\n/g, '\n');
    }
    if (UNSUPPORTED.test(input))
        return undefined;
    const lines = input.split('\n');
    let first = next(lines, 0);
    if (first < lines.length && lines[first] === '---')
        first = next(lines, first + 1);
    if (first >= lines.length)
        return undefined;
    if (lines[first].startsWith('- ')) {
        const list = readList(lines, first, 0);
        return list && list.end >= lines.length ? { items: list.items, lines: list.lines } : undefined;
    }
    // A mapping: the `messages:` key at the top level, its list below it.
    const key = lines.findIndex((l) => /^messages: *$/.test(l));
    const start = key < 0 ? -1 : next(lines, key + 1);
    if (start < 0 || start >= lines.length)
        return undefined;
    const indent = indentOf(lines[start]);
    if (!lines[start].startsWith('- ', indent))
        return undefined;
    const list = readList(lines, start, indent);
    // What follows the list must be the next top-level key (or the end), not more of this value.
    if (!list || (list.end < lines.length && /^\s/.test(lines[list.end])))
        return undefined;
    const text = [...lines.slice(0, key + 1), ...lines.slice(list.end)].join('\n');
    return { items: list.items, lines: list.lines, rest: { text, keyLine: key + 1, listLines: list.end - key - 1 } };
}
/** Leading spaces (only spaces indent YAML). */
function indentOf(line) {
    let n = 0;
    while (line.charCodeAt(n) === 32)
        n++;
    return n;
}
/** The next line at or after `i` that is neither blank nor a comment. */
function next(lines, i) {
    for (; i < lines.length; i++) {
        const line = lines[i];
        const at = indentOf(line);
        if (at < line.length && line.charCodeAt(at) !== 35 /* # */)
            return i;
    }
    return i;
}
/** Items `- role: …` at `indent`, from line `i`; undefined for anything outside the subset. */
function readList(lines, i, indent) {
    const items = [];
    const starts = [];
    const dash = ' '.repeat(indent) + '- ';
    const pairIndent = indent + 2;
    for (i = next(lines, i); i < lines.length;) {
        const line = lines[i];
        if (!line.startsWith(dash)) {
            const at = indentOf(line);
            if (line.charCodeAt(at) !== 9 && (at < indent || (at === indent && line.charCodeAt(at) !== 45)))
                break; // the list has ended
            return undefined;
        }
        const item = {};
        starts.push(i + 1);
        let pair = line.slice(pairIndent);
        for (;;) {
            const after = readPair(lines, i, pair, pairIndent, item);
            if (after === undefined)
                return undefined;
            i = after;
            if (i >= lines.length || indentOf(lines[i]) !== pairIndent)
                break;
            pair = lines[i].slice(pairIndent);
        }
        items.push(item);
    }
    return { items, lines: starts, end: i };
}
/** One `role: …` or `content: …` pair starting on line i; the next significant line after it, or undefined. */
function readPair(lines, i, pair, pairIndent, item) {
    const name = pair.startsWith('role:') ? 'role' : pair.startsWith('content:') ? 'content' : undefined;
    if (name === undefined || pair.includes('\t'))
        return undefined;
    if (item[name] !== undefined)
        return undefined; // a duplicate key is the general parser's error to report
    let from = name.length + 1;
    if (from < pair.length && pair.charCodeAt(from) !== 32)
        return undefined;
    while (pair.charCodeAt(from) === 32)
        from++;
    const raw = pair.slice(from);
    if (raw.startsWith('|') || raw.startsWith('>')) {
        const block = readBlock(lines, i + 1, pairIndent, raw);
        if (!block)
            return undefined;
        item[name] = block.value;
        return next(lines, block.end);
    }
    const value = readInline(raw.endsWith(' ') ? raw.trimEnd() : raw);
    if (value === undefined)
        return undefined;
    // A more indented line next would continue a multi-line scalar: not in the subset.
    const n = next(lines, i + 1);
    if (n < lines.length) {
        const at = indentOf(lines[n]);
        if (at > pairIndent || lines[n].charCodeAt(at) === 9)
            return undefined;
    }
    item[name] = value;
    return n;
}
/** A one-line plain, single- or double-quoted scalar that reads as a string. */
function readInline(raw) {
    if (raw.startsWith('"')) {
        const inner = raw.slice(1, -1);
        if (raw.length < 2 || !raw.endsWith('"') || /(^|[^\\])(\\\\)*"/.test(inner))
            return undefined;
        if (!inner.includes('\\'))
            return inner;
        if (inner.replace(JSON_ESCAPES, '').includes('\\'))
            return undefined;
        return JSON.parse(`"${inner}"`);
    }
    if (raw.startsWith("'")) {
        const inner = raw.slice(1, -1);
        if (raw.length < 2 || !raw.endsWith("'") || inner.replace(/''/g, '').includes("'"))
            return undefined;
        return inner.replace(/''/g, "'");
    }
    if (raw === '' || INDICATOR.test(raw) || NOT_STRING.test(raw) || raw.includes(': ') || raw.includes(' #') || raw.endsWith(':'))
        return undefined;
    return raw;
}
/** A block scalar (`|` or `>`, with `-` or `+` chomping) whose lines start at `i`. */
function readBlock(lines, i, pairIndent, header) {
    const [, style, chomp] = /^([|>])([-+]?) *$/.exec(header) ?? [];
    if (style === undefined || chomp === undefined)
        return undefined;
    let first = i;
    while (first < lines.length && /^ *$/.test(lines[first]))
        first++;
    if (first >= lines.length)
        return undefined;
    const indent = indentOf(lines[first]);
    if (indent <= pairIndent)
        return undefined;
    for (let k = i; k < first; k++)
        if (lines[k].length > indent)
            return undefined;
    let end = first;
    let last = first; // the last line with content
    const padding = ' '.repeat(indent);
    for (; end < lines.length; end++) {
        const line = lines[end];
        if (line.length > indent) {
            if (!line.startsWith(padding))
                break;
            last = end;
        }
        else if (!/^ *$/.test(line))
            break;
    }
    const body = [];
    for (let k = i; k <= last; k++)
        body.push(lines[k].slice(indent));
    const value = style === '|' ? body.join('\n') : fold(body);
    if (chomp === '-')
        return { value, end };
    if (chomp === '')
        return { value: `${value}\n`, end };
    // Keep: every line break after the last content line, to the next line that is not empty.
    const breaks = (end >= lines.length ? end - 1 : end) - last;
    return { value: value + '\n'.repeat(Math.max(1, breaks)), end };
}
/**
 * Folded (`>`) content: a line break between two lines of text becomes a space; one followed by
 * empty lines gives way to them; around a more indented line (space or tab first) it is kept.
 */
function fold(body) {
    let out = '';
    let empty = 0;
    let previous; // the last line of text
    for (const line of body) {
        if (line === '') {
            empty++;
            continue;
        }
        if (previous === undefined)
            out += '\n'.repeat(empty);
        else if (spaced(previous) || spaced(line))
            out += '\n'.repeat(empty + 1);
        else
            out += empty ? '\n'.repeat(empty) : ' ';
        out += line;
        previous = line;
        empty = 0;
    }
    return out;
}
const spaced = (line) => line.startsWith(' ') || line.startsWith('\t');

;// CONCATENATED MODULE: ./src/prompt/yaml.ts
// YAML prompt files (.yml/.yaml, including the .prompt.yml layout), with errors pinned to line
// and column. Loaded only for YAML files: the parser costs ~20 ms to load. The message list is
// read by the fast path where it can (yaml-fast.ts); the general parser reads the rest, and the
// whole file wherever the fast path gives up, so errors always come from the general parser.





/** Aliases expanded per document (weighted by the nodes each repeats): enough to reuse a message. */
const MAX_ALIASES = 100;
/**
 * The most structure the general parser is given, counted as the characters that can start a
 * node (line breaks and `, : [ ] { }`). It builds about 1 KB of objects per node: 400,000 of
 * them (e.g. 0.8 MiB of a dense flow list `[1,1,1,…]`, or of `key: value` lines) peak at about
 * 600 MB, where 12 MiB of them ran out of memory. Prompts in the usual layout (a block list of
 * role/content pairs, block scalars included) take the fast path, whose cost is a small multiple
 * of the file's size at any size; long text in one scalar counts only its line breaks.
 */
const MAX_GENERAL_YAML_NODES = 400_000;
/** Line breaks and `, : [ ] { }` in `text`: an upper bound of the nodes the general parser builds, less a constant. */
function structureOf(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 44 || c === 58 || c === 91 || c === 93 || c === 123 || c === 125)
            n++;
    }
    return n;
}
const HINT = 'Fix the YAML syntax (indentation, quoting); a multi-line content reads best as a block scalar (content: |)';
function parseYaml(text, file) {
    const fast = fastYaml(text);
    if (fast) {
        const lineOf = (i) => fast.lines[i];
        if (!fast.rest)
            return (0,messages/* readDocument */.u0)(fast.items, file, lineOf);
        const rest = readRest(fast.rest);
        if (rest)
            return (0,messages/* readDocument */.u0)({ ...rest, messages: fast.items }, file, lineOf);
    }
    return parseGeneral(text, file);
}
/**
 * The document around a `messages:` list the fast path read: used only when the general parser
 * reads it without error as a mapping whose `messages` key, on the line the fast path found, has
 * no value of its own. Anything else and the whole file goes to the general parser.
 */
function readRest(rest) {
    if (structureOf(rest.text) > MAX_GENERAL_YAML_NODES)
        return undefined;
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist.parseDocument)(rest.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    if (doc.errors.length || !(0,dist/* isMap */.jh)(doc.contents))
        return undefined;
    const pair = doc.contents.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'messages');
    const key = pair && (0,dist/* isScalar */.jn)(pair.key) ? pair.key.range?.[0] : undefined;
    const value = pair?.value;
    const empty = value == null || ((0,dist/* isScalar */.jn)(value) && value.value === null && !value.anchor && !value.tag);
    if (key === undefined || lines.linePos(key).line !== rest.keyLine || !empty)
        return undefined;
    try {
        const js = doc.toJS({ maxAliasCount: MAX_ALIASES });
        return js && typeof js === 'object' && !Array.isArray(js) ? js : undefined;
    }
    catch {
        return undefined;
    }
}
function parseGeneral(text, file) {
    const nodes = structureOf(text);
    if (nodes > MAX_GENERAL_YAML_NODES) {
        const size = `${(Buffer.byteLength(text, 'utf8') / 1048576).toFixed(1)} MiB`;
        const n = (x) => String(x).replace(/\B(?=(\d{3})+$)/g, ',');
        throw new errors/* FileError */.f6(file, `is ${size} of YAML with ${n(nodes)} line breaks and , : [ ] { } in a layout only the general YAML parser reads, which takes at most ${n(MAX_GENERAL_YAML_NODES)} (about 1 KB of memory each)`, 'Write the messages as a block list of role:/content: pairs (content: | for long text), without anchors, tags or flow [ ] { } collections; or put the text in a .md or .txt file');
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    const error = doc.errors[0];
    if (error) {
        const at = lines.linePos(error.pos[0]);
        throw new errors/* FileError */.f6(file, `is not valid YAML at line ${at.line}, column ${at.col}: ${(0,src_escape/* forLog */.Ig)(error.message.split('\n')[0], 200)}`, HINT, {
            line: at.line,
            column: at.col
        });
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        // yaml's own guard against a "billion laughs" document: aliases × the nodes they repeat.
        if (/alias count/i.test(message))
            throw new errors/* FileError */.f6(file, `repeats aliases (*name) too often: more than ${MAX_ALIASES} are expanded`, 'Repeat fewer aliases, or write the content out');
        throw new errors/* FileError */.f6(file, `cannot be read as YAML: ${(0,src_escape/* forLog */.Ig)(message, 200)}`, HINT);
    }
    const list = (0,dist/* isSeq */.oP)(doc.contents) ? doc.contents : (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.get('messages', true) : undefined;
    const items = (0,dist/* isSeq */.oP)(list) ? list.items : [];
    return (0,messages/* readDocument */.u0)(value, file, (i) => {
        const start = items[i]?.range?.[0];
        return start === undefined ? undefined : lines.linePos(start).line;
    });
}


/***/ })

};
