package dev.pcf.cli;

import dev.pcf.Pcf;
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

    @picocli.CommandLine.Option(names = "--annotate", paramLabel = "OUT.xlsx",
            description = "Also write a copy of the workbook with every problem cell marked and commented (zh+en) and a first sheet listing the problems.")
    Path annotate;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        Pcf.Validation v = Pcf.validate(workbook);
        if (annotate != null) {
            Pcf.writeFile(annotate, out -> Pcf.writeAnnotated(workbook, v, out));
        }
        if (v.hasErrors() || v.workbook() == null) {
            // validate writes nothing but the annotated copy: no "nothing was written" here
            Main.printProblems(v.problems(), common.err());
            long errors = v.problems().stream().filter(dev.pcf.model.Problem::isError).count();
            common.err().println(errors + (errors == 1 ? " error" : " errors") + " in the input"
                    + (annotate == null ? "." : "; the annotated copy is " + annotate));
            return Main.INPUT;
        }
        Main.printProblems(v.problems(), common.err());
        int w = v.warnings().size();
        common.out().println(workbook.getFileName() + ": no errors" + (w == 0 ? "" : ", " + w + (w == 1 ? " warning" : " warnings")));
        return Main.OK;
    }
}
