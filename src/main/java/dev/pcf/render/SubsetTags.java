package dev.pcf.render;

import java.io.Serial;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The source of one shared font's subset tags (the six letters before its name in a PDF), seeded per render
 * and per thread. OpenPDF draws a subset's tag from the font's own generator when it writes the font
 * ({@code BaseFont.createSubsetPrefix}, through {@code nextDouble}, which takes its bits from
 * {@link #nextBytes}); one parsed font serves every render at once, so each render seeds a generator of its
 * own thread ({@link #seed}) and this object hands the font that thread's bytes: the same tags as a generator
 * of the font's own seeded the same way, whichever thread or how many render.
 */
final class SubsetTags extends SecureRandom {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ThreadLocal<SecureRandom> current = new ThreadLocal<>();

    /** Seeds this thread's tags for the next document: SHA1PRNG with {@code seed}. */
    void seed(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            current.set(random);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is a required JDK algorithm", e);
        }
    }

    /** Forgets this thread's generator (after its render). */
    void clear() {
        current.remove();
    }

    /**
     * The next bytes of this thread's generator.
     *
     * @throws IllegalStateException when this thread has not seeded the tags: a tag drawn then would not be reproducible
     */
    @Override
    public void nextBytes(byte[] bytes) {
        SecureRandom random = current.get();
        if (random == null) throw new IllegalStateException("font subset tags drawn outside a seeded render");
        random.nextBytes(bytes);
    }
}
