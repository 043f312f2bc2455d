package org.kefuacademy.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes as grey-scale pixels (ZXing core only): what the certificate embeds as an image. */
final class QrCodes {
    static final int SCALE = 4;

    /** A square grey image, one byte per pixel (0 black, 255 white), {@code width} pixels each way. */
    record Pixels(int width, byte[] grey) {
    }

    private QrCodes() {
    }

    static Pixels encode(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            int w = m.getWidth() * SCALE;
            byte[] grey = new byte[w * w];
            for (int y = 0; y < w; y++) {
                for (int x = 0; x < w; x++) {
                    grey[y * w + x] = (byte) (m.get(x / SCALE, y / SCALE) ? 0 : 255);
                }
            }
            return new Pixels(w, grey);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text, e);
        }
    }
}
