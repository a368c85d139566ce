package dev.pcf.model;

import java.nio.file.Path;

/**
 * What {@code pcf sign} is asked to do.
 *
 * @param keyStore the PKCS#12 (or JKS) key store holding the signer's private key and certificate chain
 * @param password the key store's password (the key's password too); never taken from the command line
 * @param alias    the key entry to use, or null for the key store's only (first) key entry
 * @param field    the empty signature field to fill, e.g. {@code verifier}
 * @param reason   the reason written in the signature, or null
 * @param location where it was signed, or null
 * @param image    a PNG or JPEG seal shown in the field, or null
 */
public record SignRequest(Path keyStore, char[] password, String alias, String field, String reason, String location,
                          Path image) {}
