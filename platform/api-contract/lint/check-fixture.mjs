// The ruleset still catches what it is there for: every code listed in fixtures/broken-api.expected must be reported
// as an error on fixtures/broken-api.yaml. Exits 1 otherwise.
import { readFileSync } from "node:fs";

const [report, expectedFile] = process.argv.slice(2);
const errors = JSON.parse(readFileSync(report, "utf8") || "[]").filter((r) => r.severity === 0);
const expected = readFileSync(expectedFile, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
const missing = expected.filter((code) => !errors.some((r) => r.code === code));
const tochucInput = errors.filter((r) => r.code === "tochuc-input-limits").length;
if (missing.length > 0 || tochucInput < 3) {
  console.log(`[lint] the ruleset no longer catches the broken fixture: missing ${missing.join(", ") || "-"}; `
      + `${tochucInput} of 3 unbounded inputs reported`);
  process.exitCode = 1;
} else {
  console.log(`[lint] broken fixture: ${errors.length} errors, as expected (${expected.join(", ")})`);
}
