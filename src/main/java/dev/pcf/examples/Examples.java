package dev.pcf.examples;

import dev.pcf.template.Xlsx;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The example workbooks: the blank template filled in as a company would. {@code JX0317-D30} is
 * the reference report's product (113.38583 kgCO2e per unit); {@code SC-120} is a fictitious
 * display cabinet that exercises CH4, N2O, a refrigerant, t·km, the annual basis with allocation,
 * biogenic carbon, a custom stage, the use stage and every distribution. The expected results,
 * worked by hand, are in {@code src/test/resources/dev/pcf/examples/<name>.expected.md}.
 */
public final class Examples {
    private Examples() {}

    /** The example names, in a fixed order: {@code JX0317-D30}, {@code SC-120}. */
    public static List<String> names() {
        return List.of(Jx0317Example.NAME, Sc120Example.NAME);
    }

    /**
     * Writes one example workbook as .xlsx.
     *
     * @param name one of {@link #names()}
     * @param out  receives the workbook; not closed
     * @throws IllegalArgumentException when {@code name} is not an example
     * @throws IOException              when writing to {@code out} fails
     */
    public static void write(String name, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = build(name)) {
            Xlsx.write(wb, out);
        }
    }

    static XSSFWorkbook build(String name) {
        return switch (name) {
            case Jx0317Example.NAME -> Jx0317Example.build();
            case Sc120Example.NAME -> Sc120Example.build();
            default -> throw new IllegalArgumentException("unknown example \"" + name + "\"; the examples are " + names());
        };
    }
}
