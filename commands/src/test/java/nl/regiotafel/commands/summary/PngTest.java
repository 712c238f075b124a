package nl.regiotafel.commands.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.zip.InflaterInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Our PNG reads back with every pixel, and its compressed rows are what a PDF image with the PNG predictor holds. */
class PngTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static BufferedImage drawing(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF4F6F8));
        g.fillRect(0, 0, width, height);
        Random random = new Random(13);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(width), random.nextInt(height), 1 + random.nextInt(90), 1 + random.nextInt(60));
            g.drawString("Thema " + i + " · Instroom en behoud", random.nextInt(width), random.nextInt(height));
        }
        g.dispose();
        return image;
    }

    @Test
    void everyPixelReadsBackAsDrawn() throws Exception {
        for (int[] size : new int[][] {{1, 1}, {3, 7}, {1000, 680}, {257, 33}}) {
            BufferedImage drawn = drawing(size[0], size[1]);

            BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.encode(drawn)));

            assertThat(read.getWidth()).isEqualTo(size[0]);
            assertThat(read.getHeight()).isEqualTo(size[1]);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    assertThat(read.getRGB(x, y) & 0xFFFFFF)
                            .as("pixel %d,%d of %dx%d", x, y, size[0], size[1])
                            .isEqualTo(drawn.getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
    }

    @Test
    void theCompressedRowsAreOnePredictorRowPerLineOfPixels() throws Exception {
        BufferedImage drawn = drawing(120, 40);

        Png.Rgb rgb = Png.rgb(Png.encode(drawn)).orElseThrow();

        assertThat(rgb.width()).isEqualTo(120);
        assertThat(rgb.height()).isEqualTo(40);
        byte[] rows = new InflaterInputStream(new ByteArrayInputStream(rgb.zlib())).readAllBytes();
        assertThat(rows).hasSize(40 * (1 + 120 * 3));
    }

    @Test
    void anyOtherPngOrNoPngAtAllIsLeftToOthers() throws Exception {
        BufferedImage withAlpha = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(withAlpha, "png", png);

        assertThat(Png.rgb(png.toByteArray())).isEmpty();
        assertThat(Png.rgb(new byte[0])).isEmpty();
        assertThat(Png.rgb("not a picture at all, only words in a file".getBytes()))
                .isEmpty();
        byte[] cut = Png.encode(drawing(50, 50));
        assertThat(Png.rgb(java.util.Arrays.copyOf(cut, 40))).isEmpty();
    }
}
