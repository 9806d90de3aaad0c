// A body's example must be valid against its schema: what spectral:oas's oas3-valid-media-example checks, with one
// difference. Spectral compiles JSON Schema patterns without the unicode flag (unicodeRegExp: false in
// @stoplight/spectral-functions/dist/schema/ajv.js), so \p{L} there means the letters "p{L}" and every Vietnamese
// name fails the name patterns the code enforces (PersonName: [\p{L}\p{M}]+...). OpenAPI 3.1 schemas are JSON Schema
// 2020-12, whose patterns are ECMA-262 regular expressions with unicode: this validates the same way, with the same
// Ajv and formats Spectral ships (pinned by package-lock.json), unicode on. Given a media type object (unresolved);
// $refs are resolved against the document's components, so a recursive schema stays finite.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const DOCUMENT_ID = "tochuc:document";
const validators = new WeakMap();

function ajvFor(document) {
  let ajv = validators.get(document);
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: false, strict: false, unicodeRegExp: true, logger: false,
      // 4.98 is a multiple of 0.01, which binary floating point alone would deny
      multipleOfPrecision: 9 });
    addFormats(ajv);
    ajv.addSchema({ $id: DOCUMENT_ID, components: document.components ?? {} });
    validators.set(document, ajv);
  }
  return ajv;
}

// The media type's own schema refers to "#/components/...": point those at the document added above.
function anchored(schema) {
  if (Array.isArray(schema)) {
    return schema.map(anchored);
  }
  if (!schema || typeof schema !== "object") {
    return schema;
  }
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = key === "$ref" && typeof value === "string" && value.startsWith("#/") ? DOCUMENT_ID + value
        : anchored(value);
  }
  return copy;
}

export default function validMediaExample(mediaType, _options, context) {
  if (!mediaType || typeof mediaType !== "object" || !mediaType.schema) {
    return [];
  }
  const shown = [];
  if (mediaType.example !== undefined) {
    shown.push({ value: mediaType.example, path: [...context.path, "example"] });
  }
  for (const [name, example] of Object.entries(mediaType.examples ?? {})) {
    if (example && typeof example === "object" && "value" in example) {
      shown.push({ value: example.value, path: [...context.path, "examples", name, "value"] });
    }
  }
  if (shown.length === 0) {
    return [];
  }
  let validate;
  try {
    validate = ajvFor(context.document.data).compile(anchored(mediaType.schema));
  } catch (e) {
    return [{ message: `The schema cannot be compiled to check the example: ${e.message}`, path: context.path }];
  }
  const results = [];
  for (const { value, path } of shown) {
    if (!validate(value)) {
      const error = validate.errors[0];
      results.push({
        message: `The example is not valid against its schema: ${error.instancePath || "(the body)"} `
            + `${error.message}`,
        path: [...path, ...error.instancePath.split("/").filter(Boolean)],
      });
    }
  }
  return results;
}
