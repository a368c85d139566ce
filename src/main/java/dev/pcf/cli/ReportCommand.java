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

/** {@code pcf report WORKBOOK [-o OUT.pdf] [--lang zh|en|zh+en] [--html OUT.html]}. */
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

    @Mixin
    McOptionsMixin mc;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        ReportLanguage language = null;
        if (lang != null) {
            language = ReportLanguage.parse(lang);
            if (language == null) throw new Main.UsageException("--lang must be zh, en or zh+en, found '" + lang + "'");
        }
        Pcf.Result r = Pcf.calculate(workbook, mc.options(), TerminalProgress.monteCarlo(common.err()));
        // rendered fully in memory first, so a failure leaves nothing behind
        Pcf.Report report = Pcf.report(r, language);
        Path target = output != null ? output : Path.of(baseName(workbook) + ".pdf");
        if (html != null) {
            Pcf.writeFile(html, out -> out.write(report.xhtml().getBytes(StandardCharsets.UTF_8)));
        }
        Pcf.writeFile(target, out -> out.write(report.pdf()));
        var warnings = new java.util.ArrayList<>(r.warnings());
        warnings.addAll(Pcf.printability(r.workbook()));
        Main.printProblems(warnings, common.err());
        common.err().println("wrote " + target);
        return Main.OK;
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
