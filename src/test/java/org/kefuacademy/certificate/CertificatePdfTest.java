package org.kefuacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The certificate PDF read back: the Chinese text, the result and code, the QR code, the embedded subset font, the size. */
class CertificatePdfTest {
    static final CertificateData SAMPLE = new CertificateData("K7QM2X9PLC4T", "李晓雯", "2026年11月批",
            LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 26), 88, 84, 90, 87,
            Instant.parse("2026-11-27T02:00:00Z"), Instant.parse("2027-11-27T02:00:00Z"),
            "http://localhost:8080/verify/K7QM2X9PLC4T");

    private static byte[] render() {
        return new CertificatePdf(Branding.load()).render(SAMPLE);
    }

    @Test
    void the_text_of_the_pdf_has_the_name_the_result_and_the_code() throws Exception {
        byte[] pdf = render();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "sample-certificate.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("李晓雯").contains("结 业 证 书").contains("综合 87 分").contains("理论 88 分")
                .contains("K7QM-2X9P-LC4T").contains("2026年11月批").contains("有效期至：2027年11月27日");
    }

    @Test
    void the_font_is_embedded_as_a_subset_and_the_file_is_small() throws Exception {
        byte[] pdf = render();
        assertThat(pdf.length).as("bytes").isLessThan(150 * 1024);
        PdfReader reader = new PdfReader(pdf);
        boolean embeddedSubset = false;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                String name = String.valueOf(d.get(PdfName.FONTNAME));
                embeddedSubset |= name.matches("/[A-Z]{6}\\+NotoSansSC.*") && d.get(PdfName.FONTFILE2) != null;
            }
        }
        assertThat(embeddedSubset).isTrue();
    }

    @Test
    void the_qr_code_decodes_to_the_verification_url() throws Exception {
        assertThat(QrInPdf.decode(new PdfReader(render()))).isEqualTo("http://localhost:8080/verify/K7QM2X9PLC4T");
    }
}
