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

// Far beyond any real token file: deeper or larger is garbage or an attack.
const MAX_DEPTH = 64;
const MAX_NODES = 20_000;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const own = (value: unknown, key: string): unknown => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
/** A path once case and spaces are ignored. */
const loose = (path: string) => `.${path.toLowerCase().replace(/\s+/g, '')}`;

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

  const resolved = new Map<string, ReadToken>();
  for (const start of raw.keys()) {
    const seen = new Set<string>();
    let path: string | undefined = start;
    let type: string | undefined;
    for (;;) {
      const token = raw.get(path) as ReadToken;
      type ??= token.type;
      const alias = text(token.value)
        ?.match(/^\s*\{([^{}]+)\}\s*$/)?.[1]
        ?.trim();
      if (alias === undefined) {
        resolved.set(start, { value: token.value, type });
        break;
      }
      seen.add(path);
      path = findPath(raw, alias, start, warn);
      if (path === undefined) break;
      if (seen.has(path)) {
        warn(start, `alias cycle: ${[...seen, path].join(' → ')}`);
        break;
      }
    }
  }
  return resolved;
}

// Each token file's paths by every dotted tail, case and spaces ignored (`.color.red` and
// `.red` for `global.color.red`), so a look-up is one Map read, not a scan of every path.
const tails = new WeakMap<Map<string, unknown>, Map<string, string[]>>();
function tailsOf(tokens: Map<string, unknown>): Map<string, string[]> {
  let index = tails.get(tokens);
  if (!index) {
    index = new Map();
    tails.set(tokens, index);
    for (const key of tokens.keys())
      for (let tail = loose(key); tail; tail = tail.slice(tail.indexOf('.', 1) >>> 0)) {
        const keys = index.get(tail);
        if (keys) keys.push(key);
        else index.set(tail, [key]);
      }
  }
  return index;
}

/**
 * `path` as an alias or a map writes it: exact; else the one token that ends with it (a Tokens
 * Studio set's `global.color.red` for `color.red`), case and spaces ignored with a warning.
 */
export function findPath(tokens: Map<string, unknown>, path: string, from: string, warn: Warn): string | undefined {
  if (tokens.has(path)) return path;
  const [match, other] = tailsOf(tokens).get(loose(path)) ?? [];
  if (match === undefined || other !== undefined) return void warn(from, `{${path}} ${match ? 'is ambiguous' : 'names no token'}`);
  if (!`.${match}`.endsWith(`.${path}`)) warn(from, `{${path}} read as ${match}: case or spaces differ`);
  return match;
}

/** What a Figma plugin keeps for `mode` in `$extensions`: `mode`/`modes`, or under `com.figma`-like keys. */
function modeValue(extensions: unknown, mode: string): unknown {
  for (const holder of isObject(extensions) ? [extensions, ...Object.values(extensions)] : [])
    for (const modes of [own(holder, 'mode'), own(holder, 'modes')]) {
      const name = isObject(modes) ? Object.keys(modes).find((m) => loose(m) === loose(mode)) : undefined;
      if (name !== undefined) return own(modes, name);
    }
  return undefined;
}
