import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

/**
 * The bundled sample site carries real-looking institutions: its numbers must never pass for
 * verified ones. Discreet, so that it reads as a note, not an alarm.
 */
export function SampleMark(): ReactElement | null {
  const { t } = useTranslation();
  const isSample = useKioskStore((state) => state.site?.isSample ?? false);
  if (!isSample) return null;
  return (
    <p className="sample-mark" data-testid="sample-mark">
      {t('sample.mark')}
    </p>
  );
}
