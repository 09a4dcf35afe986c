/**
 * What the QR code on a notice carries: the notice's page when `template` (with `{noticeNo}`) is
 * given, made absolute so a phone can open it; else the notice number itself.
 */
export function qrContent(noticeNo: string, template: string): string {
  if (!template) return noticeNo;
  const filled = template.replaceAll('{noticeNo}', encodeURIComponent(noticeNo));
  try {
    return new URL(filled, document.baseURI).href;
  } catch {
    return noticeNo;
  }
}
