import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ListenButton } from '../../components/ListenButton.js';
import { Pictogram } from '../../components/Pictogram.js';
import type { ScanEnd } from '../../scanner/camera.js';
import { useQrScanner } from '../../scanner/use-qr-scanner.js';
import { useKioskStore } from '../../store/index.js';
import '../../styles/visitor-scan.css';

/** Shown at this width whatever the camera gives (an attribute: the CSP refuses inline styles). */
const VIDEO_WIDTH = 480;

export interface VisitorScannerProps {
  /** A QR that holds a referral code was read; the camera is already off. */
  readonly onCode: (code: string) => void;
  /** The scan ended without a code (cancelled, timed out, camera refused or missing). */
  readonly onEnd: (end: ScanEnd) => void;
}

/**
 * "Scan the code on your slip": the visitor holds their slip to the kiosk's camera. The camera is
 * on only while this is on screen, and says so: a "camera on" mark and the live picture, so the
 * person sees what the camera sees. It goes off on a code, on Cancel, after 60 s, and when the
 * screen goes away (Back, Home, Finish, the idle timeout). Frames are read in memory and dropped:
 * no picture is kept, sent, or shown to staff.
 */
export function VisitorScanner({ onCode, onEnd }: VisitorScannerProps): ReactElement {
  const { t } = useTranslation();
  const setVisitorScanner = useKioskStore((state) => state.setVisitorScanner);
  const { video, live, notCode, cancel } = useQrScanner({
    // Where the site does not allow it (or the services cannot say) the camera is not asked for.
    setGate: async (open) => {
      const result = await setVisitorScanner(open);
      return result.ok && result.value.open;
    },
    onCode,
    onEnd,
  });

  return (
    <div className="visitor-scan" data-testid="visitor-scanner" data-live={live ? 'true' : 'false'}>
      <div className="listen-row">
        <p>{t('followUp.visitor.scan.hint')}</p>
        <ListenButton
          items={[
            { id: 'followUp.visitor.scan.hint', text: t('followUp.visitor.scan.hint') },
            { id: 'followUp.visitor.scan.privacy', text: t('followUp.visitor.scan.privacy') },
          ]}
          part={t('followUp.visitor.scan.hint')}
          testId="listen-follow-up-scan"
        />
      </div>
      {notCode ? (
        <p className="notice notice--error visitor-scan__alert" role="alert" data-testid="visitor-scan-not-code">
          {t('followUp.visitor.scan.notCode')}
        </p>
      ) : null}
      <div className="visitor-scan__bar">
        {live ? (
          <p className="visitor-scan__on" role="status" data-testid="visitor-scan-camera-on">
            <Pictogram name="camera" />
            <span>{t('followUp.visitor.scan.cameraOn')}</span>
          </p>
        ) : null}
        <button type="button" className="button" data-testid="visitor-scan-cancel" onClick={cancel}>
          <Pictogram name="back" />
          <span>{t('followUp.visitor.scan.cancel')}</span>
        </button>
      </div>
      <video
        ref={video}
        className="visitor-scan__video"
        width={VIDEO_WIDTH}
        muted
        playsInline
        aria-label={t('followUp.visitor.scan.preview')}
      />
      <p className="visitor-scan__privacy">{t('followUp.visitor.scan.privacy')}</p>
    </div>
  );
}
