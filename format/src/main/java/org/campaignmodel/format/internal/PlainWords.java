package org.campaignmodel.format.internal;

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
public final class PlainWords {
    private record Rule(Pattern pattern, String code, Function<Matcher, String> words) {}

    public static final String NOT_JSON = "This is not valid JSON: ";

    // The limits' words, for the parser's findings and for the module's own checks alike.

    public static String tooDeep(Object limit) {
        return "The document nests objects and lists more than " + limit + " deep, the limit for untrusted input.";
    }

    public static String numberTooLong(Object limit) {
        return "This number is longer than " + limit + " characters, the limit for untrusted input.";
    }

    public static String documentTooLong(Object limit) {
        return "The document is longer than " + limit + " characters, the limit for untrusted input.";
    }

    private static final List<Rule> RULES = List.of(
            rule(
                    "Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    "json.limit.depth",
                    m -> tooDeep(m.group(1))),
            rule(
                    "Number value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    "json.limit.number",
                    m -> numberTooLong(m.group(1))),
            rule(
                    "String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    "json.limit.string",
                    m -> "This string is longer than " + m.group(1) + " characters, the limit for untrusted input."),
            rule(
                    "Document length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    "json.limit.length",
                    m -> documentTooLong(m.group(1))),
            rule(
                    ".* exceeds the maximum allowed \\((\\d+).*",
                    "json.limit",
                    m -> "The document is over a limit for untrusted input (" + m.group(1) + ")."),
            rule(
                    "Trailing token.*",
                    "json.trailing_content",
                    m -> "There is more content after the document; send one JSON value."),
            rule(
                    "Duplicate Object property \"(.*)\".*",
                    "json.duplicate_property",
                    m -> "Property \"" + m.group(1) + "\" appears twice; keep one."),
            rule(
                    "No content to map due to end-of-input.*",
                    "json.empty",
                    m -> "The document is empty; send one JSON value."),
            rule(
                    "Unexpected end-of-input.*",
                    "json.syntax",
                    m -> NOT_JSON
                            + "the document ends too soon; something is missing, such as a closing quote, } or ]."),
            rule(
                    "Unrecognized token '(.*)': was expecting.*",
                    "json.syntax",
                    m -> NOT_JSON + "'" + m.group(1)
                            + "' is not a value; write text in double quotes, or a number, true, false, an object or a list."),
            rule(
                    "Non-standard token '(.*)'.*",
                    "json.syntax",
                    m -> NOT_JSON + "'" + m.group(1)
                            + "' is not a number JSON allows; write a number, or leave the property out."),
            rule(
                    "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    "json.syntax",
                    m -> NOT_JSON
                            + "a control character (U+"
                            + String.format(Locale.ROOT, "%04X", Integer.parseInt(m.group(1)))
                            + ") stands unescaped in a string; write a line break as \\n and a tab as \\t."),
            rule(
                    "Unexpected close marker '(.)': expected '(.)'.*",
                    "json.syntax",
                    m -> NOT_JSON + "'" + m.group(1) + "' closes what '" + m.group(2) + "' should close."),
            rule(
                    "Unexpected close marker '(.)': no open .*",
                    "json.syntax",
                    m -> NOT_JSON + "'" + m.group(1) + "' closes nothing that is open."),
            rule(
                    "Unexpected character \\('([}\\]])' \\(code \\d+\\)\\): was expecting double-quote to start (?:property|field) name.*",
                    "json.syntax",
                    m -> NOT_JSON + "a comma before '" + m.group(1)
                            + "' is followed by nothing; remove the comma or add what should follow it."),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote to start (?:property|field) name.*",
                    "json.syntax",
                    m -> NOT_JSON + "property names are written in double quotes; found '" + m.group(1) + "'."),
            rule(
                    "Invalid numeric value: Leading zeroes not allowed.*",
                    "json.syntax",
                    m -> NOT_JSON + "a number does not start with 0 (write 1, not 01)."),
            // a dot after a number: Jackson 3 says "more than one decimal point", Jackson 2 what it
            // expected next; both bindings say it alike
            rule(
                    "Unexpected character \\('\\.' \\(code 46\\)\\)(?: in numeric value: Cannot parse number with more"
                            + " than one decimal point|: was expecting comma to separate .*|: Expected space separating"
                            + " root-level values).*",
                    "json.syntax",
                    m -> NOT_JSON + "'.' is not allowed here: a number has one decimal point at most, and a comma, }"
                            + " or ] comes after it."),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\) in numeric value.*",
                    "json.syntax",
                    m -> NOT_JSON + "this number stops at '" + m.group(1) + "' where a digit should follow."),
            rule(
                    "Unrecognized character escape '(.)'.*",
                    "json.syntax",
                    m -> NOT_JSON + "'\\" + m.group(1) + "' is not an escape JSON knows; write a backslash as \\\\."),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a hex-digit.*",
                    "json.syntax",
                    m -> NOT_JSON + "a \\u escape needs four hexadecimal digits; found '" + m.group(1) + "'."),
            rule("Invalid UTF-8.*", "json.syntax", m -> NOT_JSON + "the document is not valid UTF-8 text."),

            rule(
                    "Unexpected character \\('(.)' \\(code [^)]*\\)\\): was expecting a colon to separate (?:property|field) name and value.*",
                    "json.syntax",
                    m -> NOT_JSON + "a colon should follow the property name, not '" + m.group(1) + "'."),
            rule(
                    "Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space .*",
                    "json.syntax",
                    m -> NOT_JSON + "a control character (U+"
                            + String.format(Locale.ROOT, "%04X", Integer.parseInt(m.group(1)))
                            + ") stands between values, where only spaces, tabs and line breaks may."),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\).*",
                    "json.syntax",
                    m -> NOT_JSON + "'" + m.group(1) + "' is not allowed here."));

    private PlainWords() {}

    private static Rule rule(String regex, String code, Function<Matcher, String> words) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), code, words);
    }

    /**
     * Describes one of Jackson's parser or mapper messages in plain words.
     *
     * @param original the message without its location
     * @return the description, a whole sentence
     */
    public static String describe(String original) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(original);
            if (m.matches()) {
                return rule.words().apply(m);
            }
        }
        return NOT_JSON + withoutInternals(original);
    }

    /**
     * Tells what kind of problem one of Jackson's parser or mapper messages describes.
     *
     * @param original the message without its location
     * @return a problem code, such as {@code json.syntax} or {@code json.limit.depth}
     */
    public static String code(String original) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(original).matches()) {
                return rule.code();
            }
        }
        return "json.syntax";
    }

    /** Jackson's own words without what only a Java developer could read. */
    public static String withoutInternals(String original) {
        String text = original.replaceAll(
                        "\\s*\\(?(start marker at |for [A-Za-z]+ starting at )?\\[Source:[^]]*]\\)?", "")
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("`[^`]*`", "it")
                // Jackson 2 says "field" where Jackson 3 says "property"; both bindings say it alike
                .replace("field name", "property name")
                .replaceAll("\\s+", " ")
                .strip();
        return text.endsWith(".") ? text : text + ".";
    }
}
