package dev.pcf.cli;

import dev.pcf.Pcf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pcf calc WORKBOOK [--json]}: prints the results. */
@Command(name = "calc", mixinStandardHelpOptions = true,
        description = "Calculate the footprint and its uncertainty; print a table, or JSON (pcf-result/1) with --json.")
final class CalcCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WORKBOOK", description = "The filled standard workbook.")
    Path workbook;

    @Option(names = "--json", description = "Print JSON (schema pcf-result/1) instead of a table.")
    boolean json;

    @Mixin
    McOptionsMixin mc;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        Pcf.Result r = Pcf.calculate(workbook, mc.options(), TerminalProgress.monteCarlo(common.err()));
        if (json) {
            common.out().print(Pcf.json(r));
        } else {
            common.out().print(ResultTable.render(r));
        }
        if (!json) Main.printProblems(r.warnings(), common.err());
        return Main.OK;
    }
}
