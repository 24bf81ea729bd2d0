import { randomUUID } from 'node:crypto';

/** What one submission carries: the form, the month's figures, and where they come from. */
export interface InstanceContent {
  readonly formId: string;
  readonly formVersion: string | undefined;
  readonly month: string;
  readonly monthColumn: string | undefined;
  readonly siteColumn: string | undefined;
  readonly siteId: string;
  readonly values: readonly { readonly column: string; readonly value: number }[];
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text and attribute values alike (quotes too, so one function serves both). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

export function newInstanceId(): string {
  return `uuid:${randomUUID()}`;
}

/**
 * The XForms instance KoboToolbox expects: the form's id (and version) on the root element, one
 * element per column, and `meta/instanceID`. `deprecatedID` names the instance this one replaces
 * (the same month sent before with other figures), so the server edits that record instead of
 * keeping two. Built once, when a month is queued, and stored: every retry sends these bytes.
 */
export function buildInstanceXml(content: InstanceContent, instanceId: string, deprecatedId?: string): string {
  const root = content.formId;
  const version = content.formVersion === undefined ? '' : ` version="${escapeXml(content.formVersion)}"`;
  const element = (name: string, text: string): string => `<${name}>${escapeXml(text)}</${name}>`;
  const fields = [
    ...(content.monthColumn === undefined ? [] : [element(content.monthColumn, content.month)]),
    ...(content.siteColumn === undefined ? [] : [element(content.siteColumn, content.siteId)]),
    ...content.values.map(({ column, value }) => element(column, String(value))),
  ];
  const meta = [
    element('instanceID', instanceId),
    ...(deprecatedId === undefined ? [] : [element('deprecatedID', deprecatedId)]),
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<${root} id="${escapeXml(content.formId)}"${version}>` +
    fields.join('') +
    `<meta>${meta.join('')}</meta>` +
    `</${root}>\n`
  );
}

/** The instance without its `meta`: two instances with the same figures give the same text. */
export function instanceFigures(xml: string): string {
  return xml.replace(/<meta>[\s\S]*?<\/meta>/, '');
}
