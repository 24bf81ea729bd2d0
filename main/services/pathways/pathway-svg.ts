import type { Language, Pathway, PathwayStep, ServiceEntry } from '../../contract/index.js';
import { wrap } from '../printing/slip/slip-document.js';

import { successors } from './pathway-checks.js';
import { PATHWAY_TEXTS, URGENCY_COLOURS } from './pathway-texts.js';

/**
 * A pathway as an SVG flowchart, built as a string (no DOM: the CLI draws it too). Layered: each
 * step sits one layer below the deepest step that leads to it, branches side by side. Every text
 * is escaped; colours always come with the urgency's words, never alone.
 */
export interface FlowchartInput {
  readonly pathway: Pathway;
  readonly language: Language;
  /** Directory entries by id; a contact missing here is drawn by its id. */
  readonly services: ReadonlyMap<string, ServiceEntry>;
}

const NODE_WIDTH = 360;
const GAP_X = 60;
const GAP_Y = 110;
const MARGIN = 30;
const LINE = 18;
const PAD = 12;
/** Characters per line at 13 px in a node (a conservative average glyph width). */
const CHARS = 46;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface TextLine {
  readonly text: string;
  readonly weight?: 'bold';
  readonly colour?: string;
  readonly size?: number;
}

interface PlacedStep {
  readonly step: PathwayStep;
  readonly lines: readonly TextLine[];
  x: number;
  y: number;
  readonly height: number;
}

/** Longest distance from the first step: the graph is acyclic (checked when the file loads). */
function layers(pathway: Pathway): string[][] {
  const byId = new Map(pathway.steps.map((s) => [s.id, s]));
  const depth = new Map<string, number>();
  const order: string[] = [];
  const first = pathway.steps[0];
  if (first === undefined) return [];
  // Relaxation in breadth-first order; bounded by steps² so a bad graph cannot spin.
  const queue: string[] = [first.id];
  depth.set(first.id, 0);
  let guard = pathway.steps.length * pathway.steps.length + 1;
  while (queue.length > 0 && guard > 0) {
    guard -= 1;
    const id = queue.shift() ?? '';
    if (!order.includes(id)) order.push(id);
    const step = byId.get(id);
    if (step === undefined) continue;
    for (const { next } of successors(step)) {
      const d = (depth.get(id) ?? 0) + 1;
      if ((depth.get(next) ?? -1) < d) {
        depth.set(next, d);
        queue.push(next);
      }
    }
  }
  const result: string[][] = [];
  for (const id of order) {
    const d = depth.get(id) ?? 0;
    (result[d] ??= []).push(id);
  }
  return result.filter((layer) => layer.length > 0);
}

function stepLines(step: PathwayStep, input: FlowchartInput): TextLine[] {
  const { language, services } = input;
  const t = PATHWAY_TEXTS[language];
  const lines: TextLine[] = [];
  const add = (text: string, style: Omit<TextLine, 'text'> = {}, indent = ''): void => {
    for (const line of wrap(text, CHARS, indent)) lines.push({ text: line, ...style });
  };
  add(step.title[language], { weight: 'bold', size: 15 });
  add(step.check[language]);
  add(`${t.tell}: «${step.tell[language]}»`, { colour: '#1f3a5f' }, '  ');
  if (step.contacts.length > 0) {
    add(`${t.contacts}:`, { weight: 'bold' });
    for (const id of step.contacts) {
      const service = services.get(id);
      const phone = service?.phones[0]?.number;
      const name = service === undefined ? id : service.organisation.name;
      add(`→ ${name}${phone === undefined ? '' : ` (${phone})`}`, {}, '   ');
    }
  }
  if (step.doNot.length > 0) add(`${t.doNot}:`, { weight: 'bold', colour: '#a1121a' });
  for (const item of step.doNot) add(`✕ ${item[language]}`, { colour: '#a1121a' }, '   ');
  return lines;
}

const HEADER = 24;

function textElement(x: number, y: number, line: TextLine): string {
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${line.size ?? 13}"`,
    line.weight === undefined ? '' : `font-weight="${line.weight}"`,
    `fill="${line.colour ?? '#1a1a1a'}"`,
  ].filter((a) => a !== '');
  return `<text ${attrs.join(' ')}>${escapeXml(line.text)}</text>`;
}

export function pathwaySvg(input: FlowchartInput): string {
  const { pathway, language } = input;
  const t = PATHWAY_TEXTS[language];
  const byId = new Map(pathway.steps.map((s) => [s.id, s]));
  const grid = layers(pathway);
  const widest = Math.max(1, ...grid.map((layer) => layer.length));
  const width = Math.max(900, MARGIN * 2 + widest * NODE_WIDTH + (widest - 1) * GAP_X);

  const head: TextLine[] = [{ text: pathway.title[language], weight: 'bold', size: 22 }];
  for (const line of wrap(pathway.summary[language], Math.floor((width - 2 * MARGIN) / 8)))
    head.push({ text: line, size: 14 });
  if (pathway.sample) head.push({ text: `⚠ ${t.sample}`, weight: 'bold', colour: '#a1121a', size: 16 });
  const headHeight = head.length * 26 + 50;

  const placed = new Map<string, PlacedStep>();
  let y = MARGIN + headHeight;
  for (const layer of grid) {
    const rowWidth = layer.length * NODE_WIDTH + (layer.length - 1) * GAP_X;
    let x = (width - rowWidth) / 2;
    let rowHeight = 0;
    for (const id of layer) {
      const step = byId.get(id);
      if (step === undefined) continue;
      const lines = stepLines(step, input);
      const height = HEADER + PAD + lines.length * LINE + PAD;
      placed.set(id, { step, lines, x, y, height });
      rowHeight = Math.max(rowHeight, height);
      x += NODE_WIDTH + GAP_X;
    }
    y += rowHeight + GAP_Y;
  }
  const height = y - GAP_Y + MARGIN;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="pathway-title" font-family="DejaVu Sans, Arial, sans-serif" data-pathway="${escapeXml(pathway.id)}">`,
  );
  out.push(`<title id="pathway-title">${escapeXml(pathway.title[language])}</title>`);
  out.push(
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>',
  );
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  head.forEach((line, i) => out.push(textElement(MARGIN, MARGIN + 20 + i * 26, line)));

  // Legend: each colour beside its words.
  let lx = MARGIN;
  const ly = MARGIN + head.length * 26 + 14;
  out.push(textElement(lx, ly + 15, { text: `${t.urgencyLegend}:`, weight: 'bold' }));
  lx += 90;
  for (const [urgency, colour] of Object.entries(URGENCY_COLOURS) as [
    keyof typeof URGENCY_COLOURS,
    (typeof URGENCY_COLOURS)[keyof typeof URGENCY_COLOURS],
  ][]) {
    const label = t.urgency[urgency];
    const w = label.length * 8 + 20;
    out.push(`<rect x="${lx}" y="${ly}" width="${w}" height="22" rx="4" fill="${colour.fill}"/>`);
    out.push(textElement(lx + 10, ly + 15, { text: label, colour: colour.text, weight: 'bold' }));
    lx += w + 12;
  }

  // Edges first, so boxes sit on top of them.
  for (const from of placed.values()) {
    const x1 = from.x + NODE_WIDTH / 2;
    const y1 = from.y + from.height;
    from.step.branches?.forEach((branch) => {
      const to = placed.get(branch.next);
      if (to === undefined) return;
      out.push(edge(x1, y1, to));
      const lines = wrap(branch.label[language], 30);
      const lxm = x1 + (to.x + NODE_WIDTH / 2 - x1) * 0.6;
      const lym = y1 + 24;
      const boxW = Math.max(...lines.map((l) => l.length)) * 7.5 + 16;
      out.push(`<g class="branch" data-from="${escapeXml(from.step.id)}" data-to="${escapeXml(branch.next)}">`);
      out.push(
        `<rect x="${lxm - boxW / 2}" y="${lym}" width="${boxW}" height="${lines.length * 16 + 8}" rx="10" fill="#eef3f8" stroke="#1f3a5f"/>`,
      );
      lines.forEach((line, i) =>
        out.push(
          `<text x="${lxm}" y="${lym + 17 + i * 16}" font-size="12.5" text-anchor="middle" fill="#1f3a5f">${escapeXml(line)}</text>`,
        ),
      );
      out.push('</g>');
    });
    if (from.step.next !== undefined) {
      const to = placed.get(from.step.next);
      if (to !== undefined) out.push(edge(x1, y1, to));
    }
  }

  for (const node of placed.values()) {
    const colour = URGENCY_COLOURS[node.step.urgency];
    const final = successors(node.step).length === 0;
    out.push(`<g class="step" data-step="${escapeXml(node.step.id)}" data-urgency="${node.step.urgency}">`);
    out.push(
      `<rect x="${node.x}" y="${node.y}" width="${NODE_WIDTH}" height="${node.height}" rx="8" fill="#ffffff" stroke="${colour.fill}" stroke-width="${final ? 4 : 2}"/>`,
    );
    out.push(
      `<rect x="${node.x}" y="${node.y}" width="${NODE_WIDTH}" height="${HEADER}" rx="8" fill="${colour.fill}"/>`,
    );
    const badge = `${t.urgency[node.step.urgency]}${final ? ` · ${t.end}` : ''}`;
    out.push(textElement(node.x + PAD, node.y + 17, { text: badge, colour: colour.text, weight: 'bold' }));
    out.push(
      `<text x="${node.x + NODE_WIDTH - PAD}" y="${node.y + 17}" font-size="12" text-anchor="end" fill="${colour.text}">${escapeXml(node.step.id)}</text>`,
    );
    node.lines.forEach((line, i) => out.push(textElement(node.x + PAD, node.y + HEADER + PAD + 12 + i * LINE, line)));
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

function edge(x1: number, y1: number, to: PlacedStep): string {
  const x2 = to.x + NODE_WIDTH / 2;
  const y2 = to.y;
  const mid = (y1 + y2) / 2;
  return `<path d="M${x1},${y1} C${x1},${mid} ${x2},${mid} ${x2},${y2 - 2}" fill="none" stroke="#444" stroke-width="2" marker-end="url(#arrow)"/>`;
}
