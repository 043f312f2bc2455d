package org.kefuacademy.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kefuacademy.platform.pdf.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a certificate: A4 landscape, Noto Sans SC embedded as a subset (loaded once, see STACK.md), the
 * organisation's colours, logo and signatory, the result per part, the code and a QR code to the public
 * verification page.
 */
public final class CertificatePdf {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Branding branding;

    public CertificatePdf(Branding branding) {
        this.branding = branding;
    }

    public byte[] render(CertificateData c) {
        Rectangle page = PageSize.A4.rotate();
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        Document doc = new Document(page, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setFullCompression();
            doc.addTitle("结业证书 " + c.code());
            doc.addCreator(branding.organisation());
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            float w = page.getWidth();
            float h = page.getHeight();
            frame(cb, w, h);
            logo(cb, 60, h - 110);
            text(cb, branding.organisation(), 13, branding.primary(), Element.ALIGN_LEFT, 124, h - 78);
            text(cb, branding.organisationEn(), 9, Color.GRAY, Element.ALIGN_LEFT, 124, h - 94);
            text(cb, "结 业 证 书", 38, branding.primary(), Element.ALIGN_CENTER, w / 2, h - 165);
            text(cb, "CERTIFICATE OF COMPLETION", 11, branding.accent().darker(), Element.ALIGN_CENTER, w / 2, h - 188);
            text(cb, "兹证明", 15, Color.DARK_GRAY, Element.ALIGN_CENTER, w / 2, h - 236);
            text(cb, c.personName(), 30, Color.BLACK, Element.ALIGN_CENTER, w / 2, h - 278);
            String period = c.periodStart() == null ? "" : "于 " + DATE.format(c.periodStart()) + " 至 " + DATE.format(c.periodEnd()) + " ";
            String cohort = c.cohortName() == null ? "" : "（" + c.cohortName() + "）";
            text(cb, period + "参加" + branding.organisation() + branding.programme() + cohort + "，", 14, Color.DARK_GRAY,
                    Element.ALIGN_CENTER, w / 2, h - 318);
            text(cb, "经理论考试、实操考核和态度评定，综合考核合格，特发此证。", 14, Color.DARK_GRAY, Element.ALIGN_CENTER, w / 2, h - 342);
            text(cb, "理论 " + c.theory() + " 分　　实操 " + c.practical() + " 分　　态度 " + c.attitude() + " 分　　综合 "
                    + c.overall() + " 分", 14, branding.primary(), Element.ALIGN_CENTER, w / 2, h - 384);
            text(cb, branding.signatory(), 12, Color.DARK_GRAY, Element.ALIGN_LEFT, 80, 118);
            text(cb, "发证日期：" + DATE.format(c.issuedAt().atZone(CHINA)), 12, Color.DARK_GRAY, Element.ALIGN_LEFT, 80, 96);
            if (c.expiresAt() != null) {
                text(cb, "有效期至：" + DATE.format(c.expiresAt().atZone(CHINA)), 12, Color.DARK_GRAY, Element.ALIGN_LEFT, 80, 76);
            }
            qr(cb, c.verifyUrl(), w - 170, 70, 100);
            text(cb, "证书编号 " + grouped(c.code()), 10, Color.DARK_GRAY, Element.ALIGN_CENTER, w - 120, 56);
            text(cb, "扫码验证真伪", 9, Color.GRAY, Element.ALIGN_CENTER, w - 120, 42);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "ABCD-EFGH-JKLM": the code as people read it aloud. */
    static String grouped(String code) {
        return code.replaceAll("(.{4})(?=.)", "$1-");
    }

    private void frame(PdfContentByte cb, float w, float h) {
        cb.saveState();
        cb.setColorStroke(branding.primary());
        cb.setLineWidth(6);
        cb.rectangle(22, 22, w - 44, h - 44);
        cb.stroke();
        cb.setColorStroke(branding.accent());
        cb.setLineWidth(1.5f);
        cb.rectangle(34, 34, w - 68, h - 68);
        cb.stroke();
        cb.restoreState();
    }

    /** The organisation's logo.png if it has one, else the house mark drawn in its colours. */
    private void logo(PdfContentByte cb, float x, float y) throws IOException {
        if (branding.logoPng().isPresent()) {
            Image img = Image.getInstance(branding.logoPng().get());
            img.scaleToFit(52, 52);
            img.setAbsolutePosition(x, y);
            cb.addImage(img);
            return;
        }
        cb.saveState();
        cb.setColorFill(branding.primary());
        cb.roundRectangle(x, y, 52, 52, 11);
        cb.fill();
        cb.setColorStroke(Color.WHITE);
        cb.setLineWidth(3.2f);
        cb.moveTo(x + 11, y + 27.6f);
        cb.lineTo(x + 26, y + 39);
        cb.lineTo(x + 41, y + 27.6f);
        cb.lineTo(x + 41, y + 13);
        cb.lineTo(x + 11, y + 13);
        cb.closePath();
        cb.stroke();
        cb.setColorFill(branding.accent());
        cb.circle(x + 26, y + 22.8f, 4.9f);
        cb.fill();
        cb.restoreState();
    }

    private void qr(PdfContentByte cb, String url, float x, float y, float size) throws IOException {
        QrCodes.Pixels px = QrCodes.encode(url);
        Image img = Image.getInstance(px.width(), px.width(), 1, 8, px.grey());
        img.scaleAbsolute(size, size);
        img.setAbsolutePosition(x, y);
        cb.addImage(img);
    }

    private static void text(PdfContentByte cb, String text, float size, Color colour, int align, float x, float y) {
        Font f = new Font(baseFont(), size, Font.NORMAL, colour);
        ColumnText.showTextAligned(cb, align, new Phrase(text, f), x, y, 0);
    }

    /** The shared embedded font (see {@link PdfFonts}). */
    static BaseFont baseFont() {
        return PdfFonts.notoSansSc();
    }
}
