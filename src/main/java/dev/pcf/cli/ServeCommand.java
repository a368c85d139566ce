package dev.pcf.cli;

import dev.pcf.server.PcfServer;
import dev.pcf.server.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code pcf serve [--host 127.0.0.1] [--port 8080] [--token-file F] [--max-jobs N]}: the web page and the HTTP API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web page and the HTTP API (cli-contract.md, 'HTTP API of pcf serve') until stopped (Ctrl-C).",
                "Binds 127.0.0.1 unless --host says otherwise; any other address needs --token-file."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = Settings.LOOPBACK,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Any other address requires --token-file.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token-file", paramLabel = "F",
            description = "File holding the bearer token (at least 16 characters) that every /api/ call and every upload must send as 'Authorization: Bearer <token>'.")
    Path tokenFile;

    @Option(names = "--max-jobs", paramLabel = "N",
            description = "Most workbooks processed at once (default: the number of cores); more requests get 503 with Retry-After.")
    Integer maxJobs;

    @Option(names = "--quiet", description = "No request log on stderr.")
    boolean quiet;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        Settings settings;
        try {
            settings = new Settings(host, port, token(), maxJobs != null ? maxJobs : Runtime.getRuntime().availableProcessors(), !quiet);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        PcfServer server;
        try {
            server = PcfServer.start(settings, System.err);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            common.err().println("pcf: cannot serve on " + host + ":" + port + ": " + cause.getMessage());
            return Main.INPUT;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "pcf-serve-stop"));
        common.err().println("pcf serve: " + server.url() + " (max " + settings.maxJobs() + " jobs at once"
                + (settings.tokenRequired() ? ", bearer token required" : "") + "; Ctrl-C stops)");
        common.err().flush();
        stopped.await();
        return Main.OK;
    }

    private String token() throws IOException {
        if (tokenFile == null) return null;
        try {
            String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (t.isEmpty()) throw new Main.UsageException("--token-file " + tokenFile + " is empty");
            return t;
        } catch (NoSuchFileException e) {
            throw new Main.UsageException("--token-file " + tokenFile + ": no such file");
        }
    }
}
