// A strict reader for the SVG the kiosk writes: elements, attributes and text only. It throws on
// anything not well-formed (unbalanced tags, unquoted attributes, a bare "&" or "<"), so a test
// that reads a flowchart with it also proves the markup parses as XML.

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi;

function decode(text: string, where: string): string {
  const bare = text.replace(ENTITY, '');
  if (bare.includes('&') || bare.includes('<')) throw new Error(`unescaped & or < in ${where}: ${text.slice(0, 60)}`);
  return text.replace(ENTITY, (entity) => {
    const body = entity.slice(1, -1);
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[body.toLowerCase()] ?? '';
  });
}

function parseAttrs(source: string, tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const rest = source.replace(/\s*([A-Za-z_:][\w:.-]*)="([^"]*)"/g, (_all, name: string, value: string) => {
    if (name in attrs) throw new Error(`attribute ${name} twice on <${tag}>`);
    attrs[name] = decode(value, `attribute ${name} of <${tag}>`);
    return '';
  });
  if (rest.trim() !== '') throw new Error(`malformed attributes on <${tag}>: ${rest.trim().slice(0, 60)}`);
  return attrs;
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const tokens = xml.match(/<[^>]*>|[^<]+|</g) ?? [];
  for (const token of tokens) {
    const top = stack.at(-1) ?? root;
    if (!token.startsWith('<')) {
      if (token.trim() === '') continue;
      if (stack.length === 1) throw new Error('text outside the root element');
      top.children.push(decode(token, `<${top.name}>`));
      continue;
    }
    const closing = /^<\/([A-Za-z_][\w:.-]*)\s*>$/.exec(token);
    if (closing !== null) {
      if (top.name !== closing[1]) throw new Error(`</${closing[1] ?? ''}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const opening = /^<([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>$/.exec(token);
    if (opening === null) throw new Error(`malformed tag ${token.slice(0, 60)}`);
    const [, name = '', attrText = '', selfClosing] = opening;
    if (stack.length === 1 && root.children.length > 0) throw new Error('more than one root element');
    const element: XmlElement = { name, attrs: parseAttrs(attrText, name), children: [] };
    top.children.push(element);
    if (selfClosing !== '/') stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)?.name ?? ''}> is never closed`);
  const [only] = root.children;
  if (only === undefined || typeof only === 'string') throw new Error('no root element');
  return only;
}

/** Every element below (and including) `node` that matches. */
export function findAll(node: XmlElement, match: (e: XmlElement) => boolean): XmlElement[] {
  const found = match(node) ? [node] : [];
  for (const child of node.children) if (typeof child !== 'string') found.push(...findAll(child, match));
  return found;
}

/** The text of an element's <text> descendants, one line each, joined with spaces. */
export function textOf(node: XmlElement): string {
  return node.children
    .map((child) => (typeof child === 'string' ? child : textOf(child)))
    .filter((t) => t !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
