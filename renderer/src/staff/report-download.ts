import type { ReportFile } from '../../../main/contract/index.js';

/**
 * Hands a report to the browser as a download (the web host has no folders to offer). The file
 * travels as base64 in the API answer; a Blob URL lets `<a download>` save it under its name.
 */
export function downloadReportFile(file: ReportFile, doc: Document = document): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has taken its own copy once click() returns; the next turn frees the memory.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
