package dev.pcf.cli;

import dev.pcf.Pcf;
import dev.pcf.model.ReportLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code pcf report WORKBOOK [--verification V.xlsx] [-o OUT.pdf] [--lang zh|en|zh+en] [--html OUT.html]}, and
 * {@code pcf report WORKBOOK --part uncertainty [--appendix-label C] [-o appendix.pdf]}: the uncertainty and
 * sensitivity appendix on its own.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the PDF report (PDF/A-3b, with the workbook and the JSON results embedded).")
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WORKBOOK", description = "The filled standard workbook.")
    Path workbook;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "Output PDF (default: the workbook's name with .pdf).")
    Path output;

    @Option(names = "--lang", paramLabel = "zh|en|zh+en", description = "Report language (default: the workbook's, else zh+en).")
    String lang;

    @Option(names = "--html", paramLabel = "OUT.html", description = "Also write the intermediate XHTML, to preview in a browser.")
    Path html;

    @Option(names = "--verification", paramLabel = "V.xlsx",
            description = "The verification workbook (pcf template --verification): writes a verified report with the verification statement and empty signature fields verifier and reviewer.")
    Path verification;

    @Option(names = "--part", paramLabel = "uncertainty",
            description = "Write only this part: 'uncertainty' = the uncertainty and sensitivity appendix on its own, for a report written elsewhere (default output: WORKBOOK-appendix.pdf).")
    String part;

    @Option(names = "--appendix-label", paramLabel = "C",
            description = "With --part uncertainty: the appendix's label, 1-4 letters or digits, giving '附录 C / Appendix C' and sections, tables and figures C.1, C.2... (default: an unlettered 'Appendix', numbered 1, 2...).")
    String appendixLabel;

    @Mixin
    McOptionsMixin mc;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        ReportLanguage language = Common.language(lang);
        if (part != null) return appendix(language);
        if (appendixLabel != null) throw new Main.UsageException("--appendix-label needs --part uncertainty");
        Pcf.Result r;
        Pcf.Report report;
        java.util.List<dev.pcf.model.Problem> warnings0;
        // rendered fully in memory first, so a failure leaves nothing behind
        if (verification != null) {
            Pcf.Verified v = Pcf.calculateVerified(workbook, verification, mc.options(), TerminalProgress.monteCarlo(common.err()));
            r = v.result();
            report = Pcf.report(v, language);
            warnings0 = v.warnings();
        } else {
            r = Pcf.calculate(workbook, mc.options(), TerminalProgress.monteCarlo(common.err()));
            report = Pcf.report(r, language);
            warnings0 = r.warnings();
        }
        return write(r, report, warnings0, output != null ? output : Path.of(baseName(workbook) + ".pdf"));
    }

    /** Writes the XHTML (with --html) and the PDF, then lists the warnings and what was written. */
    private Integer write(Pcf.Result r, Pcf.Report report, java.util.List<dev.pcf.model.Problem> warnings0, Path target)
            throws java.io.IOException {
        writeFiles(report, html, target);
        var warnings = new java.util.ArrayList<>(warnings0);
        warnings.addAll(Pcf.printability(r.workbook()));
        Main.printProblems(warnings, common.err());
        common.err().println("wrote " + target);
        return Main.OK;
    }

    /** {@code --part uncertainty}: the appendix alone, written only when the whole run succeeded. */
    private Integer appendix(ReportLanguage language) throws Exception {
        if (!part.equals(PART_UNCERTAINTY)) {
            throw new Main.UsageException("--part must be " + PART_UNCERTAINTY + ", found '" + part + "'");
        }
        if (appendixLabel != null && !Pcf.isAppendixLabel(appendixLabel)) {
            throw new Main.UsageException("--appendix-label must be 1 to 4 letters or digits (e.g. C), found '"
                    + appendixLabel + "'");
        }
        if (verification != null) {
            throw new Main.UsageException("--verification makes a verified full report; it does not apply to --part "
                    + PART_UNCERTAINTY);
        }
        Pcf.Result r = Pcf.calculate(workbook, mc.options(), TerminalProgress.monteCarlo(common.err()));
        Pcf.Report report = Pcf.appendix(r, language, appendixLabel);
        return write(r, report, r.warnings(), output != null ? output : Path.of(baseName(workbook) + "-appendix.pdf"));
    }

    /** Writes a rendered document: its intermediate XHTML first where {@code html} is given, then the PDF. */
    static void writeFiles(Pcf.Report report, Path html, Path pdf) throws java.io.IOException {
        if (html != null) {
            Pcf.writeFile(html, out -> out.write(report.xhtml().getBytes(StandardCharsets.UTF_8)));
        }
        Pcf.writeFile(pdf, out -> out.write(report.pdf()));
    }

    /** The one part {@code --part} names (cli-contract v1.1). */
    static final String PART_UNCERTAINTY = "uncertainty";

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
