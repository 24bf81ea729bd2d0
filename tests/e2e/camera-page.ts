// A browser whose fake camera plays a file (Chromium's own fake capture device), and a page that
// keeps every camera stream it is given, so a test can check that each track was stopped.
import { chromium, type Browser, type Page } from '@playwright/test';

import { chromiumArgs, chromiumLaunchOptions } from '../support/browser.js';

/** Chromium with a fake camera showing `video` (a Y4M file), granted without a prompt. */
export function launchWithCamera(video: string): Promise<Browser> {
  return chromium.launch({
    ...chromiumLaunchOptions(),
    args: [
      ...chromiumArgs(),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}

/**
 * Before the page loads: every stream getUserMedia gives is kept on the window, and the scripts
 * the page fetches are listed (the QR decoder must come only when a scanner opens).
 */
export async function watchCamera(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { scanStreams: MediaStream[] }).scanStreams = streams;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/** The camera streams the page was given: how many, and how many tracks are still live. */
export function cameraState(page: Page): Promise<{ streams: number; live: number; video: number }> {
  return page.evaluate(() => {
    const streams = (window as unknown as { scanStreams: MediaStream[] }).scanStreams;
    const tracks = streams.flatMap((stream) => stream.getTracks());
    return {
      streams: streams.length,
      live: tracks.filter((track) => track.readyState === 'live').length,
      video: tracks.filter((track) => track.kind === 'video').length,
    };
  });
}
