package dev.pcf.sign;

import dev.pcf.model.InputException;
import dev.pcf.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The signer's private key and certificate chain, from a PKCS#12 (or JKS) key store. Every way it
 * can go wrong is an {@link InputException} with a message the signer can act on.
 *
 * @param key   the private key
 * @param chain the certificate chain, the signer's certificate first
 */
record SigningKey(PrivateKey key, List<X509Certificate> chain) {

    /** The signer's certificate. */
    X509Certificate certificate() {
        return chain.getFirst();
    }

    /**
     * Loads the key entry {@code alias} (or the only key entry) of a key store.
     *
     * @throws InputException when the file is missing or not a key store, the password is wrong, or it holds no
     *                        private key (or not the one named)
     */
    static SigningKey load(Path file, char[] password, String alias) {
        String name = file.toString();
        KeyStore ks = open(file, password, name);
        try {
            List<String> aliases = Collections.list(ks.aliases());
            Collections.sort(aliases);
            List<String> keys = new ArrayList<>();
            for (String a : aliases) if (ks.isKeyEntry(a)) keys.add(a);
            if (keys.isEmpty()) {
                throw fail(name + " holds no private key (entries: " + (aliases.isEmpty() ? "none" : String.join(", ", aliases))
                        + "); signing needs a key store with the signer's private key and certificate, e.g. a .p12 exported with its key");
            }
            String chosen = alias != null ? alias : keys.getFirst();
            if (!keys.contains(chosen)) {
                throw fail(name + " has no private key entry \"" + alias + "\"; its key entries are: " + String.join(", ", keys));
            }
            if (alias == null && keys.size() > 1) {
                throw fail(name + " holds " + keys.size() + " private keys (" + String.join(", ", keys)
                        + "); choose one with --alias");
            }
            PrivateKey key = (PrivateKey) ks.getKey(chosen, password);
            Certificate[] certs = ks.getCertificateChain(chosen);
            if (certs == null || certs.length == 0 || !(certs[0] instanceof X509Certificate)) {
                throw fail(name + ": key entry \"" + chosen + "\" has no X.509 certificate");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certs) chain.add((X509Certificate) c);
            return new SigningKey(key, List.copyOf(chain));
        } catch (UnrecoverableKeyException e) {
            throw fail(name + ": the password does not unlock the private key (it must be the key store's password)");
        } catch (GeneralSecurityException e) {
            throw fail(name + ": cannot read the key: " + e.getMessage());
        }
    }

    private static KeyStore open(Path file, char[] password, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(name + ": no such key store file");
        } catch (IOException e) {
            throw fail(name + ": cannot read the key store: " + e.getMessage());
        }
        IOException wrong = null;
        for (String type : new String[] {"PKCS12", "JKS"}) {
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                KeyStore ks = KeyStore.getInstance(type);
                ks.load(in, password);
                return ks;
            } catch (IOException e) {
                if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                    wrong = e;
                }
            } catch (GeneralSecurityException e) {
                // try the next type
            }
        }
        if (wrong != null) throw fail(name + ": wrong key store password");
        throw fail(name + " is not a PKCS#12 or JKS key store");
    }

    private static InputException fail(String message) {
        return new InputException(Problem.error(null, message));
    }
}
