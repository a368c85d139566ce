package dev.pcf.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowCellsTest {
    private final RowCells cells = new RowCells("排放因子 Factors", 6, Map.of(Factor.ID, 0, Factor.NCV, 7));

    @Test
    void namesTheFieldsOwnCell() {
        assertEquals("'排放因子 Factors'!H7", cells.cell(Factor.NCV).toString());
        assertEquals("'排放因子 Factors'!A7", cells.cell(Factor.ID).toString());
    }

    @Test
    void namesTheWholeRowWhenTheSheetHasNoColumnForTheField() {
        CellRef missing = cells.cell(Factor.NCV_UNIT);
        // Excel's notation for row 7; never A7, which holds the factor ID
        assertEquals("'排放因子 Factors'!7:7", missing.toString());
        assertTrue(missing.isWholeRow());
        assertFalse(cells.cell(Factor.ID).isWholeRow());
    }

    @Test
    void wholeRowSortsBeforeTheRowsCells() {
        assertTrue(CellRef.wholeRow("S", 6).compareTo(new CellRef("S", 6, 0)) < 0);
        assertTrue(CellRef.wholeRow("S", 6).compareTo(new CellRef("S", 5, 3)) > 0);
    }

    @Test
    void rejectsOtherNegativeColumns() {
        assertThrows(IllegalArgumentException.class, () -> new CellRef("S", 0, -2));
    }
}
