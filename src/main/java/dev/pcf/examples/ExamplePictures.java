package dev.pcf.examples;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Simple deterministic drawings for the example workbooks (Java2D, no random input): a product
 * sketch and a process-flow chart. Text is drawn in the report's own Noto Sans CJK SC (loaded from
 * the classpath, {@code fonts/}), never in a font of the machine, so the pictures are the same
 * everywhere; labels fall back to English only if that font is missing from the classpath.
 */
final class ExamplePictures {
    private ExamplePictures() {}

    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    private static final Color INK = new Color(0x1F, 0x4E, 0x79);

    private static final Font SANS = load("fonts/NotoSansSC-Regular.ttf");
    private static final Font SANS_BOLD = load("fonts/NotoSansSC-Bold.ttf");

    private static Font load(String resource) {
        try (var in = ExamplePictures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return null;
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (java.awt.FontFormatException | java.io.IOException e) {
            return null;
        }
    }

    /** The bundled sans face at this style and size (the logical SansSerif if it is not on the classpath). */
    private static Font sans(int style, int size) {
        Font f = style == Font.BOLD ? SANS_BOLD : SANS;
        return f == null ? new Font(Font.SANS_SERIF, style, size) : f.deriveFont((float) size);
    }

    /** A labelled pair: Chinese text and its English fallback. */
    record Label(String zh, String en) {
        String pick(Font f) {
            return f.canDisplayUpTo(zh) == -1 ? zh : en;
        }
    }

    /** A process flow: boxes left to right in two rows, joined by arrows. */
    static byte[] flowChart(Label title, List<Label> steps) {
        return png(g -> {
            Font font = sans(Font.PLAIN, 22);
            title(g, title);
            int perRow = (steps.size() + 1) / 2;
            int boxW = 180, boxH = 70, gapX = (WIDTH - 60 - perRow * boxW) / Math.max(1, perRow - 1);
            int[] xs = new int[steps.size()], ys = new int[steps.size()];
            for (int i = 0; i < steps.size(); i++) {
                int rowIdx = i / perRow, k = i % perRow;
                int col = rowIdx == 0 ? k : perRow - 1 - k; // snake: second row runs right to left
                xs[i] = 30 + col * (boxW + gapX);
                ys[i] = 130 + rowIdx * 190;
            }
            g.setStroke(new BasicStroke(3f));
            for (int i = 0; i + 1 < steps.size(); i++) {
                arrow(g, xs[i], ys[i], xs[i + 1], ys[i + 1], boxW, boxH);
            }
            for (int i = 0; i < steps.size(); i++) {
                g.setPaint(new GradientPaint(xs[i], ys[i], new Color(0xDE, 0xEB, 0xF7), xs[i], ys[i] + boxH, new Color(0xBD, 0xD7, 0xEE)));
                RoundRectangle2D box = new RoundRectangle2D.Double(xs[i], ys[i], boxW, boxH, 18, 18);
                g.fill(box);
                g.setColor(INK);
                g.draw(box);
                g.setFont(font);
                centered(g, (i + 1) + ". " + steps.get(i).pick(font), xs[i] + boxW / 2, ys[i] + boxH / 2);
            }
        });
    }

    private static void arrow(Graphics2D g, int x1, int y1, int x2, int y2, int w, int h) {
        g.setColor(INK);
        int sx, sy, ex, ey;
        if (y1 == y2) {
            boolean right = x2 > x1;
            sx = right ? x1 + w : x1;
            ex = right ? x2 : x2 + w;
            sy = ey = y1 + h / 2;
        } else {
            sx = ex = x1 + w / 2;
            sy = y1 + h;
            ey = y2;
        }
        g.drawLine(sx, sy, ex, ey);
        double a = Math.atan2(ey - sy, ex - sx);
        Path2D head = new Path2D.Double();
        head.moveTo(ex, ey);
        head.lineTo(ex - 16 * Math.cos(a - 0.45), ey - 16 * Math.sin(a - 0.45));
        head.lineTo(ex - 16 * Math.cos(a + 0.45), ey - 16 * Math.sin(a + 0.45));
        head.closePath();
        g.fill(head);
    }

    /** A plant plan: labelled blocks on a site outline, with the gate at the bottom. */
    static byte[] plantLayout(Label title, List<Label> areas) {
        return png(g -> {
            title(g, title);
            g.setColor(new Color(0xF2, 0xF2, 0xF2));
            g.fillRect(40, 80, WIDTH - 80, HEIGHT - 120);
            g.setColor(INK);
            g.setStroke(new BasicStroke(3f));
            g.drawRect(40, 80, WIDTH - 80, HEIGHT - 120);
            Font font = sans(Font.PLAIN, 22);
            g.setFont(font);
            int cols = 3, w = 240, h = 130, gx = (WIDTH - 80 - cols * w) / (cols + 1);
            Color[] fills = {new Color(0xBD, 0xD7, 0xEE), new Color(0xE2, 0xF0, 0xD9), new Color(0xFF, 0xE6, 0x99)};
            for (int i = 0; i < areas.size(); i++) {
                int x = 40 + gx + (i % cols) * (w + gx), y = 110 + (i / cols) * (h + 40);
                g.setColor(fills[i % fills.length]);
                g.fillRect(x, y, w, h);
                g.setColor(INK);
                g.drawRect(x, y, w, h);
                centered(g, areas.get(i).pick(font), x + w / 2, y + h / 2);
            }
            g.setColor(Color.WHITE);
            g.fillRect(WIDTH / 2 - 50, HEIGHT - 44, 100, 8); // gate
            g.setColor(INK);
            centered(g, new Label("大门", "Gate").pick(font), WIDTH / 2, HEIGHT - 18);
        });
    }

    /** A metal cabinet with a door, a display and indicator lights: the DTU placeholder photo. */
    static byte[] dtuCabinet(Label caption) {
        return png(g -> {
            title(g, caption);
            int x = 300, y = 90, w = 300, h = 380;
            g.setPaint(new GradientPaint(x, y, new Color(0xE7, 0xE9, 0xEC), x + w, y + h, new Color(0xA9, 0xAE, 0xB5)));
            g.fillRoundRect(x, y, w, h, 16, 16);
            g.setColor(new Color(0x4A, 0x50, 0x58));
            g.setStroke(new BasicStroke(4f));
            g.drawRoundRect(x, y, w, h, 16, 16);
            g.drawRoundRect(x + 20, y + 20, w - 40, h - 40, 10, 10);
            g.setColor(new Color(0x12, 0x2B, 0x3F));
            g.fillRect(x + 60, y + 60, 180, 80); // display
            g.setColor(new Color(0x6F, 0xD3, 0xFF));
            g.setFont(sans(Font.BOLD, 22));
            g.drawString("DTU  10kV", x + 80, y + 108);
            Color[] leds = {new Color(0x2E, 0xCC, 0x71), new Color(0x2E, 0xCC, 0x71), new Color(0xF1, 0xC4, 0x0F), new Color(0xE7, 0x4C, 0x3C)};
            for (int i = 0; i < leds.length; i++) {
                g.setColor(leds[i]);
                g.fillOval(x + 70 + i * 45, y + 170, 22, 22);
            }
            g.setColor(new Color(0x4A, 0x50, 0x58));
            for (int i = 0; i < 6; i++) g.fillRect(x + 60, y + 230 + i * 16, 180, 6); // vents
            g.fillRoundRect(x + w - 45, y + h / 2 - 30, 12, 60, 6, 6); // handle
        });
    }

    /** A small glass-door refrigerated display cabinet with shelves and bottles. */
    static byte[] displayCabinet(Label caption) {
        return png(g -> {
            title(g, caption);
            int x = 330, y = 80, w = 240, h = 400;
            g.setColor(new Color(0xF4, 0xF6, 0xF8));
            g.fillRoundRect(x, y, w, h, 20, 20);
            g.setColor(new Color(0x2C, 0x3E, 0x50));
            g.setStroke(new BasicStroke(4f));
            g.drawRoundRect(x, y, w, h, 20, 20);
            g.setColor(new Color(0xC0, 0x39, 0x2B));
            g.fillRect(x + 4, y + 4, w - 8, 50); // lit header
            g.setColor(Color.WHITE);
            g.setFont(sans(Font.BOLD, 24));
            centered(g, "COLD", x + w / 2, y + 30);
            g.setColor(new Color(0xD6, 0xEA, 0xF8));
            g.fillRect(x + 20, y + 70, w - 40, h - 130); // glass door
            g.setColor(new Color(0x7F, 0x8C, 0x8D));
            for (int s = 1; s <= 3; s++) {
                int sy = y + 70 + s * (h - 130) / 4;
                g.fillRect(x + 20, sy, w - 40, 5);
                for (int b = 0; b < 5; b++) {
                    g.setColor(b % 2 == 0 ? new Color(0x27, 0xAE, 0x60) : new Color(0xE6, 0x7E, 0x22));
                    g.fillRoundRect(x + 35 + b * 36, sy - 55, 22, 55, 8, 8);
                    g.setColor(new Color(0x7F, 0x8C, 0x8D));
                }
            }
            g.setColor(new Color(0x2C, 0x3E, 0x50));
            g.fillRect(x + 20, y + h - 50, w - 40, 30); // compressor grille
        });
    }

    private static void title(Graphics2D g, Label title) {
        Font f = sans(Font.BOLD, 28);
        g.setFont(f);
        g.setColor(INK);
        centered(g, title.pick(f), WIDTH / 2, 45);
    }

    private static void centered(Graphics2D g, String s, int cx, int cy) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(s, cx - m.stringWidth(s) / 2, cy + (m.getAscent() - m.getDescent()) / 2);
    }

    private static byte[] png(Consumer<Graphics2D> draw) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
