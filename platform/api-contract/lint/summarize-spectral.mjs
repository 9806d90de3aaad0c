// Prints Spectral's JSON report as counts per document and severity, and every error in full (warnings are in the
// JSON report). Exits 1 when there is an error, so the build fails on it.
import { readFileSync } from "node:fs";
import { basename } from "node:path";

const [report, ...documents] = process.argv.slice(2);
const results = JSON.parse(readFileSync(report, "utf8") || "[]");
const names = ["error", "warning", "information", "hint"];
let errors = 0;
for (const document of documents) {
  const mine = results.filter((r) => r.source === document);
  const counts = names.map((name, severity) => `${mine.filter((r) => r.severity === severity).length} ${name}s`);
  console.log(`[lint] ${basename(document)}: ${counts.join(", ")}`);
  for (const r of mine.filter((r) => r.severity === 0)) {
    errors++;
    console.log(`  ${r.range.start.line + 1}:${r.range.start.character + 1} ${r.code} ${r.message} (${r.path.join(".")})`);
  }
}
if (errors > 0) {
  console.log(`[lint] ${errors} errors in the API documents. Fix the code they come from (annotations, ContractFilter), `
      + `then ./tochuc api-docs; a rule is turned off only in platform/api-contract/lint/.spectral.yaml, with the reason.`);
  process.exitCode = 1;
} else {
  console.log(`[lint] API documents: 0 errors (report: ${report})`);
}
