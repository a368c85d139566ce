package dev.pcf.cli;

import dev.pcf.Pcf;
import dev.pcf.model.InputException;
import dev.pcf.model.OutputException;
import dev.pcf.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the runnable jar. */
@Command(name = "pcf", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Product carbon footprint (GB/T 24067-2024 / ISO 14067:2018): standard workbook in, bilingual report out.")
public final class Main implements Runnable {
    /**
     * The commands, in the order help lists them. Added to the command line when it is built rather than
     * declared in {@code @Command}: picocli reflects over every declared command's options at start-up, so a
     * command line naming one command gets only that one (issue 13: cold start).
     */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(TemplateCommand.class,
            ValidateCommand.class, CalcCommand.class, ReportCommand.class, ExportCommand.class, CompareCommand.class,
            BatchCommand.class, ServeCommand.class, SignCommand.class, CommandLine.HelpCommand.class);

    public static final int OK = 0;
    public static final int INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: template, validate, calc, report, export, compare, batch, serve or sign");
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        System.exit(execute(args, out, err));
    }

    /** Runs the command line with these streams and returns the exit code (used by tests too). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Integer plain = ValidateCommand.plain(args, out, err);
        if (plain != null) return plain;
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : commands(args)) cl.addSubcommand(c);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(Main::exitCode);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            w.println("pcf: " + ex.getMessage());
            String name = ex.getCommandLine().getCommandName();
            w.println("Try 'pcf " + (name.equals("pcf") ? "" : name + " ") + "--help'.");
            w.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            int code = report(ex, commandLine.getErr(), verbose);
            commandLine.getErr().flush();
            return code;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError oom) {
            // thrown past picocli's handlers (they take Exceptions only); the work's objects are garbage now
            code = OutOfMemory.report(oom, cl.getErr(), java.util.Arrays.asList(args).contains("--verbose"));
        }
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    /**
     * The commands the command line needs: only the one named first when it is a command other than
     * {@code help} (then picocli never looks at the others: options and parameters follow the command's
     * name), otherwise all of them (top-level help, version, usage errors and suggestions list them all).
     */
    static java.util.List<Class<?>> commands(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0])) {
                    return java.util.List.of(c);
                }
            }
        }
        return COMMANDS;
    }

    static int report(Exception ex, PrintWriter err, boolean verbose) {
        OutOfMemoryError oom = OutOfMemory.cause(ex);
        if (oom != null) {
            return OutOfMemory.report(oom, err, verbose);
        }
        if (ex instanceof InputException ie) {
            printProblems(ie.problems(), err);
            long errors = ie.errors().size();
            err.println(errors + (errors == 1 ? " error" : " errors") + " in the input; nothing was written.");
            return INPUT;
        }
        if (ex instanceof UsageException) {
            err.println("pcf: " + ex.getMessage());
            return USAGE;
        }
        OutputException oe = outputFailure(ex);
        if (oe != null) {
            // not the input's fault: the output could not be written (disk full, permission, a file in the way)
            err.println("pcf: " + oe.getMessage());
            if (verbose) ex.printStackTrace(err);
            return INTERNAL;
        }
        if (ex instanceof java.nio.file.NoSuchFileException nf) {
            err.println("pcf: no such file: " + nf.getFile());
            if (verbose) ex.printStackTrace(err);
            return INPUT;
        }
        if (ex instanceof java.io.IOException io) {
            // an input file that cannot be read is bad input, with or without --verbose
            err.println("pcf: " + io.getMessage());
            if (verbose) ex.printStackTrace(err);
            return INPUT;
        }
        err.println("pcf: internal error: " + ex + (verbose ? "" : " (run again with --verbose for the stack trace)"));
        if (verbose) ex.printStackTrace(err);
        return INTERNAL;
    }

    /** The failure to write an output, if that is what this is, even when a library wrapped it. */
    private static OutputException outputFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutputException oe) return oe;
        }
        return null;
    }

    /** Prints problems, errors first (each with its cell), then warnings. */
    static void printProblems(java.util.List<Problem> problems, PrintWriter err) {
        for (Problem p : problems) if (p.isError()) err.println("error: " + p);
        for (Problem p : problems) if (!p.isError()) err.println("warning: " + p);
        err.flush();
    }

    private static int exitCode(Throwable t) {
        return t instanceof InputException || t instanceof java.io.IOException && outputFailure(t) == null ? INPUT : INTERNAL;
    }

    /** A wrong combination of options, found after parsing. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"pcf " + (v == null ? "(development build)" : v)};
        }
    }
}
