package org.campaignmodel.json;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what Jackson's parser found in words for the person who wrote the document: no class,
 * feature or method names, no {@code [Source: ...]} and no token types. Limits get the same words
 * the module uses when it holds them itself, so that a framework's mapper and the facade say the
 * same thing. Anything not recognized keeps Jackson's description, with its internals cut out.
 */
final class PlainWords {
    private record Rule(Pattern pattern, Function<Matcher, String> words) {}

    static final String NOT_JSON = "This is not valid JSON: ";

    // The limits' words, for the parser's findings and for the module's own checks alike.

    static String tooDeep(Object limit) {
        return "The document nests objects and lists more than " + limit + " deep, the limit for untrusted input.";
    }

    static String numberTooLong(Object limit) {
        return "This number is longer than " + limit + " characters, the limit for untrusted input.";
    }

    static String documentTooLong(Object limit) {
        return "The document is longer than " + limit + " characters, the limit for untrusted input.";
    }

    private static final List<Rule> RULES = List.of(
            rule("Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*", m -> tooDeep(m.group(1))),
            rule(
                    "Number value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    m -> numberTooLong(m.group(1))),
            rule(
                    "String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    m -> "This string is longer than " + m.group(1) + " characters, the limit for untrusted input."),
            rule(
                    "Document length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    m -> documentTooLong(m.group(1))),
            rule(
                    ".* exceeds the maximum allowed \\((\\d+).*",
                    m -> "The document is over a limit for untrusted input (" + m.group(1) + ")."),
            rule("Trailing token.*", m -> "There is more content after the document; send one JSON value."),
            rule(
                    "Duplicate Object property \"(.*)\".*",
                    m -> "Property \"" + m.group(1) + "\" appears twice; keep one."),
            rule("No content to map due to end-of-input.*", m -> "The document is empty; send one JSON value."),
            rule(
                    "Unexpected end-of-input.*",
                    m -> NOT_JSON
                            + "the document ends too soon; something is missing, such as a closing quote, } or ]."),
            rule(
                    "Unrecognized token '(.*)': was expecting.*",
                    m -> NOT_JSON + "'" + m.group(1)
                            + "' is not a value; write text in double quotes, or a number, true, false, an object or a list."),
            rule(
                    "Non-standard token '(.*)'.*",
                    m -> NOT_JSON + "'" + m.group(1)
                            + "' is not a number JSON allows; write a number, or leave the property out."),
            rule(
                    "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> NOT_JSON
                            + "a control character (U+"
                            + String.format(Locale.ROOT, "%04X", Integer.parseInt(m.group(1)))
                            + ") stands unescaped in a string; write a line break as \\n and a tab as \\t."),
            rule(
                    "Unexpected close marker '(.)': expected '(.)'.*",
                    m -> NOT_JSON + "'" + m.group(1) + "' closes what '" + m.group(2) + "' should close."),
            rule(
                    "Unexpected close marker '(.)': no open .*",
                    m -> NOT_JSON + "'" + m.group(1) + "' closes nothing that is open."),
            rule(
                    "Unexpected character \\('([}\\]])' \\(code \\d+\\)\\): was expecting double-quote to start property name.*",
                    m -> NOT_JSON + "a comma before '" + m.group(1)
                            + "' is followed by nothing; remove the comma or add what should follow it."),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote to start property name.*",
                    m -> NOT_JSON + "property names are written in double quotes; found '" + m.group(1) + "'."),
            rule(
                    "Invalid numeric value: Leading zeroes not allowed.*",
                    m -> NOT_JSON + "a number does not start with 0 (write 1, not 01)."),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\) in numeric value.*",
                    m -> NOT_JSON + "this number stops at '" + m.group(1) + "' where a digit should follow."),
            rule(
                    "Unrecognized character escape '(.)'.*",
                    m -> NOT_JSON + "'\\" + m.group(1) + "' is not an escape JSON knows; write a backslash as \\\\."),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a hex-digit.*",
                    m -> NOT_JSON + "a \\u escape needs four hexadecimal digits; found '" + m.group(1) + "'."),
            rule("Invalid UTF-8.*", m -> NOT_JSON + "the document is not valid UTF-8 text."),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\).*",
                    m -> NOT_JSON + "'" + m.group(1) + "' is not allowed here."));

    private PlainWords() {}

    private static Rule rule(String regex, Function<Matcher, String> words) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), words);
    }

    /**
     * Describes one of Jackson's parser or mapper messages in plain words.
     *
     * @param original the message without its location
     * @return the description, a whole sentence
     */
    static String describe(String original) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(original);
            if (m.matches()) {
                return rule.words().apply(m);
            }
        }
        return NOT_JSON + withoutInternals(original);
    }

    /** Jackson's own words without what only a Java developer could read. */
    static String withoutInternals(String original) {
        String text = original.replaceAll(
                        "\\s*\\(?(start marker at |for [A-Za-z]+ starting at )?\\[Source:[^]]*]\\)?", "")
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("`[^`]*`", "it")
                .replaceAll("\\s+", " ")
                .strip();
        return text.endsWith(".") ? text : text + ".";
    }
}
