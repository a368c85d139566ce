package dev.pcf.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ViewExpressionsTest {

    @Test
    void readsAVariableAndItsAccessorCalls() {
        assertEquals(new ViewExpressions.Chain("view", List.of("cover", "title")),
                ViewExpressions.parse("view.cover().title()"));
        assertEquals(new ViewExpressions.Chain("css", List.of()), ViewExpressions.parse(" css "));
    }

    @Test
    void leavesEverythingElseToOgnl() {
        for (String e : new String[] {"b.kind() == 'heading'", "'toc-l' + e.level()", "view.title", "a.b(1)",
            "#strings.trim(x)", "x.y().", "", "1abc", "a.b()c()"}) {
            assertSame(ViewExpressions.NOT_A_CHAIN, ViewExpressions.parse(e), e);
        }
    }
}
