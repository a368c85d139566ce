package dev.pcf.examples;

import dev.pcf.template.TemplateWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites the committed workbooks from the code: {@code workbook-templates/pcf-template.xlsx}
 * and {@code workbook-templates/examples/<name>.xlsx}. Run after changing the template, the
 * factor library or an example (see {@code workbook-templates/README.md}).
 */
public final class Regenerate {
    private Regenerate() {}

    /**
     * @param args the repository root (default: the current directory)
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path dir = root.resolve("workbook-templates");
        Files.createDirectories(dir.resolve("examples"));
        Path template = dir.resolve("pcf-template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            TemplateWriter.write(out);
        }
        System.out.println("wrote " + template);
        for (String name : Examples.names()) {
            Path file = dir.resolve("examples").resolve(name + ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                Examples.write(name, out);
            }
            System.out.println("wrote " + file);
        }
    }

    /** The committed path of the blank template, relative to the repository root. */
    public static final String TEMPLATE_PATH = "workbook-templates/pcf-template.xlsx";

    /** The committed path of an example, relative to the repository root. */
    public static String examplePath(String name) {
        return "workbook-templates/examples/" + name + ".xlsx";
    }
}
