/**
 * PDF signatures ({@code pcf sign}): PAdES baseline B-B signatures (ETSI.CAdES.detached, SHA-256,
 * signing-certificate-v2, no signing-time attribute: the time is the signature dictionary's /M)
 * added in an incremental update, so that earlier signatures stay valid and the file stays
 * PDF/A-3b; and their verification ({@code pcf sign --verify}). PDFBox (the PDF side) and
 * BouncyCastle (the CMS) are confined to this package.
 */
package dev.pcf.sign;
