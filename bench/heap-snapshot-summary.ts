// Sums a V8 heap snapshot (the JSON of HeapProfiler.takeHeapSnapshot) by category and by
// constructor or internal name, so two snapshots of the same page can be compared.

export interface Tally {
  size: number;
  count: number;
}

export interface SnapshotSummary {
  readonly total: number;
  /** Broad groups: code, strings, closures, arrays, app objects, DOM wrappers… */
  readonly byCategory: Map<string, Tally>;
  /** `type:name`, with strings grouped by type only (their name is their text). */
  readonly byName: Map<string, Tally>;
}

interface RawSnapshot {
  readonly snapshot: {
    readonly meta: { readonly node_fields: string[]; readonly node_types: [string[], ...unknown[]] };
  };
  readonly nodes: number[];
  readonly strings: string[];
}

const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);

/** V8's code: machine code and its data, bytecode, feedback. Grows as functions grow hot. */
export const CODE_CATEGORY = 'code (compiled code, bytecode, feedback)';
/** Blink's own objects: in the snapshot, but not in the JS heap that `performance.memory` reads. */
export const NATIVE_CATEGORY = 'native (DOM, Blink)';

function category(type: string, name: string): string {
  if (type === 'code') return CODE_CATEGORY;
  if (STRING_TYPES.has(type)) return 'strings';
  if (type === 'closure') return 'closures';
  if (type === 'array') return `internal arrays`;
  if (type === 'hidden' || type === 'object shape') return `V8 internals (${type})`;
  if (type === 'number' || type === 'heap number' || type === 'bigint') return 'numbers';
  if (type === 'regexp') return 'regexps';
  if (type === 'native') return NATIVE_CATEGORY;
  if (type === 'synthetic') return 'synthetic';
  if (name.startsWith('Performance')) return 'performance entries';
  if (name === 'FiberNode') return 'React fibers';
  if (/^(HTML|SVG|Text|Comment|Document|Event|Mutation|Pointer|Mouse|Message)/.test(name)) return 'DOM wrappers';
  if (name === 'Array' || name === 'Object' || name === 'Map' || name === 'Set' || name === '(object properties)') {
    return `plain ${name}`;
  }
  if (name.startsWith('system /')) return 'V8 internals (system)';
  return 'other objects';
}

export function summariseSnapshot(text: string): SnapshotSummary {
  const raw = JSON.parse(text) as RawSnapshot;
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const byCategory = new Map<string, Tally>();
  const byName = new Map<string, Tally>();
  const add = (map: Map<string, Tally>, key: string, size: number): void => {
    const tally = map.get(key) ?? { size: 0, count: 0 };
    tally.size += size;
    tally.count += 1;
    map.set(key, tally);
  };
  let total = 0;
  for (let i = 0; i < raw.nodes.length; i += width) {
    const type = types[raw.nodes[i + typeAt] ?? 0] ?? '?';
    // Scopes and some internals carry the object's id in their name: drop it to group them.
    const name = (raw.strings[raw.nodes[i + nameAt] ?? 0] ?? '').replace(/ @\d+$/, '');
    const size = raw.nodes[i + sizeAt] ?? 0;
    total += size;
    add(byCategory, category(type, name), size);
    add(byName, STRING_TYPES.has(type) ? type : `${type}:${name.slice(0, 70)}`, size);
  }
  return { total, byCategory, byName };
}
