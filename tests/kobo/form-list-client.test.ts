// The form list and XForm readers on their own: what a KoboToolbox form list looks like, and the
// truncated or garbled answers that must not be read as "the form has no such column".
import { describe, expect, it } from 'vitest';

import { formListUrl, parseFormList, wellFormedXml } from '../../main/services/kobo/form-list-client.js';

const LIST = `<?xml version="1.0" encoding="utf-8"?>
<xforms xmlns="http://openrosa.org/xforms/xformsList">
  <xform>
    <formID>aRsPar</formID>
    <name>Indicadores &amp; metas</name>
    <version>vGz3 (1)</version>
    <hash>md5:0c1f3d8a1f0e4f6b9a2e7c5d4b3a2910</hash>
    <descriptionText/>
    <downloadUrl>https://kc.example.org/collector/tok/forms/42/form.xml</downloadUrl>
    <manifestUrl>https://kc.example.org/collector/tok/xformsManifest/42</manifestUrl>
  </xform>
  <xform><formID>otra</formID><name>Otra</name><hash>md5:00</hash><downloadUrl>https://kc.example.org/x</downloadUrl></xform>
</xforms>`;

describe('OpenRosa form list', () => {
  it('reads every xform entry, with entities decoded', () => {
    expect(parseFormList(LIST)).toEqual([
      {
        formId: 'aRsPar',
        name: 'Indicadores & metas',
        version: 'vGz3 (1)',
        hash: 'md5:0c1f3d8a1f0e4f6b9a2e7c5d4b3a2910',
        downloadUrl: 'https://kc.example.org/collector/tok/forms/42/form.xml',
      },
      { formId: 'otra', name: 'Otra', version: undefined, hash: 'md5:00', downloadUrl: 'https://kc.example.org/x' },
    ]);
  });

  it('refuses a truncated list, a web page and a list of something else', () => {
    expect(parseFormList(LIST.slice(0, -12))).toBeUndefined();
    expect(parseFormList('<!DOCTYPE html><html><body><p>Log in<br></p></body></html>')).toBeUndefined();
    expect(
      parseFormList('<?xml version="1.0"?><OpenRosaResponse><message>no</message></OpenRosaResponse>'),
    ).toBeUndefined();
  });

  it('tells well-formed XML from broken XML', () => {
    expect(wellFormedXml('<a x="1 > 0"><b/>text > more<!-- <c> --><![CDATA[<d>]]></a>')).toBe(true);
    expect(wellFormedXml('<a><b></a></b>')).toBe(false);
    expect(wellFormedXml('<a></a><a></a>')).toBe(false);
    expect(wellFormedXml('<a>1 < 2</a>')).toBe(false);
    expect(wellFormedXml('<a><b>')).toBe(false);
  });

  it('lists beside the submission endpoint: the collector token path, or the account root', () => {
    expect(formListUrl('https://kc.example.org', { kind: 'collector-token', token: 'tok_12345' }).href).toBe(
      'https://kc.example.org/collector/tok_12345/formList',
    );
    expect(formListUrl('https://kc.example.org/', { kind: 'account', username: 'u', password: 'p' }).href).toBe(
      'https://kc.example.org/formList',
    );
  });
});
