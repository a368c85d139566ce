package dev.pcf.cli;

import dev.pcf.workbook.Examples;
import dev.pcf.workbook.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pcf template [-o FILE] [--example NAME | --verification]}: writes a blank workbook or an example. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the blank standard workbook (or a filled example with --example).")
final class TemplateCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: pcf-template.xlsx, or NAME.xlsx for an example).")
    Path output;

    @Option(names = "--example", paramLabel = "NAME", description = "Write the filled example NAME instead: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ExampleNames.class)
    String example;

    @Option(names = "--verification", description = "Write the blank verification workbook instead (the verification body's opinion; see verification-contract.md).")
    boolean verification;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        if (verification) {
            if (example != null) throw new Main.UsageException("--verification and --example cannot be combined");
            Path target = output != null ? output : Path.of("pcf-verification.xlsx");
            AtomicFile.write(target, dev.pcf.Pcf::writeVerificationTemplate);
            common.err().println("wrote " + target);
            return Main.OK;
        }
        if (example != null && !Examples.names().contains(example)) {
            throw new Main.UsageException("unknown example '" + example + "'; known: " + String.join(", ", Examples.names()));
        }
        Path target = output != null ? output : Path.of(example == null ? "pcf-template.xlsx" : example + ".xlsx");
        AtomicFile.write(target, out -> {
            if (example == null) TemplateWriter.write(out);
            else Examples.write(example, out);
        });
        common.err().println("wrote " + target);
        return Main.OK;
    }

    static final class ExampleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Examples.names().iterator();
        }
    }
}
