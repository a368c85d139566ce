package dev.pcf.reader;

import dev.pcf.calc.Calculator;
import dev.pcf.model.Factor;
import dev.pcf.model.Problem;
import dev.pcf.workbook.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A message about a value whose column the sheet lacks names the row, not column A's cell. */
class MissingColumnTest {

    @Test
    void ncvWithoutAnNcvUnitColumnNamesTheRowNotColumnA() {
        // EF-STEEL is on row 3; column A holds its ID, so "A3" would point at the wrong value
        Reading r = TestWorkbook.minimal().set(Schema.FACTORS, 3, Factor.NCV, 25.0)
                .dropColumn(Schema.FACTORS, Factor.NCV_UNIT).readXlsx();
        Expect.errors(r);
        List<String> problems = Calculator.check(r.workbook()).stream().filter(Problem::isError)
                .map(Problem::toString).toList();
        assertEquals(List.of("'排放因子 Factors'!3:3: 热值单位 NCV unit is empty but 低位发热量 NCV 25 is given; "
                + "expected e.g. MJ/kg, GJ/t, MJ/m3, GJ/10^4Nm3"), problems);
    }

    @Test
    void ncvWithAnEmptyNcvUnitCellNamesThatCell() {
        Reading r = TestWorkbook.minimal().set(Schema.FACTORS, 3, Factor.NCV, 25.0).readXlsx();
        int column = Schema.FACTOR_COLUMNS.stream().map(Schema.Column::field).toList().indexOf(Factor.NCV_UNIT);
        String letter = dev.pcf.model.CellRef.columnLetters(column);
        List<String> problems = Calculator.check(r.workbook()).stream().filter(Problem::isError)
                .map(Problem::toString).toList();
        assertEquals(List.of("'排放因子 Factors'!" + letter + "3: 热值单位 NCV unit is empty but 低位发热量 NCV 25 is given; "
                + "expected e.g. MJ/kg, GJ/t, MJ/m3, GJ/10^4Nm3"), problems);
    }
}
