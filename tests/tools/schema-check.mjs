// A small validator for the JSON Schema subset docs/snapshot.schema.json uses: type (with
// "null" unions), enum, required, properties, additionalProperties: false, items, $ref to
// #/$defs, minLength, maxLength, maxItems, minimum. Returns a list of "path: problem" strings.
export function checkSnapshot(schema, value) {
  const errors = [];
  const resolve = (node) => resolveRef(schema, node);
  const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  const walk = (node, v, path) => {
    node = resolve(node);
    if (!node) return;
    if (node.enum && !node.enum.includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in ${node.enum}`);
    if (node.type) {
      const types = [].concat(node.type);
      const t = typeOf(v);
      if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) {
        errors.push(`${path}: ${t}, want ${types.join('|')}`);
        return;
      }
    }
    if (typeof v === 'string') {
      if (node.minLength !== undefined && v.length < node.minLength) errors.push(`${path}: shorter than ${node.minLength}`);
      if (node.maxLength !== undefined && v.length > node.maxLength) errors.push(`${path}: longer than ${node.maxLength}`);
    }
    if (typeof v === 'number' && node.minimum !== undefined && v < node.minimum) errors.push(`${path}: below ${node.minimum}`);
    if (Array.isArray(v)) {
      if (node.maxItems !== undefined && v.length > node.maxItems) errors.push(`${path}: more than ${node.maxItems} items`);
      if (node.items) v.forEach((item, i) => walk(node.items, item, `${path}[${i}]`));
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const key of node.required || []) if (!(key in v)) errors.push(`${path}: missing ${key}`);
      for (const [key, child] of Object.entries(v)) {
        if (node.properties && key in node.properties) walk(node.properties[key], child, `${path}.${key}`);
        else if (node.additionalProperties === false) errors.push(`${path}: unknown field ${key}`);
      }
    }
  };
  walk(schema, value, '$');
  return errors;
}

/** The snapshot with what the scanner leaves out put back from the schema: '' for a text, false
 * for a flag, null for a number or bound, [] for a list, an object's own defaults for an object
 * (docs/snapshot.schema.json: what is empty is left out). What core reads a missing property
 * as, so that tests can ask for `c.nearby.left` or `c.visible` as they are. */
export function withDefaults(schema, value) {
  const fill = (node, v) => {
    node = resolveRef(schema, node);
    const types = [].concat(node.type || []);
    if (v === undefined) {
      if (types.includes('null')) return null;
      if (types.includes('boolean')) return false;
      if (types.includes('array')) return [];
      if (types.includes('object')) v = {};
      else return '';
    }
    if (Array.isArray(v)) return node.items ? v.map((item) => fill(node.items, item)) : v;
    if (v && typeof v === 'object' && node.properties) {
      const out = {};
      for (const [key, child] of Object.entries(node.properties)) out[key] = fill(child, v[key]);
      return out;
    }
    return v;
  };
  return fill(schema, value);
}

/** The schema node `node` stands for, its `$ref`s to #/$defs followed. */
function resolveRef(schema, node) {
  while (node && node.$ref) node = node.$ref.replace(/^#\/\$defs\//, '').split('/').reduce((n, k) => n[k], schema.$defs);
  return node;
}
