// A service's detail page reads in three parts, each with its own clip id; the screen and the
// clip coverage take the texts from the same function.
import { describe, expect, it } from 'vitest';

import { serviceClipParts, type ServiceClipSource } from '../../main/contract/index.js';

const text = (es: string) => ({ es, en: `${es} (en)`, fr: `${es} (fr)`, ht: `${es} (ht)` });
const WORDS = {
  weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  closed: 'Cerrado',
};

const service: ServiceClipSource = {
  id: 'comar-cdmx',
  name: text('COMAR'),
  description: text('Solicitud de asilo'),
  openingHours: { monday: ['09:00-14:00', '15:00-17:00'], friday: ['09:00-13:00'] },
  hoursNote: text('Llegue temprano'),
  whatToBring: [text('Identificación'), text('Constancia')],
};

describe('serviceClipParts', () => {
  it('gives name and description, the week Monday first with closed days, and what to bring', () => {
    expect(serviceClipParts(service, 'es', WORDS)).toEqual([
      { id: 'directory.comar-cdmx', text: 'COMAR. Solicitud de asilo' },
      {
        id: 'directory.comar-cdmx.hours',
        text:
          'lunes: 09:00 – 14:00, 15:00 – 17:00. martes: Cerrado. miércoles: Cerrado. jueves: Cerrado. ' +
          'viernes: 09:00 – 13:00. sábado: Cerrado. domingo: Cerrado. Llegue temprano',
      },
      { id: 'directory.comar-cdmx.bring', text: 'Identificación. Constancia' },
    ]);
  });

  it('speaks the asked language, and has no "bring" part when there is nothing to bring', () => {
    const parts = serviceClipParts({ ...service, whatToBring: [], hoursNote: undefined }, 'ht', WORDS);
    expect(parts.map((part) => part.id)).toEqual(['directory.comar-cdmx', 'directory.comar-cdmx.hours']);
    expect(parts[0]?.text).toBe('COMAR (ht). Solicitud de asilo (ht)');
    expect(parts[1]?.text.endsWith('domingo: Cerrado')).toBe(true);
  });
});
