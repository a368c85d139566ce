package dev.pcf.cli;

import dev.pcf.Pcf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training runs from which the {@code ./pcf} launcher builds its start-up caches (JDK 25 AOT caches,
 * or AppCDS archives on JDK 21–24). Without arguments: every command once on the bundled examples, in a
 * temporary folder that is deleted afterwards, so the cache holds the classes (and, on JDK 25, the linked
 * and profiled state) that the real commands load. With {@code validate FILE…}: only {@code validate} of
 * those workbooks and {@code --version}, for the small cache that {@code pcf validate} starts from (a JVM
 * maps and links every class of its cache at start-up, so the full cache's 8,000 classes cost a command
 * that needs 4,000 of them). Output is discarded; the exit code is 0 only if every command succeeded, and
 * the launcher keeps the cache only then. The validation training also reads each workbook through POI's
 * in-memory model, the path of a workbook with formulas (the examples have none and are streamed).
 */
public final class Training {
    private Training() {}

    /**
     * Runs the training commands.
     *
     * @param args none for the full training; {@code validate} and workbook files for the validation cache's
     * @throws IOException when the temporary folder cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(validateOnly(List.of(args).subList(1, args.length)));
        }
        Path dir = Files.createTempDirectory("pcf-training");
        PrintStream nul = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int failures = 0;
        try {
            for (String name : Pcf.exampleNames()) {
                String book = dir.resolve(name + ".xlsx").toString();
                String out = dir.resolve(name).toString();
                for (List<String> cmd : List.of(
                        List.of("template", "--example", name, "-o", book),
                        List.of("validate", book),
                        List.of("calc", book, "--json", "--iterations", "2000"),
                        List.of("calc", book, "--no-mc"),
                        List.of("report", book, "-o", out + ".pdf", "--iterations", "2000"),
                        List.of("export", book, "--pact", "-o", out + ".json"),
                        List.of("export", book, "--xlsx", "-o", out + "-results.xlsx"))) {
                    int code = Main.execute(cmd.toArray(String[]::new), nul, nul);
                    if (code != Main.OK) {
                        System.err.println("pcf training: '" + String.join(" ", cmd) + "' exited " + code);
                        failures++;
                    }
                }
            }
            Main.execute(new String[] {"template", "-o", dir.resolve("blank.xlsx").toString()}, nul, nul);
            Main.execute(new String[] {"--version"}, nul, nul);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        System.exit(failures == 0 ? Main.OK : Main.INTERNAL);
    }

    private static int validateOnly(List<String> books) {
        PrintStream nul = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int failures = books.isEmpty() ? 1 : 0;
        for (String book : books) {
            if (Main.execute(new String[] {"validate", book}, nul, nul) != Main.OK) {
                System.err.println("pcf training: 'validate " + book + "' failed");
                failures++;
            }
            // the examples are streamed; a workbook with formulas is read through POI's model: train that too
            try {
                if (!Pcf.readThroughModel(Files.readAllBytes(Path.of(book)), book)) failures++;
            } catch (IOException e) {
                System.err.println("pcf training: cannot read " + book + ": " + e.getMessage());
                failures++;
            }
        }
        Main.execute(new String[] {"--version"}, nul, nul);
        return failures == 0 ? Main.OK : Main.INTERNAL;
    }
}
