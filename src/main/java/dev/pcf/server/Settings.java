package dev.pcf.server;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How {@code pcf serve} runs.
 *
 * @param host    address to bind: 127.0.0.1 unless told otherwise
 * @param port    TCP port; 0 picks a free one (tests)
 * @param token   bearer token every {@code /api/} call and every upload must carry; required on any
 *                address but loopback, optional (null) on loopback
 * @param maxJobs most workbooks processed at once; more requests get 503 with Retry-After
 * @param log     whether to print one line per request on stderr (never any workbook content)
 */
public record Settings(String host, int port, String token, int maxJobs, boolean log) {
    /** The default address: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** Shortest token accepted, in characters. */
    public static final int MIN_TOKEN_LENGTH = 16;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException with the reason, e.g. a non-loopback host without a token
     */
    public Settings {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("--host must not be empty");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("--port must be 0–65535, found " + port);
        if (maxJobs < 1) throw new IllegalArgumentException("--max-jobs must be at least 1, found " + maxJobs);
        if (token != null && token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the token must have at least " + MIN_TOKEN_LENGTH + " characters");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("refusing to serve on " + host + " without a token: that address is reachable"
                    + " from other machines, and anyone there could upload workbooks and read reports; give --token-file F"
                    + " (a file holding a secret of at least " + MIN_TOKEN_LENGTH + " characters, sent by clients as"
                    + " 'Authorization: Bearer <token>'), or bind 127.0.0.1");
        }
    }

    /** Loopback only, no token, one job per core, logging on. */
    public static Settings defaults() {
        return new Settings(LOOPBACK, 8080, null, Runtime.getRuntime().availableProcessors(), true);
    }

    /** Whether a token is required (one was given). */
    public boolean tokenRequired() {
        return token != null;
    }

    /**
     * Whether a host names the loopback interface: {@code localhost}, {@code 127.x.x.x} or
     * {@code ::1}. Decided from the text alone (no name lookup); any other name counts as reachable.
     */
    public static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) return true;
        if (!IPV4.matcher(h).matches()) return false;
        String[] parts = h.split("\\.");
        for (String p : parts) if (Integer.parseInt(p) > 255) return false;
        return parts[0].equals("127");
    }
}
