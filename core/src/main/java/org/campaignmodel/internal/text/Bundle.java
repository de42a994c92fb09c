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
import org.jspecify.annotations.Nullable;

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

    /** Opens a resource of the module that holds a bundle; only that module can, on the module path. */
    @FunctionalInterface
    public interface Resources {
        /**
         * Opens one file.
         *
         * @param file the file's name, beside the bundle's class
         * @return the stream, or null if there is no such file
         */
        @Nullable
        InputStream open(String file);
    }

    /**
     * Reads a bundle.
     *
     * @param resources opens the files, as {@code name -> MyClass.class.getResourceAsStream(name)}
     * @param name the files' name without the language or {@code .properties}
     * @return the bundle
     */
    public static Bundle load(Resources resources, String name) {
        return new Bundle(name, read(resources, name + ".properties"), read(resources, name + "_es.properties"));
    }

    private static Properties read(Resources resources, String file) {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(resources.open(file), "missing resource " + file)) {
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
