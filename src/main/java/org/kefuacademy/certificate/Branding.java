package org.kefuacademy.certificate;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The organisation's branding for certificates, read from {@code themes/default/certificate.properties}
 * (served from the classpath like the rest of the theme), with an optional {@code logo.png} beside it.
 */
public record Branding(String organisation, String organisationEn, String programme, String signatory, Color primary,
                       Color accent, Optional<byte[]> logoPng) {
    private static final String THEME = "META-INF/resources/themes/default/";

    public static Branding load() {
        Properties p = new Properties();
        try (InputStream in = Branding.class.getClassLoader().getResourceAsStream(THEME + "certificate.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            byte[] logo = null;
            try (InputStream l = Branding.class.getClassLoader().getResourceAsStream(THEME + "logo.png")) {
                if (l != null) {
                    logo = l.readAllBytes();
                }
            }
            return new Branding(p.getProperty("organisation", "客服学院"), p.getProperty("organisation-en", "Kefu Academy"),
                    p.getProperty("programme", "物业客服入职培训"), p.getProperty("signatory", ""),
                    Color.decode(p.getProperty("colour-primary", "#0b6e4f")), Color.decode(p.getProperty("colour-accent", "#f2a541")),
                    Optional.ofNullable(logo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
