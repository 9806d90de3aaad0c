// What the API accepts must say how much it accepts (OWASP API4, unrestricted resource consumption), the limits the
// code enforces: a string its maxLength (or enum / const; binary uploads are bounded by the body size limit), an
// array its maxItems, an integer its minimum and maximum. Checked on parameters and request bodies only, through
// $refs, skipping readOnly fields (never read from a request). Given a path item (the rule runs unresolved, so a
// field of a shared schema is reported once, where the schema is defined).
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

export default function inputLimits(pathItem, _options, context) {
  const document = context.document.data;
  const results = [];
  const visited = new Set();
  const report = (path, message) => results.push({ message, path });

  const resolve = (schema, path) => {
    let hops = 0;
    while (schema && typeof schema.$ref === "string" && schema.$ref.startsWith("#/") && hops++ < 20) {
      if (schema.readOnly === true) {
        return { schema: null, path };
      }
      const parts = schema.$ref.slice(2).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
      path = parts;
      schema = parts.reduce((node, part) => (node == null ? undefined : node[part]), document);
    }
    return { schema, path };
  };

  const types = (schema) => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);

  const walk = (original, originalPath) => {
    if (!original || typeof original !== "object" || original.readOnly === true) {
      return;
    }
    const { schema, path } = resolve(original, originalPath);
    if (!schema || typeof schema !== "object" || schema.readOnly === true) {
      return;
    }
    const key = path.join("/");
    if (visited.has(key)) {
      return;
    }
    visited.add(key);
    const kinds = types(schema);
    if (kinds.includes("string") && schema.maxLength === undefined && schema.enum === undefined
        && schema.const === undefined && schema.format !== "binary") {
      report(path, "Input string without maxLength, enum or const: give it the @Size(max) the code enforces");
    }
    if (kinds.includes("array") && schema.maxItems === undefined) {
      report(path, "Input array without maxItems: give it the @Size(max) the code enforces");
    }
    if (kinds.includes("integer")
        && ((schema.minimum === undefined && schema.exclusiveMinimum === undefined)
          || (schema.maximum === undefined && schema.exclusiveMaximum === undefined))) {
      report(path, "Input integer without minimum and maximum: give it the @Min/@Max the code enforces");
    }
    if (schema.items) {
      walk(schema.items, [...path, "items"]);
    }
    for (const [name, property] of Object.entries(schema.properties || {})) {
      walk(property, [...path, "properties", name]);
    }
    if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
      walk(schema.additionalProperties, [...path, "additionalProperties"]);
    }
    for (const combiner of ["allOf", "anyOf", "oneOf"]) {
      (schema[combiner] || []).forEach((part, i) => walk(part, [...path, combiner, i]));
    }
  };

  const parameters = (list, path) => (list || []).forEach((parameter, i) => {
    const { schema: resolved, path: at } = resolve(parameter, [...path, i]);
    if (resolved && resolved.schema) {
      walk(resolved.schema, [...at, "schema"]);
    }
  });

  const base = context.path;
  parameters(pathItem.parameters, [...base, "parameters"]);
  for (const method of METHODS) {
    const operation = pathItem[method];
    if (!operation || typeof operation !== "object") {
      continue;
    }
    parameters(operation.parameters, [...base, method, "parameters"]);
    const { schema: body, path: bodyPath } = resolve(operation.requestBody, [...base, method, "requestBody"]);
    for (const [type, media] of Object.entries((body && body.content) || {})) {
      if (media && media.schema) {
        walk(media.schema, [...bodyPath, "content", type, "schema"]);
      }
    }
  }
  return results;
}
