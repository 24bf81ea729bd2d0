import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import './styles/base.css';
import './styles/shell.css';
import './styles/screens.css';
import './styles/start.css';
import './styles/information.css';
import './styles/notices.css';
import './styles/journey.css';
import './styles/services.css';
import './styles/staff.css';
import './styles/staff-access.css';
import './styles/kobo.css';
import './styles/operations.css';
import './styles/topics.css';

import { App } from './app/App.js';
import { installBrowserModeLocks, isBrowserMode } from './app/browser-mode-locks.js';
import { startHeartbeat } from './app/heartbeat.js';
import { installKioskLocks } from './app/kiosk-locks.js';
import { i18n, installDocumentLanguage } from './i18n/i18n.js';
import { DisplayPage } from './turns/DisplayPage.js';
import { isDisplayPage } from './turns/display-page.js';

installDocumentLanguage();
installKioskLocks(window);
// The display page is a second, public screen: no visitor session, no heartbeat of the kiosk's own.
const display = isDisplayPage(window.location);
if (isBrowserMode(window) && !display) installBrowserModeLocks(window);
if (!display) startHeartbeat(window);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>{display ? <DisplayPage /> : <App />}</I18nextProvider>
  </StrictMode>,
);
