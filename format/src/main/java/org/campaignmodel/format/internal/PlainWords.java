package org.campaignmodel.format.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignmodel.internal.text.Words;

/**
 * Says what Jackson's parser found in words for the person who wrote the document: no class,
 * feature or method names, no {@code [Source: ...]} and no token types. Limits get the same words
 * the module uses when it holds them itself, so that a framework's mapper and the facade say the
 * same thing. Anything not recognized keeps Jackson's description, with its internals cut out.
 */
public final class PlainWords {
    private record Rule(Pattern pattern, String code, Function<Matcher, Words> words) {}

    // The limits' words, for the parser's findings and for the module's own checks alike.

    /**
     * Says that the document nests too deep.
     *
     * @param limit the limit
     * @return the words
     */
    public static Words tooDeep(Object limit) {
        return Say.words("limit.depth", limit);
    }

    /**
     * Says that a number is too long.
     *
     * @param limit the limit
     * @return the words
     */
    public static Words numberTooLong(Object limit) {
        return Say.words("limit.number", limit);
    }

    /**
     * Says that the document is too long.
     *
     * @param limit the limit
     * @return the words
     */
    public static Words documentTooLong(Object limit) {
        return Say.words("limit.length", limit);
    }

    private static Words syntax(String key, Object... values) {
        return Say.words("syntax", Say.words(key, values));
    }

    private static String hex(String code) {
        return String.format(Locale.ROOT, "%04X", Integer.parseInt(code));
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
                    m -> Say.words("limit.string.parser", m.group(1))),
            rule(
                    "Document length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    "json.limit.length",
                    m -> documentTooLong(m.group(1))),
            rule(".* exceeds the maximum allowed \\((\\d+).*", "json.limit", m -> Say.words("limit.other", m.group(1))),
            rule("Trailing token.*", "json.trailing_content", m -> Say.words("trailing")),
            rule(
                    "Duplicate Object property \"(.*)\".*",
                    "json.duplicate_property",
                    m -> Say.words("duplicate", m.group(1))),
            rule("No content to map due to end-of-input.*", "json.empty", m -> Say.words("empty")),
            rule("Unexpected end-of-input.*", "json.syntax", m -> syntax("syntax.ends_too_soon")),
            rule(
                    "Unrecognized token '(.*)': was expecting.*",
                    "json.syntax",
                    m -> syntax("syntax.not_a_value", m.group(1))),
            rule("Non-standard token '(.*)'.*", "json.syntax", m -> syntax("syntax.non_standard", m.group(1))),
            rule(
                    "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    "json.syntax",
                    m -> syntax("syntax.control_in_string", hex(m.group(1)))),
            rule(
                    "Unexpected close marker '(.)': expected '(.)'.*",
                    "json.syntax",
                    m -> syntax("syntax.close_mismatch", m.group(1), m.group(2))),
            rule(
                    "Unexpected close marker '(.)': no open .*",
                    "json.syntax",
                    m -> syntax("syntax.close_nothing", m.group(1))),
            rule(
                    "Unexpected character \\('([}\\]])' \\(code \\d+\\)\\): was expecting double-quote to start"
                            + " (?:property|field) name.*",
                    "json.syntax",
                    m -> syntax("syntax.trailing_comma", m.group(1))),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote to start"
                            + " (?:property|field) name.*",
                    "json.syntax",
                    m -> syntax("syntax.unquoted_name", m.group(1))),
            rule(
                    "Invalid numeric value: Leading zeroes not allowed.*",
                    "json.syntax",
                    m -> syntax("syntax.leading_zero")),
            // a dot after a number: Jackson 3 says "more than one decimal point", Jackson 2 what it
            // expected next; both bindings say it alike
            rule(
                    "Unexpected character \\('\\.' \\(code 46\\)\\)(?: in numeric value: Cannot parse number with more"
                            + " than one decimal point|: was expecting comma to separate .*|: Expected space separating"
                            + " root-level values).*",
                    "json.syntax",
                    m -> syntax("syntax.second_point")),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\) in numeric value.*",
                    "json.syntax",
                    m -> syntax("syntax.number_stops", m.group(1))),
            rule("Unrecognized character escape '(.)'.*", "json.syntax", m -> syntax("syntax.bad_escape", m.group(1))),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a hex-digit.*",
                    "json.syntax",
                    m -> syntax("syntax.hex_escape", m.group(1))),
            rule("Invalid UTF-8.*", "json.syntax", m -> syntax("syntax.utf8")),
            rule(
                    "Unexpected character \\('(.)' \\(code [^)]*\\)\\): was expecting a colon to separate"
                            + " (?:property|field) name and value.*",
                    "json.syntax",
                    m -> syntax("syntax.colon", m.group(1))),
            rule(
                    "Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space .*",
                    "json.syntax",
                    m -> syntax("syntax.control_between", hex(m.group(1)))),
            rule(
                    "Unexpected character \\('(.)' \\(code \\d+\\)\\).*",
                    "json.syntax",
                    m -> syntax("syntax.not_allowed", m.group(1))));

    private PlainWords() {}

    private static Rule rule(String regex, String code, Function<Matcher, Words> words) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), code, words);
    }

    /**
     * Describes one of Jackson's parser or mapper messages in plain words.
     *
     * @param original the message without its location
     * @return the description, a whole sentence
     */
    public static String describe(String original) {
        return words(original).english();
    }

    /**
     * Describes one of Jackson's parser or mapper messages in words either language can say. What
     * no rule knows keeps Jackson's own words, in English, with its internals cut out.
     *
     * @param original the message without its location
     * @return the description
     */
    public static Words words(String original) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(original);
            if (m.matches()) {
                return rule.words().apply(m);
            }
        }
        return syntax("syntax.other", withoutInternals(original));
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
