// Loads an N-Quads file into an in-memory Oxigraph store and answers SPARQL queries with it, for `bench/run peers`.
// Usage: node oxigraph-answers.mjs DUMP.nq OUT.json REPS QUERY.rq...
// Every query runs once to warm up, then REPS times (the times are reported); the default graph is the union of the
// named graphs, as in Plenary (docs/DESIGN.md). Each query also runs once with Oxigraph's own default graph (the
// unnamed graph, empty in Plenary's dumps) to show what the option changes. Solutions are written as structured
// terms so the caller compares values, not one engine's way of printing them.
import fs from "node:fs";
import path from "node:path";
import oxigraph from "oxigraph";

const [dump, out, repsArg, ...queries] = process.argv.slice(2);
const reps = Number(repsArg);

function* chunks(file) { // the dump can exceed the largest string V8 allows: feed it in pieces
  const fd = fs.openSync(file, "r");
  const buf = Buffer.alloc(1 << 22);
  try {
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) yield buf.subarray(0, n).slice();
  } finally {
    fs.closeSync(fd);
  }
}

function term(t) {
  if (t === undefined) return null;
  if (t.termType === "Literal") return { t: "literal", v: t.value, l: t.language || "", d: t.datatype.value };
  return { t: t.termType === "NamedNode" ? "iri" : "bnode", v: t.value };
}

const store = new oxigraph.Store();
let t0 = process.hrtime.bigint();
store.load(chunks(dump), { format: "application/n-quads", no_transaction: true });
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
const result = { engine: "oxigraph " + JSON.parse(fs.readFileSync(new URL("./node_modules/oxigraph/package.json", import.meta.url))).version,
  loadMs, quads: store.size, queries: {} };

for (const file of queries) {
  const text = fs.readFileSync(file, "utf8");
  const entry = { ms: [], rows: null, rowsWithoutUnion: null, error: null };
  try {
    let answer;
    for (let r = 0; r <= reps; r++) {
      t0 = process.hrtime.bigint();
      answer = store.query(text, { use_default_graph_as_union: true });
      if (r > 0) entry.ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    entry.rows = answer.map(solution => Object.fromEntries([...solution].map(([v, t]) => [v, term(t)])));
    entry.rowsWithoutUnion = store.query(text).length;
  } catch (e) {
    entry.error = String(e.message || e);
  }
  result.queries[path.basename(file)] = entry;
}
fs.writeFileSync(out, JSON.stringify(result));
