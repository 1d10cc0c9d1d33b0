import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the README's sample picture, a cabin by a lake under the mountains, with nothing but Java2D, so the project
 * ships an image it made itself. Run from the repository root:
 *
 * <pre>java docs/samples/RenderSample.java docs/samples/cabin.png</pre>
 *
 * The drawing is fixed (a seeded random for the flowers), so running it again gives the same picture.
 */
public final class RenderSample {
    private static final int WIDTH = 768;
    private static final int HEIGHT = 512;
    private static final int HORIZON = 318;

    private RenderSample() {}

    public static void main(String[] arguments) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path output = Path.of(arguments.length > 0 ? arguments[0] : "docs/samples/cabin.png");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            drawSky(graphics);
            drawMountains(graphics);
            drawMeadow(graphics);
            drawLake(graphics);
            drawPath(graphics);
            drawTree(graphics, 70, 420, 150);
            drawTree(graphics, 135, 440, 120);
            drawTree(graphics, 24, 470, 170);
            drawTree(graphics, 665, 400, 150);
            drawTree(graphics, 720, 425, 180);
            drawTree(graphics, 620, 372, 95);
            drawCabin(graphics, 430, 398);
            drawTree(graphics, 395, 400, 105);
            drawFlowers(graphics);
        } finally {
            graphics.dispose();
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", output.toFile())) {
            throw new IOException("no PNG writer in this JVM");
        }
        System.out.println("wrote " + output + " (" + Files.size(output) + " bytes, " + WIDTH + "x" + HEIGHT + ")");
    }

    private static void drawSky(Graphics2D graphics) {
        graphics.setPaint(new GradientPaint(0, 0, new Color(58, 112, 190), 0, HORIZON, new Color(252, 214, 170)));
        graphics.fillRect(0, 0, WIDTH, HORIZON + 10);
        graphics.setPaint(new RadialGradientPaint(new Point2D.Double(612, 112), 150f, new float[] {0f, 0.18f, 1f},
                new Color[] {new Color(255, 246, 205, 255), new Color(255, 226, 160, 170), new Color(255, 200, 140, 0)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        graphics.fill(new Rectangle2D.Double(0, 0, WIDTH, HORIZON));
        graphics.setColor(new Color(255, 255, 255, 170));
        cloud(graphics, 150, 80, 1.0);
        cloud(graphics, 420, 55, 0.7);
    }

    private static void cloud(Graphics2D graphics, double x, double y, double size) {
        double[][] puffs = {{0, 10, 60, 26}, {30, 0, 50, 36}, {62, 8, 56, 28}, {18, 14, 80, 24}};
        for (double[] puff : puffs) {
            graphics.fill(new Ellipse2D.Double(x + puff[0] * size, y + puff[1] * size, puff[2] * size, puff[3] * size));
        }
    }

    private static void drawMountains(Graphics2D graphics) {
        int[] farX = {0, 70, 150, 230, 300, 380, 470, 540, 620, 700, 768, 768, 0};
        int[] farY = {250, 190, 215, 140, 205, 165, 120, 190, 150, 200, 170, HORIZON, HORIZON};
        graphics.setPaint(new GradientPaint(0, 120, new Color(128, 140, 178), 0, HORIZON, new Color(168, 170, 196)));
        graphics.fill(new Polygon(farX, farY, farX.length));
        int[] nearX = {0, 90, 170, 260, 340, 420, 500, 590, 680, 768, 768, 0};
        int[] nearY = {275, 225, 260, 205, 265, 235, 270, 215, 255, 230, HORIZON + 6, HORIZON + 6};
        graphics.setPaint(new GradientPaint(0, 205, new Color(78, 104, 128), 0, HORIZON, new Color(104, 128, 140)));
        graphics.fill(new Polygon(nearX, nearY, nearX.length));
    }

    private static void drawMeadow(Graphics2D graphics) {
        GeneralPath meadow = new GeneralPath();
        meadow.moveTo(0, HORIZON);
        meadow.curveTo(220, HORIZON - 12, 520, HORIZON + 14, WIDTH, HORIZON - 6);
        meadow.lineTo(WIDTH, HEIGHT);
        meadow.lineTo(0, HEIGHT);
        meadow.closePath();
        graphics.setPaint(new GradientPaint(0, HORIZON, new Color(128, 178, 86), 0, HEIGHT, new Color(62, 124, 52)));
        graphics.fill(meadow);
    }

    private static void drawLake(Graphics2D graphics) {
        Ellipse2D lake = new Ellipse2D.Double(150, 322, 300, 62);
        graphics.setPaint(new GradientPaint(0, 322, new Color(120, 170, 215), 0, 384, new Color(60, 112, 168)));
        graphics.fill(lake);
        graphics.setColor(new Color(255, 255, 255, 120));
        graphics.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 4; i++) {
            int y = 334 + i * 11;
            graphics.drawLine(210 + i * 18, y, 300 + i * 14, y);
        }
        graphics.setColor(new Color(70, 120, 60));
        graphics.setStroke(new BasicStroke(3f));
        graphics.draw(lake);
    }

    private static void drawPath(Graphics2D graphics) {
        GeneralPath path = new GeneralPath();
        path.moveTo(488, 398);
        path.curveTo(470, 430, 360, 440, 330, HEIGHT);
        path.lineTo(420, HEIGHT);
        path.curveTo(430, 450, 500, 430, 508, 398);
        path.closePath();
        graphics.setColor(new Color(214, 190, 140));
        graphics.fill(path);
    }

    private static void drawCabin(Graphics2D graphics, int left, int ground) {
        int width = 140;
        int wallHeight = 72;
        int top = ground - wallHeight;
        graphics.setColor(new Color(120, 120, 120));
        graphics.fillRect(left + 98, top - 62, 16, 50);
        graphics.setColor(new Color(235, 235, 240, 110));
        graphics.fill(new Ellipse2D.Double(left + 98, top - 84, 18, 16));
        graphics.fill(new Ellipse2D.Double(left + 108, top - 104, 24, 20));
        graphics.setColor(new Color(146, 92, 50));
        graphics.fillRect(left, top, width, wallHeight);
        graphics.setColor(new Color(112, 68, 36));
        graphics.setStroke(new BasicStroke(2f));
        for (int y = top + 10; y < ground; y += 12) {
            graphics.drawLine(left, y, left + width, y);
        }
        Polygon roof = new Polygon(new int[] {left - 16, left + width / 2, left + width + 16},
                new int[] {top + 4, top - 58, top + 4}, 3);
        graphics.setColor(new Color(160, 48, 40));
        graphics.fill(roof);
        graphics.setColor(new Color(110, 30, 26));
        graphics.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(roof);
        graphics.setColor(new Color(86, 52, 28));
        graphics.fillRect(left + 58, ground - 46, 24, 46);
        graphics.setColor(new Color(230, 190, 90));
        graphics.fill(new Ellipse2D.Double(left + 75, ground - 25, 4, 4));
        window(graphics, left + 16, top + 18);
        window(graphics, left + 98, top + 18);
    }

    private static void window(Graphics2D graphics, int x, int y) {
        graphics.setColor(new Color(255, 214, 120));
        graphics.fillRect(x, y, 28, 24);
        graphics.setColor(new Color(90, 54, 30));
        graphics.setStroke(new BasicStroke(3f));
        graphics.drawRect(x, y, 28, 24);
        graphics.drawLine(x + 14, y, x + 14, y + 24);
        graphics.drawLine(x, y + 12, x + 28, y + 12);
    }

    private static void drawTree(Graphics2D graphics, int x, int ground, int height) {
        int trunkWidth = Math.max(6, height / 14);
        graphics.setColor(new Color(96, 62, 36));
        graphics.fillRect(x - trunkWidth / 2, ground - height / 5, trunkWidth, height / 5);
        Color[] greens = {new Color(30, 92, 54), new Color(36, 104, 60), new Color(44, 116, 66)};
        for (int tier = 0; tier < 3; tier++) {
            int tierBottom = ground - height / 6 - tier * height / 4;
            int tierHeight = height / 2 - tier * height / 16;
            int halfWidth = height / 4 - tier * height / 18;
            graphics.setColor(greens[tier]);
            graphics.fill(new Polygon(new int[] {x - halfWidth, x, x + halfWidth},
                    new int[] {tierBottom, tierBottom - tierHeight, tierBottom}, 3));
        }
    }

    private static void drawFlowers(Graphics2D graphics) {
        Random random = new Random(7);
        Color[] colors = {new Color(250, 240, 120), new Color(250, 250, 250), new Color(230, 110, 150)};
        for (int i = 0; i < 70; i++) {
            double x = random.nextDouble() * WIDTH;
            double y = 440 + random.nextDouble() * (HEIGHT - 445);
            if (x > 320 && x < 430) {
                continue;
            }
            graphics.setColor(colors[random.nextInt(colors.length)]);
            graphics.fill(new Ellipse2D.Double(x, y, 5, 5));
        }
    }
}
