// Reads a token file of any common shape into one flat Map of tokens by dotted path: W3C Design
// Tokens 2025.10 (`$value`, `$type` inherited from groups), Tokens Studio (`value`, `type`),
// Figma plugins' modes in `$extensions`. Aliases are resolved here. Hostile input is data:
// own properties only, into a Map; depth and size are capped; it never throws.

/** A token as read, aliases followed. */
export interface ReadToken {
  value: unknown;
  type: string | undefined;
}
/** Something guessed, skipped or unreadable, by token path (`''` for the whole file). */
export interface Warning {
  token: string;
  message: string;
}
export type Warn = (token: string, message: string) => void;
/** A path as an alias or a map writes it → the token's own path (see `finder`). */
export type Find = (path: string, from: string) => string | undefined;

// Far beyond any real token file: deeper or larger is garbage or an attack.
const MAX_DEPTH = 64;
const MAX_NODES = 20_000;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const own = (value: unknown, key: string): unknown => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
/** A path once case and spaces are ignored. */
// Case, spaces, hyphens and underscores aside: Figma's aliases use variable names (`Family Sans`) where the keys are slugs (`family-sans`).
const loose = (path: string) => `.${path.toLowerCase().replace(/[\s_-]+/g, '')}`;

/** Every token in `file` by path, aliases resolved; `mode` picks a Figma mode from `$extensions`. */
export function readTokens(file: unknown, mode: string | undefined, warn: Warn): Map<string, ReadToken> {
  const raw = new Map<string, ReadToken>();
  let nodes = 0;
  let modeSeen = mode === undefined;
  const walk = (node: Record<string, unknown>, path: string, depth: number, inherited?: string): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
      nodes = MAX_NODES + 1;
      return;
    }
    const type = text(own(node, '$type')) ?? text(own(node, 'type')) ?? inherited;
    // Tokens Studio writes `value`; an object `value` is a group of that name (or a composite we skip).
    let value = Object.hasOwn(node, '$value') ? node.$value : isObject(own(node, 'value')) ? undefined : own(node, 'value');
    if (value !== undefined) {
      const moded = mode === undefined ? undefined : modeValue(own(node, '$extensions') ?? own(node, 'extensions'), mode);
      if (moded !== undefined) [value, modeSeen] = [moded, true];
      if (path) raw.set(path, { value, type });
      return;
    }
    // Groups; `$`-keys are `$type`, `$description`, `$extensions`, Tokens Studio's `$themes`…
    for (const [name, child] of Object.entries(node))
      if (name[0] !== '$' && isObject(child)) walk(child, path ? `${path}.${name}` : name, depth + 1, type);
  };
  if (isObject(file)) walk(file, '', 0);
  else warn('', 'not a token file');
  if (nodes > MAX_NODES) warn('', `over ${MAX_DEPTH} levels deep or ${MAX_NODES} nodes: the rest ignored`);
  if (!modeSeen) warn('', `no token has mode ${mode}`);

  // Each token's chain of aliases, followed from each token on its own: a cycle is reported
  // from every token in it. A token whose chain breaks is left out.
  const find = finder(raw, warn);
  const resolved = new Map<string, ReadToken>();
  for (const [start, first] of raw) {
    const seen = new Set([start]);
    let { value, type } = first;
    for (let alias = aliasOf(value); alias !== undefined; alias = aliasOf(value)) {
      const path = find(alias, start);
      if (path === undefined || seen.has(path)) {
        if (path !== undefined) warn(start, `alias cycle: ${[...seen, path].join(' → ')}`);
        value = undefined;
        break;
      }
      seen.add(path);
      const token = raw.get(path) as ReadToken;
      value = token.value;
      type ??= token.type;
    }
    if (value !== undefined) resolved.set(start, { value, type });
  }
  return resolved;
}

/** `{a.b}` → `a.b`; anything else is no alias. */
const aliasOf = (value: unknown) =>
  text(value)
    ?.match(/^\s*\{([^{}]+)\}\s*$/)?.[1]
    ?.trim();

/**
 * A look-up of `path` as an alias or a map writes it: exact; else the one token that ends with it
 * (a Tokens Studio set's `global.color.red` for `color.red`), case and spaces ignored with a warning.
 * The paths are indexed once by every dotted tail (`.color.red` and `.red` for
 * `global.color.red`), so each look-up is one Map read, not a scan of every path.
 */
export function finder(tokens: Map<string, unknown>, warn: Warn): Find {
  // A tail two paths share maps to '' (no path is empty): ambiguous.
  const tails = new Map<string, string>();
  for (const key of tokens.keys())
    for (let tail = loose(key); tail; tail = tail.slice(tail.indexOf('.', 1) >>> 0)) tails.set(tail, tails.has(tail) ? '' : key);
  return (path, from) => {
    if (tokens.has(path)) return path;
    const match = tails.get(loose(path));
    if (!match) return void warn(from, `{${path}} ${match === '' ? 'is ambiguous' : 'names no token'}`);
    if (!`.${match}`.endsWith(`.${path}`)) warn(from, `{${path}} read as ${match}: case or spaces differ`);
    return match;
  };
}

/** What a Figma plugin keeps for `mode` in `$extensions`: `mode`/`modes`, or under `com.figma`-like keys. */
function modeValue(extensions: unknown, mode: string): unknown {
  for (const holder of isObject(extensions) ? [extensions, ...Object.values(extensions)] : [])
    for (const modes of [own(holder, 'mode'), own(holder, 'modes')])
      for (const [name, value] of isObject(modes) ? Object.entries(modes) : []) if (loose(name) === loose(mode)) return value;
  return undefined;
}
