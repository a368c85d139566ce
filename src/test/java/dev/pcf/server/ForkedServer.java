package dev.pcf.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pcf serve} in a JVM of its own (with its own heap limit), on 127.0.0.1 and a free port,
 * for the load test and the server benchmark. Its stderr is collected; closing stops it.
 */
final class ForkedServer implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("pcf serve: http://127\\.0\\.0\\.1:(\\d+)/");

    final Process process;
    final int port;
    private final StringBuffer stderr = new StringBuffer();

    private ForkedServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the server and waits until it listens.
     *
     * @param xmx     the child's heap limit, e.g. {@code 512m}
     * @param maxJobs {@code --max-jobs}, or 0 for the default (cores)
     */
    static ForkedServer start(String xmx, int maxJobs) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx" + xmx, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "dev.pcf.cli.Main", "serve", "--host", "127.0.0.1", "--port", "0"));
        if (maxJobs > 0) cmd.addAll(List.of("--max-jobs", Integer.toString(maxJobs)));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuffer err = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    err.append(line).append('\n');
                    Matcher m = URL.matcher(line);
                    if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IOException("the server ended before it listened:\n" + err));
        }, "forked-server-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            ForkedServer s = new ForkedServer(p, port.get(3, TimeUnit.MINUTES));
            s.stderr.append(err);
            return s;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            p.destroyForcibly();
            throw new IOException("pcf serve did not start: " + e.getMessage() + "\n" + err, e);
        }
    }

    /** Resident memory of the server's process in MiB (Linux /proc), or -1 when unknown. */
    long residentMib() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) return -1;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
        return -1;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
