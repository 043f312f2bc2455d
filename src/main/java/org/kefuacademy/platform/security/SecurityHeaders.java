package org.kefuacademy.platform.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers every response carries (docs/SECURITY.md, "Security headers").
 * Vaadin Flow's client engine starts from an inline script and runs the JavaScript the server
 * sends ({@code executeJs}, event data expressions) by constructing functions, and its components
 * set inline styles: so scripts need {@code 'unsafe-inline' 'unsafe-eval'} and styles
 * {@code 'unsafe-inline'} (Vaadin's documented minimum; the nonce-only "strict CSP" works in
 * production mode only and forbids executeJs, which charts and the role-play's speech use).
 * Everything else is locked to our own origin: no framing, no plugins, no foreign forms.
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The role-play speaks through the browser's speech synthesis, which needs no permission. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()",
            "serial=()", "display-capture=()");

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        // Vaadin pages are answered through a servlet forward, which commits the response behind the
        // filter's back: lazily written headers would never be sent. Write them before the chain runs.
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
    }
}
