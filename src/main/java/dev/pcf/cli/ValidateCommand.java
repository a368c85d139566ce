package dev.pcf.cli;

import dev.pcf.Pcf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
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
        return run(workbook, annotate, common.out(), common.err());
    }

    /**
     * {@code pcf validate WORKBOOK} and nothing else, run without picocli; null for any other command line.
     * The commonest command line of all starts faster so (issue 13, bench/README.md): picocli's class files
     * are too old a format for the JVM's start-up cache, and it reflects over the command's options. Same output
     * and exit code as through picocli; anything that picocli would read differently — an option, an
     * {@code @file}, an empty or unusable path — goes through picocli.
     */
    static Integer plain(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals("validate") || args[1].isEmpty()
                || args[1].startsWith("-") || args[1].startsWith("@")) {
            return null;
        }
        Path file;
        try {
            file = Path.of(args[1]);
        } catch (InvalidPathException e) {
            return null;
        }
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        int code;
        try {
            code = run(file, null, o, e);
        } catch (OutOfMemoryError oom) {
            code = OutOfMemory.report(oom, e, false);
        } catch (Exception ex) {
            code = Main.report(ex, e, false);
        }
        o.flush();
        e.flush();
        return code;
    }

    private static int run(Path workbook, Path annotate, PrintWriter out, PrintWriter err) throws Exception {
        Pcf.Validation v = Pcf.validate(workbook);
        if (annotate != null) {
            Pcf.writeFile(annotate, o -> Pcf.writeAnnotated(workbook, v, o));
        }
        if (v.hasErrors() || v.workbook() == null) {
            // validate writes nothing but the annotated copy: no "nothing was written" here
            Main.printProblems(v.problems(), err);
            long errors = v.problems().stream().filter(dev.pcf.model.Problem::isError).count();
            err.println(errors + (errors == 1 ? " error" : " errors") + " in the input"
                    + (annotate == null ? "." : "; the annotated copy is " + annotate));
            return Main.INPUT;
        }
        Main.printProblems(v.problems(), err);
        int w = v.warnings().size();
        out.println(workbook.getFileName() + ": no errors" + (w == 0 ? "" : ", " + w + (w == 1 ? " warning" : " warnings")));
        return Main.OK;
    }
}
