package org.kefuacademy.certificate;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Prints certificate rendering figures: cold first render, warm average and percentiles, size, and a
 * bulk run of 200 certificates into one ZIP. Run with {@code scripts/bench-certificates.sh}; figures are
 * recorded in {@code docs/benchmarks.md}. Not a test: timings belong here, not in assertions.
 */
public final class CertificateBenchmark {
    private CertificateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int bulk = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        CertificatePdf pdf = new CertificatePdf(Branding.load());
        long t0 = System.nanoTime();
        byte[] first = pdf.render(sample(0));
        long cold = System.nanoTime() - t0;
        for (int i = 0; i < 50; i++) {
            pdf.render(sample(i));
        }
        long[] times = new long[warm];
        long bytes = 0;
        for (int i = 0; i < warm; i++) {
            long s = System.nanoTime();
            bytes += pdf.render(sample(i)).length;
            times[i] = System.nanoTime() - s;
        }
        java.util.Arrays.sort(times);
        double mean = java.util.Arrays.stream(times).average().orElse(0) / 1e6;
        System.out.printf("cold first render: %.0f ms (font loaded once), %d bytes%n", cold / 1e6, first.length);
        System.out.printf("warm render (%d): mean %.1f ms, median %.1f ms, p95 %.1f ms, mean size %.1f KB%n", warm, mean,
                times[warm / 2] / 1e6, times[(int) (warm * 0.95)] / 1e6, bytes / (double) warm / 1024);
        long b0 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < bulk; i++) {
                zip.putNextEntry(new ZipEntry("cert-" + i + ".pdf"));
                zip.write(pdf.render(sample(i)));
                zip.closeEntry();
            }
        }
        System.out.printf("bulk: %d certificates rendered into one ZIP in %.2f s (%.1f MB)%n", bulk, (System.nanoTime() - b0) / 1e9,
                out.size() / 1024.0 / 1024.0);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after the run: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0);
    }

    private static CertificateData sample(int i) {
        String[] names = {"李晓雯", "陈浩", "周婷", "欧阳晨曦", "王喆堃", "张鑫垚"};
        String code = String.format("K7QM2X9P%04d", i % 10000).replace('0', 'Z').replace('1', 'Y');
        return new CertificateData(code, names[i % names.length], "2026年11月2日开班 新员工入职培训", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 26), 80 + i % 20, 75 + i % 25, 85 + i % 15, 82 + i % 18, Instant.parse("2026-11-27T02:00:00Z"),
                Instant.parse("2027-11-27T02:00:00Z"), "https://training.anju.example/verify/" + code);
    }
}
