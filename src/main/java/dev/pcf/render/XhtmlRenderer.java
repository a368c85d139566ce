package dev.pcf.render;

import dev.pcf.report.AppendixView;
import dev.pcf.report.ReportView;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a {@link ReportView} into the report's XHTML with the Thymeleaf template
 * {@code templates/report.html} (XML mode, so the output is well-formed). The stylesheet
 * {@code report.css} is inlined, so the XHTML stands alone (Flying Saucer input, browser preview).
 * Accessor chains on the view model are evaluated without OGNL ({@link ViewExpressions}). Thread-safe once
 * constructed.
 */
public final class XhtmlRenderer {
    private final TemplateEngine engine;
    private final String css;
    private final String compareCss;

    /** Templates from the class path ({@code templates/} in the jar). */
    public XhtmlRenderer() {
        this(new ClassLoaderTemplateResolver(XhtmlRenderer.class.getClassLoader()), "templates/", readCss(null, "report.css"),
                readCss(null, "compare.css"));
    }

    /**
     * Templates from a directory (to try template changes without rebuilding).
     *
     * @throws UncheckedIOException when {@code report.css} cannot be read there
     * @throws IllegalStateException when it contains {@code <} or {@code &} (it is inlined into the XHTML)
     */
    public XhtmlRenderer(Path templatesDir) {
        this(new FileTemplateResolver(), templatesDir.toAbsolutePath() + "/", readCss(templatesDir, "report.css"),
                readCss(templatesDir, "compare.css"));
    }

    private XhtmlRenderer(AbstractConfigurableTemplateResolver resolver, String prefix, String css, String compareCss) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.engine = new TemplateEngine();
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new ViewExpressions());
        this.engine.setDialect(dialect);
        this.engine.setTemplateResolver(resolver);
        for (String c : new String[] {css, compareCss}) {
            if (c.indexOf('<') >= 0 || c.indexOf('&') >= 0) {
                // inlined as raw text into the XHTML: either character would break the XML
                throw new IllegalStateException("report.css and compare.css must not contain '<' or '&'");
            }
        }
        this.css = css;
        this.compareCss = compareCss;
    }

    /** The report as well-formed XHTML (UTF-8 text, XML declaration included). */
    public String render(ReportView view) {
        Context ctx = new Context(Locale.ROOT);
        ctx.setVariable("view", view);
        ctx.setVariable("css", css);
        return engine.process("report", ctx);
    }

    /** The uncertainty appendix on its own ({@code templates/appendix.html}) as well-formed XHTML. */
    public String render(AppendixView view) {
        Context ctx = new Context(Locale.ROOT);
        ctx.setVariable("view", view);
        ctx.setVariable("css", css);
        return engine.process("appendix", ctx);
    }

    /**
     * The one-page comparison ({@code pcf compare}) as well-formed XHTML, from {@code compare.html} with
     * {@code report.css} and then {@code compare.css} inlined.
     */
    public String render(dev.pcf.report.CompareView view) {
        Context ctx = new Context(Locale.ROOT);
        ctx.setVariable("view", view);
        ctx.setVariable("css", css);
        ctx.setVariable("compareCss", compareCss);
        return engine.process("compare", ctx);
    }

    private static String readCss(Path dir, String name) {
        try {
            if (dir != null) return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            try (InputStream in = XhtmlRenderer.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                if (in == null) throw new IllegalStateException("templates/" + name + " is not on the class path");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
