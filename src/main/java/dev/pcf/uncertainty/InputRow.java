package dev.pcf.uncertainty;

import dev.pcf.model.CellRef;
import dev.pcf.model.RowCells;
import dev.pcf.model.UncertaintyInput;
import dev.pcf.model.UncertaintyResult.InputKind;

/**
 * An activity or factor row as the input model sees it.
 *
 * @param kind      activity or factor row
 * @param index     the row's index among its sheet's rows
 * @param cells     where the row was read
 * @param label     what the input is, as printed
 * @param nominal   the nominal value in the row's unit (NaN when not yet known: a computed factor in {@link InputModel#check})
 * @param valueName the value's column as printed in messages, e.g. {@code 数量 Amount}
 * @param basic     the basic variance of ln for pedigree scores
 * @param u         the row's uncertainty columns
 */
record InputRow(InputKind kind, int index, RowCells cells, String label, double nominal, String valueName,
                double basic, UncertaintyInput u) {
    CellRef cell(String field) {
        return cells.cell(field);
    }
}
