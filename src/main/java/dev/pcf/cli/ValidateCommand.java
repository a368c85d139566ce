package dev.pcf.cli;

import dev.pcf.Pcf;
import dev.pcf.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pcf validate WORKBOOK}: lists every problem and warning with its cell. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "List every problem and warning of a workbook, each with its cell. Exit 0 when there are no errors.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WORKBOOK", description = "The filled standard workbook (.xlsx, .xls or .xlsm).")
    Path workbook;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        Pcf.Validation v = Pcf.validate(workbook);
        if (v.hasErrors() || v.workbook() == null) {
            throw new InputException(v.problems());
        }
        Main.printProblems(v.problems(), common.err());
        int w = v.warnings().size();
        common.out().println(workbook.getFileName() + ": no errors" + (w == 0 ? "" : ", " + w + (w == 1 ? " warning" : " warnings")));
        return Main.OK;
    }
}
