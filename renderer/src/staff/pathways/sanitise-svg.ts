/**
 * The flowchart is our own markup (built by the services from validated configuration, every text
 * escaped), but it is still parsed and cleaned before it enters the page: no script, no foreign
 * content, no event handlers, no links. Anything that does not parse as SVG is not shown.
 */
export function sanitiseSvg(markup: string): string | null {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return null;
  for (const element of Array.from(root.querySelectorAll('script, foreignObject, a, use, image, style')))
    element.remove();
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name) || /href$/i.test(attribute.name)) element.removeAttribute(attribute.name);
    }
  }
  return new XMLSerializer().serializeToString(root);
}
