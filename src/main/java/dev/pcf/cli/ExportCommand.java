package dev.pcf.cli;

import dev.pcf.Pcf;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pcf export WORKBOOK --pact [--pact-version 3|2] | --xlsx [-o FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a PACT ProductFootprint JSON (--pact) or a results workbook for verifiers (--xlsx).")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WORKBOOK", description = "The filled standard workbook.")
    Path workbook;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Format format;

    static final class Format {
        @Option(names = "--pact", description = "PACT ProductFootprint JSON (stdout, or -o).")
        boolean pact;

        @Option(names = "--xlsx", description = "Results workbook (default file: <workbook>-results.xlsx).")
        boolean xlsx;
    }

    @Option(names = "--pact-version", paramLabel = "3|2", defaultValue = "3", description = "PACT Technical Specifications version: 3 (v3.0, default) or 2 (v2.3).")
    int pactVersion;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file.")
    Path output;

    @Mixin
    McOptionsMixin mc;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        if (pactVersion != 2 && pactVersion != 3) throw new Main.UsageException("--pact-version must be 3 or 2, found " + pactVersion);
        Pcf.Result r = Pcf.calculate(workbook, mc.options(), TerminalProgress.monteCarlo(common.err()));
        if (format.pact) {
            String json = Pcf.pact(r, pactVersion);
            if (output == null) {
                common.out().print(json);
            } else {
                Pcf.writeFile(output, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
                common.err().println("wrote " + output);
            }
        } else {
            Path target = output != null ? output : Path.of(ReportCommand.baseName(workbook) + "-results.xlsx");
            Pcf.writeFile(target, out -> Pcf.writeResultsWorkbook(r, out));
            common.err().println("wrote " + target);
        }
        return Main.OK;
    }
}
