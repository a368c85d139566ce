package dev.pcf.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CssPrunerTest {
    private static final Set<String> ELEMENTS = Set.of("html", "body", "div", "p", "table", "td", "span");
    private static final Set<String> CLASSES = Set.of("data", "r", "page");

    private static String prune(String css) {
        return CssPruner.prune(css, ELEMENTS, CLASSES);
    }

    @Test
    void dropsSelectorsNamingAnAbsentTypeOrClass() {
        assertEquals("div, table.data td {color: red}\n",
                prune("div, h1, table.data td, table.wide td, ul li {color: red}"));
        assertEquals("", prune("h1, h2 {margin: 0}\n.statement { page-break-after: always; }"));
        assertEquals("span.page:before {content: counter(page)}\n", prune("span.page:before {content: counter(page)}"));
    }

    @Test
    void classesAndTypesCompareWithoutCase() {
        assertEquals("TD.R {x: y}\n", prune("TD.R {x: y}"));
    }

    @Test
    void looksNeitherIntoBracketsAndParenthesesNorAtIds() {
        assertEquals("table[align=\"center\"] > td, p:not(.absent), #absent, div:nth-child(2n+1) {x: y}\n",
                prune("table[align=\"center\"] > td, p:not(.absent), #absent, div:nth-child(2n+1) {x: y}"));
        assertEquals("", prune("table[align=\"center\"] > caption {x: y}"));
    }

    @Test
    void copiesAtRulesAndKeepsUnknownSyntaxWhole() {
        String page = "@page :first {\n  @top-center { content: none; }\n}\n";
        assertEquals(page, prune("/* a comment, {braces} */" + page));
        assertEquals("@import url(\"x.css\");\n", prune("@import url(\"x.css\");"));
        assertEquals("h1, svg|rect {x: y}\n", prune("h1, svg|rect {x: y}"));
        assertEquals("h1, a\\:b {x: y}\n", prune("h1, a\\:b {x: y}"));
    }

    @Test
    void declarationsStayAsTheyAre() {
        assertEquals(".toc-x, div a::after {content: leader('.') \"}\" target-counter(attr(href), page); }\n",
                CssPruner.prune(".toc-x, div a::after {content: leader('.') \"}\" target-counter(attr(href), page); }",
                        Set.of("div", "a"), Set.of("toc-x")));
    }

    @Test
    void readsTheNamesASelectorRequires() {
        assertEquals(new Selectors.Names(List.of("table", "th"), List.of("data", "wide")),
                Selectors.names("table.data.wide > th:first-child::after"));
        assertEquals(List.of("a", " b[x=\",\"]", " c:not(d, e)"), Selectors.split("a, b[x=\",\"], c:not(d, e)"));
        assertNull(Selectors.names("a$b"));
    }
}
