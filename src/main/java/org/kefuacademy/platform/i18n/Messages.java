package org.kefuacademy.platform.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-visible text comes from {@code i18n/messages*.properties}: the base bundle is Simplified
 * Chinese (the default), {@code messages_en} is English. The JVM's own locale never decides the
 * fallback, so a server started in English still serves Chinese by default. Every message is a
 * {@link MessageFormat} pattern, with or without arguments, so an apostrophe is always written {@code ''}.
 */
@Component
public class Messages implements I18NProvider {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing message key '{}' for {}", key, locale);
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to the one asked for: English for any English, else Chinese. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    static ResourceBundle bundle(Locale locale) {
        Locale target = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, target.equals(CHINESE) ? Locale.ROOT : target, NO_FALLBACK);
    }
}
