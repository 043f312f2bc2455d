package org.kefuacademy.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/** Test helper: finds the certificate's QR image in a PDF (a grey image) and decodes it with ZXing. */
public final class QrInPdf {
    private QrInPdf() {
    }

    public static String decode(PdfReader reader) throws Exception {
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PRStream s && PdfName.IMAGE.equals(s.get(PdfName.SUBTYPE))) {
                int w = s.getAsNumber(PdfName.WIDTH).intValue();
                int h = s.getAsNumber(PdfName.HEIGHT).intValue();
                byte[] grey = PdfReader.getStreamBytes(s);
                int[] argb = new int[w * h];
                for (int p = 0; p < argb.length; p++) {
                    int g = grey[p] & 0xff;
                    argb[p] = 0xff000000 | g << 16 | g << 8 | g;
                }
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)))).getText();
            }
        }
        throw new AssertionError("no QR image in the certificate");
    }
}
