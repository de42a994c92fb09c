package org.campaignmodel.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The validation messages in English and Spanish, read once from this module's resources. Templates
 * are filled in from the constraint's attributes only ({@code {max}}); nothing is ever evaluated, so
 * user text cannot act as an expression.
 */
final class Messages {
    private static final Properties ENGLISH = load("ValidationMessages.properties");
    private static final Properties SPANISH = load("ValidationMessages_es.properties");

    private Messages() {}

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(
                Messages.class.getResourceAsStream(name), "missing resource org/campaignmodel/validation/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** True if the template is one of ours, as in {@code {campaign.text.blank}}. */
    static boolean isOurs(String template) {
        return template.startsWith("{campaign.") && template.endsWith("}") && ENGLISH.containsKey(key(template));
    }

    static String code(String template) {
        return key(template).substring("campaign.".length());
    }

    private static String key(String template) {
        return template.substring(1, template.length() - 1);
    }

    /** Renders one of our templates in the locale (Spanish for {@code es}, else English). */
    static String render(String template, Locale locale, Map<String, Object> attributes) {
        Properties bundle = locale.getLanguage().equals("es") ? SPANISH : ENGLISH;
        String text = bundle.getProperty(key(template), ENGLISH.getProperty(key(template), template));
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            Object value = attributes.get(text.substring(open + 1, close));
            out.append(text, i, open).append(value != null ? String.valueOf(value) : text.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }
}
