package org.kefuacademy.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The CJK font every PDF of the application embeds (as a subset, Identity-H): Noto Sans SC from the
 * font jar. Loaded once as bytes and cached: reading the 10 MB file per document would cost ~400 ms each.
 */
public final class PdfFonts {
    public static final String NOTO_SANS_SC = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static volatile BaseFont notoSansSc;

    private PdfFonts() {
    }

    public static BaseFont notoSansSc() {
        BaseFont f = notoSansSc;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = notoSansSc;
                if (f == null) {
                    f = load();
                    notoSansSc = f;
                }
            }
        }
        return f;
    }

    private static BaseFont load() {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(NOTO_SANS_SC)) {
            if (in == null) {
                throw new IllegalStateException("Font " + NOTO_SANS_SC + " is not on the classpath");
            }
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
