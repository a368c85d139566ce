package dev.pcf.cli;

import dev.pcf.Pcf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pcf template [-o FILE] [--example NAME]}: writes the blank standard workbook or an example. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the blank standard workbook (or a filled example with --example).")
final class TemplateCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: pcf-template.xlsx, or NAME.xlsx for an example).")
    Path output;

    @Option(names = "--example", paramLabel = "NAME", description = "Write the filled example NAME instead: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ExampleNames.class)
    String example;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        if (example != null && !Pcf.exampleNames().contains(example)) {
            throw new Main.UsageException("unknown example '" + example + "'; known: " + String.join(", ", Pcf.exampleNames()));
        }
        Path target = output != null ? output : Path.of(example == null ? "pcf-template.xlsx" : example + ".xlsx");
        Pcf.writeFile(target, out -> Pcf.writeTemplate(example, out));
        common.err().println("wrote " + target);
        return Main.OK;
    }

    static final class ExampleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Pcf.exampleNames().iterator();
        }
    }
}
