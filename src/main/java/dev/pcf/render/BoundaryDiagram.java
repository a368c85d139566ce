package dev.pcf.render;

import dev.pcf.report.ChartSpec;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The system-boundary diagram: life-cycle stages as boxes from left to right joined by arrows; included
 * stages solid inside a frame labelled with the boundary, excluded ones dashed and grey; a legend below.
 * All sizes in points.
 */
final class BoundaryDiagram {

    private static final Color INCLUDED_FILL = new Color(0xEAF1F8);
    private static final Color INCLUDED_LINE = new Color(0x2F5D8A);
    private static final Color EXCLUDED_LINE = new Color(0x9A9A9A);
    private static final Color EXCLUDED_TEXT = new Color(0x7A7A7A);
    private static final Color FRAME = new Color(0x2F5D8A);
    private static final Stroke SOLID = new BasicStroke(1.0f);
    private static final Stroke DASHED =
            new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{4, 3}, 0);
    private static final Stroke FRAME_STROKE = new BasicStroke(1.4f);

    private BoundaryDiagram() {}

    static void draw(ChartSpec.Boundary spec, Graphics2D g, Rectangle2D area) {
        g.setColor(Color.WHITE);
        g.fill(area);
        double top = area.getY() + 4;
        if (spec.title() != null && !spec.title().isBlank()) {
            g.setFont(Fonts.chartFont(true, 10f));
            g.setColor(ChartPainter.INK);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(spec.title(), (float) (area.getCenterX() - fm.stringWidth(spec.title()) / 2.0),
                    (float) (top + fm.getAscent()));
            top += fm.getHeight() + 4;
        }
        double legendHeight = 18;
        double bottom = area.getMaxY() - legendHeight - 4;
        List<ChartSpec.Boundary.Box> boxes = spec.boxes();
        int n = boxes.size();
        if (n == 0) {
            return;
        }
        double margin = 14;                  // room for the frame around the boxes
        double left = area.getX() + margin;
        double usable = area.getWidth() - 2 * margin;
        double gap = Math.min(26, usable / n * 0.22);
        double boxW = (usable - gap * (n - 1)) / n;
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (boxes.get(i).included()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        double fx = left + Math.max(first, 0) * (boxW + gap) - 8;
        double fw = (last - first + 1) * boxW + (last - first) * gap + 16;
        Font labelFont = Fonts.chartFont(true, 8.5f);
        FontMetrics lfm = g.getFontMetrics(labelFont);
        List<String> label = first < 0 ? List.of() : wrap(g, spec.boundaryLabel(), labelFont, fw - 12);
        double labelBand = label.size() * lfm.getHeight() + 4;   // the frame's label above the boxes
        double boxTop = top + labelBand + 8;
        double boxH = Math.min(bottom - boxTop - 8, Math.max(48, boxW * 0.7));
        double boxY = boxTop + Math.max(0, (bottom - boxTop - 8 - boxH) / 2);
        if (first >= 0) {
            double fy = boxY - labelBand - 6;
            double fh = boxH + labelBand + 14;
            g.setStroke(FRAME_STROKE);
            g.setColor(FRAME);
            g.draw(new RoundRectangle2D.Double(fx, fy, fw, fh, 8, 8));
            g.setFont(labelFont);
            double y = fy + 4 + lfm.getAscent();
            for (String line : label) {
                g.drawString(line, (float) (fx + 6), (float) y);
                y += lfm.getHeight();
            }
        }

        Font boxFont = Fonts.chartFont(false, 8.5f);
        for (int i = 0; i < n; i++) {
            ChartSpec.Boundary.Box b = boxes.get(i);
            double x = left + i * (boxW + gap);
            RoundRectangle2D r = new RoundRectangle2D.Double(x, boxY, boxW, boxH, 6, 6);
            if (b.included()) {
                g.setColor(INCLUDED_FILL);
                g.fill(r);
            }
            g.setStroke(b.included() ? SOLID : DASHED);
            g.setColor(b.included() ? INCLUDED_LINE : EXCLUDED_LINE);
            g.draw(r);
            g.setColor(b.included() ? ChartPainter.INK : EXCLUDED_TEXT);
            centredText(g, b.label(), boxFont, new Rectangle2D.Double(x + 3, boxY + 3, boxW - 6, boxH - 6));
            if (i + 1 < n) {
                boolean solid = b.included() && boxes.get(i + 1).included();
                arrow(g, x + boxW + 2, x + boxW + gap - 2, boxY + boxH / 2, solid);
            }
        }
        legend(g, spec, area.getX() + margin, area.getMaxY() - legendHeight / 2 - 2);
    }

    private static void legend(Graphics2D g, ChartSpec.Boundary spec, double x, double cy) {
        g.setFont(Fonts.chartFont(false, 8f));
        FontMetrics fm = g.getFontMetrics();
        double w = 20;
        double h = 10;
        for (int k = 0; k < 2; k++) {
            boolean included = k == 0;
            RoundRectangle2D r = new RoundRectangle2D.Double(x, cy - h / 2, w, h, 3, 3);
            if (included) {
                g.setColor(INCLUDED_FILL);
                g.fill(r);
            }
            g.setStroke(included ? SOLID : DASHED);
            g.setColor(included ? INCLUDED_LINE : EXCLUDED_LINE);
            g.draw(r);
            String text = included ? spec.legendIncluded() : spec.legendExcluded();
            g.setColor(ChartPainter.INK);
            g.drawString(text, (float) (x + w + 5), (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
            x += w + 5 + fm.stringWidth(text) + 24;
        }
    }

    private static void arrow(Graphics2D g, double x0, double x1, double y, boolean solid) {
        g.setStroke(solid ? SOLID : DASHED);
        g.setColor(solid ? INCLUDED_LINE : EXCLUDED_LINE);
        double head = Math.min(5, (x1 - x0) / 2);
        g.draw(new Line2D.Double(x0, y, x1 - head, y));
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(x1, y);
        tip.lineTo(x1 - head, y - head * 0.6);
        tip.lineTo(x1 - head, y + head * 0.6);
        tip.closePath();
        g.fill(tip);
    }

    /** Draws the label's lines (split at line breaks, wrapped to the width) centred in the box. */
    private static void centredText(Graphics2D g, String text, Font font, Rectangle2D box) {
        Font f = font;
        List<String> lines = wrap(g, text, f, box.getWidth());
        while (lines.size() * g.getFontMetrics(f).getHeight() > box.getHeight() && f.getSize2D() > 6) {
            f = f.deriveFont(f.getSize2D() - 0.5f);
            lines = wrap(g, text, f, box.getWidth());
        }
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        double y = box.getCenterY() - lines.size() * fm.getHeight() / 2.0 + fm.getAscent();
        for (String line : lines) {
            g.drawString(line, (float) (box.getCenterX() - fm.stringWidth(line) / 2.0), (float) y);
            y += fm.getHeight();
        }
    }

    /** Breaks at explicit line breaks, then at spaces, then between CJK characters, to fit {@code width}. */
    static List<String> wrap(Graphics2D g, String text, Font font, double width) {
        FontMetrics fm = g.getFontMetrics(font);
        List<String> out = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (String para : (text == null ? "" : text).split("\n")) {
            int split = fm.stringWidth(para) > width ? bilingualSplit(para) : -1;
            if (split > 0) {                 // "中文 English": Chinese on one line, English after it
                paragraphs.add(para.substring(0, split));
                paragraphs.add(para.substring(split + 1));
            } else {
                paragraphs.add(para);
            }
        }
        for (String para : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String token : tokens(para)) {
                String candidate = line.isEmpty() ? token.stripLeading() : line + token;
                if (!line.isEmpty() && fm.stringWidth(candidate) > width) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(token.stripLeading());
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /** {@code "中文 English"} as two lines (Chinese, then English); other text unchanged. */
    static String bilingualLines(String s) {
        int split = s == null ? -1 : bilingualSplit(s);
        return split > 0 ? s.substring(0, split) + "\n" + s.substring(split + 1) : s;
    }

    /** The index of the space between a Chinese part and an English part with no Chinese, or -1. */
    private static int bilingualSplit(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && isCjk(s.codePointBefore(i))
                    && s.substring(i).codePoints().noneMatch(BoundaryDiagram::isCjk)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCjk(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Words with their leading space, and each CJK character as a token of its own. */
    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean cjk = isCjk(cp);
            if (cjk || cp == ' ') {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (cjk) {
                    tokens.add(new String(Character.toChars(cp)));
                } else {
                    word.append(' ');
                }
            } else {
                word.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}
