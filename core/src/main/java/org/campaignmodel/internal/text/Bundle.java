package org.campaignmodel.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * One bundle of messages in English and Spanish, read once from the resources beside a class: {@code
 * Name.properties} and {@code Name_es.properties}. A key missing in Spanish falls back to English.
 */
public final class Bundle {
    private final String name;
    private final Properties english;
    private final Properties spanish;

    private Bundle(String name, Properties english, Properties spanish) {
        this.name = name;
        this.english = english;
        this.spanish = spanish;
    }

    /**
     * Reads a bundle.
     *
     * @param anchor a class in the package that holds the files, read from its own module
     * @param name the files' name without the language or {@code .properties}
     * @return the bundle
     */
    public static Bundle load(Class<?> anchor, String name) {
        return new Bundle(name, read(anchor, name + ".properties"), read(anchor, name + "_es.properties"));
    }

    private static Properties read(Class<?> anchor, String file) {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(anchor.getResourceAsStream(file), "missing resource " + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * Returns the pattern of a key in a language: Spanish for {@code es}, otherwise English.
     *
     * @param key the key
     * @param locale the language
     * @return the pattern, with {@code {0}}, {@code {1}}, ... for the values
     * @throws IllegalArgumentException if the bundle has no such key in English
     */
    public String pattern(String key, Locale locale) {
        String englishPattern = english.getProperty(key);
        if (englishPattern == null) {
            throw new IllegalArgumentException("No message " + key + " in " + name);
        }
        return "es".equals(locale.getLanguage()) ? spanish.getProperty(key, englishPattern) : englishPattern;
    }

    /** {@return the keys the English bundle has} */
    public Set<String> keys() {
        return english.stringPropertyNames();
    }

    /** {@return the keys the Spanish bundle has} */
    public Set<String> spanishKeys() {
        return spanish.stringPropertyNames();
    }
}
