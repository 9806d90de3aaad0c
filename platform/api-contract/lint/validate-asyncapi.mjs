// Validates the event catalog with the AsyncAPI parser, which reads AsyncAPI 2.x and 3.x alike. Exits 1 on an error.
import { Parser, fromFile } from "@asyncapi/parser";

const file = process.argv[2];
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, file).parse();
const names = ["error", "warning", "information", "hint"];
const counts = names.map((name, severity) => `${diagnostics.filter((d) => d.severity === severity).length} ${name}s`);
const version = document ? document.version() : "unreadable";
console.log(`[lint] ${file} (AsyncAPI ${version}): ${counts.join(", ")}`);
const errors = diagnostics.filter((d) => d.severity === 0);
for (const d of errors) {
  const at = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1} ` : "";
  console.log(`  ${at}${d.code} ${d.message} (${(d.path || []).join(".")})`);
}
if (errors.length > 0 || !document) {
  process.exitCode = 1;
}
