package dev.pcf.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** Options every command has, and the command line's output streams (stdout for results, stderr for messages). */
final class Common {
    @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
