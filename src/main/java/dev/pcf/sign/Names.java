package dev.pcf.sign;

import javax.security.auth.x500.X500Principal;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.security.cert.X509Certificate;

/** Readable names of certificate subjects. */
final class Names {
    private Names() {}

    /** The subject as RFC 2253 text with its characters as they are (not escaped to hex). */
    static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName(X500Principal.RFC1779);
    }

    /** The subject's common name, or the whole subject when it has none. */
    static String commonName(X509Certificate c) {
        try {
            for (Rdn rdn : new LdapName(c.getSubjectX500Principal().getName(X500Principal.RFC2253)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) return rdn.getValue().toString();
            }
        } catch (InvalidNameException e) {
            // fall through to the whole subject
        }
        return subject(c);
    }
}
