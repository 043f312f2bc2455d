package org.kefuacademy.perf.jmh;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.kefuacademy.certificate.Branding;
import org.kefuacademy.certificate.CertificateData;
import org.kefuacademy.certificate.CertificatePdf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One certificate PDF, warm: the shipped branding (theme colours and logo), Noto Sans SC embedded as a
 * subset, the QR code to the verification page. Same set-up as {@code scripts/bench-certificates.sh}: one
 * {@link CertificatePdf} kept (as the application's bean is), names cycling through common and rare characters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CertificateBenchmark {
    private static final String[] NAMES = {"李晓雯", "陈浩", "周婷", "欧阳晨曦", "王喆堃", "张鑫垚"};

    private CertificatePdf pdf;
    private int next;

    @Setup
    public void load() {
        pdf = new CertificatePdf(Branding.load());
        pdf.render(sample(0));
    }

    static CertificateData sample(int i) {
        String code = String.format("K7QM2X9P%04d", i % 10000).replace('0', 'Z').replace('1', 'Y');
        return new CertificateData(code, NAMES[i % NAMES.length], "2026年11月2日开班 新员工入职培训", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 26), 80 + i % 20, 75 + i % 25, 85 + i % 15, 82 + i % 18,
                Instant.parse("2026-11-27T02:00:00Z"), Instant.parse("2027-11-27T02:00:00Z"),
                "https://training.anju.example/verify/" + code);
    }

    @Benchmark
    public byte[] renderCertificate() {
        return pdf.render(sample(next++));
    }
}
