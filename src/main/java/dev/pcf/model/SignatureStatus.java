package dev.pcf.model;

import java.time.Instant;

/**
 * One signature of a PDF as checked by {@code pcf sign --verify}.
 *
 * @param field          the signature field's name
 * @param signer         the signing certificate's subject, e.g. {@code CN=张伟, O=…}
 * @param time           the claimed signing time (the signature dictionary's /M), or null
 * @param subFilter      e.g. {@code ETSI.CAdES.detached}
 * @param valid          whether the CMS signature verifies over the signed bytes with its certificate and
 *                       the signing-certificate attribute names that certificate
 * @param problem        why it is not valid, or empty
 * @param revision       the revision the signature ends (1 = the original file)
 * @param revisions      how many revisions the file has
 * @param coversRevision whether the byte range covers the whole file up to the end of its revision,
 *                       except the signature value itself
 * @param changedAfter   whether bytes were appended after the revision it covers (a later revision)
 */
public record SignatureStatus(String field, String signer, Instant time, String subFilter, boolean valid,
                              String problem, int revision, int revisions, boolean coversRevision,
                              boolean changedAfter) {
    /** Whether the signature is valid and covers its whole revision. */
    public boolean ok() {
        return valid && coversRevision;
    }
}
