import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { Pictogram } from '../../components/Pictogram.js';
import type { ScanEnd } from '../../scanner/camera.js';
import { useQrScanner } from '../../scanner/use-qr-scanner.js';
import { useKioskStore } from '../../store/index.js';

/** Shown at this width whatever the camera gives (an attribute: the CSP refuses inline styles). */
const VIDEO_WIDTH = 480;

export interface SlipScannerProps {
  /** A QR that holds a referral code was read; the camera is already released. */
  readonly onCode: (code: string) => void;
  /** The scan ended without a code (cancelled, timed out, camera refused or missing). */
  readonly onEnd: (end: ScanEnd) => void;
}

/**
 * The live camera on the staff Follow-up screen, reading the slip's QR (`useQrScanner`, shared
 * with the visitor's scanner). The camera is released on a code, on Cancel, after 60 s, and when
 * the screen goes away. Frames are read and dropped: nothing is kept, shown elsewhere or sent.
 */
export function SlipScanner({ onCode, onEnd }: SlipScannerProps): ReactElement {
  const { t } = useTranslation();
  const setFollowUpScanner = useKioskStore((state) => state.setFollowUpScanner);
  const { video, live, notCode, cancel } = useQrScanner({
    // The shell has the last word (it refuses the camera with the gate closed): a failed call
    // (a session that just ended) does not stop the scan here.
    setGate: async (open) => {
      const result = await setFollowUpScanner(open);
      return result.ok ? result.value.open : true;
    },
    onCode,
    onEnd,
  });

  return (
    <div className="follow-up-scan" data-testid="follow-up-scanner" data-live={live ? 'true' : 'false'}>
      <p>{t('followUp.scan.hint')}</p>
      <video
        ref={video}
        className="follow-up-scan__video"
        width={VIDEO_WIDTH}
        muted
        playsInline
        aria-label={t('followUp.scan.camera')}
      />
      {notCode ? (
        <p className="staff-message staff-message--error" role="status" data-testid="follow-up-scan-not-code">
          {t('followUp.scan.notCode')}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        data-testid="follow-up-scan-cancel"
        onClick={() => {
          cancel();
        }}
      >
        <Pictogram name="back" />
        <span>{t('followUp.scan.cancel')}</span>
      </button>
    </div>
  );
}
