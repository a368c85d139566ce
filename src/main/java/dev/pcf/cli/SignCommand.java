package dev.pcf.cli;

import dev.pcf.Pcf;
import dev.pcf.model.SignRequest;
import dev.pcf.model.SignatureStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pcf sign REPORT.pdf --keystore KEY.p12 [--storepass-env VAR | --storepass-file F] [--field verifier|reviewer]
 * [--reason TEXT] [--location TEXT] [--image SEAL.png] -o SIGNED.pdf}, and {@code pcf sign --verify SIGNED.pdf}.
 * The password never comes from the command line: from an environment variable, a file, or the console.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign a signature field of a verified report (PAdES baseline B-B, incremental update: earlier signatures stay valid, PDF/A-3b stays valid).",
                "With --verify, list each signature of a PDF: field, signer, time, whether it covers the document up to its revision, and whether the document was changed after it."})
final class SignCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PDF", description = "The report to sign (or, with --verify, to check).")
    Path pdf;

    @Option(names = "--verify", description = "Check the signatures of PDF instead of signing; exit 1 when one does not verify.")
    boolean verify;

    @Option(names = "--keystore", paramLabel = "KEY.p12", description = "PKCS#12 (or JKS) key store with the signer's private key and certificate.")
    Path keystore;

    @Option(names = "--storepass-env", paramLabel = "VAR", description = "Environment variable holding the key store password.")
    String passEnv;

    @Option(names = "--storepass-file", paramLabel = "F", description = "File whose first line is the key store password.")
    Path passFile;

    @Option(names = "--alias", paramLabel = "NAME", description = "The key entry to use when the key store holds several.")
    String alias;

    @Option(names = "--field", paramLabel = "NAME", defaultValue = "verifier", description = "Signature field to sign: verifier (default) or reviewer.")
    String field;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Reason written in the signature.")
    String reason;

    @Option(names = "--location", paramLabel = "TEXT", description = "Where it was signed.")
    String location;

    @Option(names = "--image", paramLabel = "SEAL.png", description = "Seal image (PNG or JPEG) shown in the signature field.")
    Path image;

    @Option(names = {"-o", "--output"}, paramLabel = "SIGNED.pdf", description = "The signed PDF (required when signing).")
    Path output;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        if (verify) return verify();
        if (keystore == null) throw new Main.UsageException("--keystore KEY.p12 is required to sign");
        if (output == null) throw new Main.UsageException("-o SIGNED.pdf is required to sign");
        if (passEnv != null && passFile != null) throw new Main.UsageException("give --storepass-env or --storepass-file, not both");
        if (!Files.isRegularFile(pdf)) throw new NoSuchFileException(pdf.toString());
        char[] password = password();
        try {
            byte[] signed = Pcf.sign(pdf, new SignRequest(keystore, password, alias, field, reason, location, image),
                    Clock.systemUTC());
            Pcf.writeFile(output, out -> out.write(signed));
        } finally {
            Arrays.fill(password, '\0');
        }
        common.err().println("signed field " + field + ", wrote " + output);
        return Main.OK;
    }

    private char[] password() throws IOException {
        if (passEnv != null) {
            String v = System.getenv(passEnv);
            if (v == null) throw new Main.UsageException("--storepass-env: the environment variable " + passEnv + " is not set");
            return v.toCharArray();
        }
        if (passFile != null) {
            List<String> lines = Files.readAllLines(passFile, StandardCharsets.UTF_8);
            return (lines.isEmpty() ? "" : lines.getFirst()).toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new Main.UsageException("no password: give --storepass-env VAR or --storepass-file F (never the password itself)");
        }
        char[] p = console.readPassword("key store password for %s: ", keystore);
        if (p == null) throw new Main.UsageException("no password given");
        return p;
    }

    private int verify() throws IOException {
        List<SignatureStatus> all = Pcf.verifySignatures(pdf);
        var out = common.out();
        if (all.isEmpty()) {
            out.println(pdf + ": no signatures");
            return Main.INPUT;
        }
        boolean ok = true;
        for (SignatureStatus s : all) {
            ok &= s.ok();
            out.println(s.field() + ": " + (s.ok() ? "valid" : "NOT VALID: " + s.problem()));
            out.println("  signer:  " + s.signer());
            out.println("  time:    " + (s.time() == null ? "—" : DateTimeFormatter.ISO_INSTANT.format(s.time())));
            out.println("  type:    " + s.subFilter());
            out.println("  covers:  " + (s.coversRevision() ? "the document up to revision " + s.revision() + " of " + s.revisions()
                    : "NOT the whole of revision " + s.revision()));
            out.println("  changed after signing: " + (s.changedAfter() ? "yes (later revisions, e.g. further signatures)" : "no"));
        }
        out.flush();
        return ok ? Main.OK : Main.INPUT;
    }
}
