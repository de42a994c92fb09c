package org.campaignmodel.format.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.campaignmodel.Code;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.FuzzyDateFormatException;
import org.campaignmodel.format.Limits;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;
import org.campaignmodel.internal.meta.ModelTypes.UnionType;
import org.campaignmodel.internal.text.Localized;
import org.campaignmodel.internal.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * One document being read: the limits, the problems found so far, and the helpers the generated
 * readers ({@link ModelReaders}) call for every value. Each helper is called with the value's first
 * token current and returns with its last token current, having read the value or reported why not,
 * so that reading can go on after a problem when problems are collected. In strict reading the first
 * problem is thrown.
 */
public final class Reading {
    /** The object is a whole document. */
    public static final int ROOT = 1;
    /** The object is a member of a union, which may carry {@code type}. */
    public static final int UNION = 2;
    /** The union member's {@code type} has been read. */
    public static final int TYPE_SEEN = 4;
    /** The document's {@code schemaVersion} has been read. */
    public static final int VERSION_SEEN = 8;
    /** A required value could not be read: the object cannot be built. */
    public static final int BROKEN = 16;

    /** What a whole-number helper returns when it reported a problem. */
    public static final long NO_INT = Long.MIN_VALUE;

    /** The most problems one report collects. */
    public static final int MAX_PROBLEMS = 100;

    private static final int MAX_DIGITS = 100;
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    /** Zones by their place name alone ("Los_Angeles"), for a hint when only the place was written. */
    private static final Map<String, String> PLACES = places();

    private static final Pattern OFFSET_AT_END = Pattern.compile("(Z|[+-]\\d{2}:?\\d{2})$");

    private final Limits limits;
    // the limits checked for every value, kept as plain fields for the hot path
    private final int maxStringLength;
    private final int maxListLength;
    private final boolean collect;
    private final List<ReadProblem> problems = new ArrayList<>();
    private final List<ReadProblem> notices = new ArrayList<>();
    private boolean shifted;
    private boolean truncated;
    // the document's declared minor version, and the first property it uses of the newest version
    // it uses: they are compared when the document ends, as schemaVersion may come last
    private int declaredMinor = -1;
    private int usedMinor;
    private @Nullable String newerName;
    private String newerModel = "";
    private String newerPointer = "";
    private int newerLine;
    private int newerColumn;
    // the parties the document defines once (format 1.1), by id; null until its "parties" is read
    private @Nullable Map<String, Object> parties;
    private int partiesState = PARTIES_NONE;
    // tolerant reading: a document of a newer minor version is read, and its unknown properties kept
    private final boolean tolerant;
    private @Nullable String declaredVersion;
    private final List<Kept> kept = new ArrayList<>();

    private static final int PARTIES_NONE = 0;
    // read ahead of the rest of the document, so it is skipped where it stands
    private static final int PARTIES_READ_AHEAD = 1;
    private static final int PARTIES_DONE = 2;
    private static final Map<Class<?>, ModelReaders.ObjectReader> PARTY_READERS = ModelReaders.byType();

    /** Thrown when a collecting read has found as many problems as a report holds. */
    public static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full() {
            super("too many problems", null, false, false);
        }
    }

    /**
     * Starts reading one document.
     *
     * @param limits the limits on untrusted input
     * @param collect whether to collect problems and go on, rather than throw the first
     */
    public Reading(Limits limits, boolean collect) {
        this(limits, collect, false);
    }

    /**
     * Starts reading one document, tolerating a newer minor version of the format if asked.
     *
     * @param limits the limits on untrusted input
     * @param collect whether to collect problems and go on, rather than throw the first
     * @param tolerant whether a document of a newer 1.x version is read, its unknown properties kept
     */
    public Reading(Limits limits, boolean collect, boolean tolerant) {
        this.tolerant = tolerant;
        this.limits = limits;
        this.maxStringLength = limits.maxStringLength();
        this.maxListLength = limits.maxListLength();
        this.collect = collect;
    }

    /** {@return the problems collected, in the order found} */
    public List<ReadProblem> problems() {
        return problems;
    }

    /** {@return the notices: codes the library does not know that look like ones it does} */
    public List<ReadProblem> notices() {
        return notices;
    }

    /** {@return whether reading stopped because the report was full} */
    public boolean truncated() {
        return truncated;
    }

    /**
     * Tells whether a list item was left out, so that the positions of the items after it no longer
     * match the document's and validation of what was read would point at the wrong places.
     *
     * @return true when an item was left out
     */
    public boolean shifted() {
        return shifted;
    }

    /** {@return the limits} */
    public Limits limits() {
        return limits;
    }

    // ---------------------------------------------------------------------------------------------
    // Reporting

    /**
     * Adds a problem found by someone else, such as the parser, which ends the reading.
     *
     * @param problem the problem
     */
    public void add(ReadProblem problem) {
        problems.add(problem);
    }

    private void report(ReadProblem problem) {
        if (!collect) {
            throw problem;
        }
        problems.add(problem);
        if (problems.size() >= MAX_PROBLEMS) {
            truncated = true;
            throw new Full();
        }
    }

    /** A problem that ends the reading: a limit for untrusted input, a document of another version. */
    private ReadProblem fatal(ReadProblem problem) {
        if (collect) {
            problems.add(problem);
        }
        return problem;
    }

    private static ReadProblem problem(TokenReader r, String code, String pointer, Localized words) {
        return new ReadProblem(code, pointer, words, r.line(), r.column());
    }

    private void report(TokenReader r, String code, Localized words) {
        report(problem(r, code, r.pointer(), words));
    }

    private void reportAt(TokenReader r, String code, String pointer, Localized words) {
        report(problem(r, code, pointer, words));
    }

    /** Reports that a value has the wrong type and skips it. */
    private void mismatch(TokenReader r, String what, String expected) {
        report(r, "json.wrong_type", words("wrong_type", what, words(expected), Token.describe(r.current())));
        r.skipChildren();
    }

    // ---------------------------------------------------------------------------------------------
    // Objects and properties

    /**
     * Holds the depth and length limits here as well as in the parser: a mapper the application
     * built, with a binding's module added, has the parser's own, much higher defaults.
     *
     * @param r the reader
     */
    public void enter(TokenReader r) {
        if (!r.needsLimitChecks()) {
            return;
        }
        if (r.depth() > limits.maxDepth()) {
            throw fatal(problem(r, "json.limit.depth", r.pointer(), PlainWords.tooDeep(limits.maxDepth())));
        }
        if (r.offset() > limits.maxDocumentLength()) {
            throw fatal(problem(
                    r, "json.limit.length", r.pointer(), PlainWords.documentTooLong(limits.maxDocumentLength())));
        }
    }

    /**
     * Reports a property that appears a second time, and skips its value.
     *
     * @param r the reader, at the property's name
     * @param name the name
     * @param seen the properties read so far, one bit each
     * @param index the property's bit
     * @return true when it is a repeat
     */
    public boolean repeated(TokenReader r, String name, long seen, int index) {
        if ((seen & (1L << index)) == 0) {
            return false;
        }
        duplicate(r, name);
        return true;
    }

    private void duplicate(TokenReader r, String name) {
        report(r, "json.duplicate_property", words("duplicate", name));
        r.next();
        r.skipChildren();
    }

    /**
     * Moves to a property's value and refuses {@code null}.
     *
     * @param r the reader, at the property's name
     * @param name the name
     * @return false when the value is null, which is reported
     */
    public boolean value(TokenReader r, String name) {
        if (r.next() == Token.NULL) {
            report(r, "json.null", words("null", name));
            return false;
        }
        return true;
    }

    /**
     * Handles a name that is no property of the model type: the document's version, a union
     * member's type, or an unknown property, which is reported and skipped.
     *
     * @param r the reader, at the name
     * @param model the type being read
     * @param name the name
     * @param flags the object's flags
     * @return the flags, updated
     */
    public int other(TokenReader r, ModelType model, String name, int flags) {
        boolean root = (flags & ROOT) != 0;
        if (root && model.topLevel && Codec.VERSION_PROPERTY.equals(name) && (flags & VERSION_SEEN) == 0) {
            r.next();
            String version = string(r, Codec.VERSION_PROPERTY);
            if (version != null) {
                declaredVersion = version;
                declaredMinor = Codec.VERSIONS.indexOf(version);
                if (declaredMinor < 0 && tolerant) {
                    declaredMinor = newerMinor(version);
                }
                if (declaredMinor < 0) {
                    throw fatal(problem(
                            r,
                            "json.version.unsupported",
                            r.pointer(),
                            words("version.unsupported", version, Codec.VERSION)));
                }
            }
            return flags | VERSION_SEEN;
        }
        if (root && model.topLevel && ModelTypes.PARTIES_PROPERTY.equals(name)) {
            if (partiesState == PARTIES_READ_AHEAD) {
                partiesState = PARTIES_DONE;
                r.next();
                r.skipChildren();
            } else if (partiesState == PARTIES_DONE) {
                duplicate(r, name);
            } else {
                partiesState = PARTIES_DONE;
                readParties(r, model);
            }
            return flags;
        }
        if ((flags & UNION) != 0 && Codec.TYPE_PROPERTY.equals(name) && (flags & TYPE_SEEN) == 0) {
            r.next();
            r.skipChildren();
            return flags | TYPE_SEEN;
        }
        if (Codec.VERSION_PROPERTY.equals(name) || Codec.TYPE_PROPERTY.equals(name)) {
            boolean repeated =
                    Codec.VERSION_PROPERTY.equals(name) ? (flags & VERSION_SEEN) != 0 : (flags & TYPE_SEEN) != 0;
            if (repeated) {
                duplicate(r, name);
                return flags;
            }
            report(r, "json.misplaced", words("misplaced", name, model.name));
        } else {
            Set<String> known = new TreeSet<>(model.byName.keySet());
            if (root && model.topLevel) {
                known.add(Codec.VERSION_PROPERTY);
                known.add(ModelTypes.PARTIES_PROPERTY);
            }
            String closest = Suggestions.closest(name, known);
            ReadProblem unknown = problem(
                    r,
                    "json.unknown_property",
                    r.pointer(),
                    words("unknown_property", name, model.name, didYouMean(closest), String.join(", ", known)));
            if (tolerant) {
                // kept until the document's version is known: a newer version's, or a mistake
                String parent = r.containerPointer();
                r.next();
                JsonText.Writer raw = new JsonText.Writer();
                copyValue(r, raw);
                if (raw.length() > limits.maxExtensionLength()) {
                    throw fatal(problem(
                            r,
                            "json.limit.extension",
                            r.pointer(),
                            words("limit.extension", name, limits.maxExtensionLength())));
                }
                kept.add(new Kept(unknown, model.name, parent, name, raw.toString()));
                return flags;
            }
            report(unknown);
        }
        r.next();
        r.skipChildren();
        return flags;
    }

    /**
     * Notes that the document uses a property a later minor version added, so that a document that
     * says an older version is refused when it ends ({@link #finish}).
     *
     * @param r the reader, at the property's name
     * @param model the type being read
     * @param name the property
     * @param minor the minor version that added it
     */
    public void added(TokenReader r, ModelType model, String name, int minor) {
        added(r, model.name, name, minor);
    }

    private void added(TokenReader r, String modelName, String name, int minor) {
        if (minor <= usedMinor) {
            return;
        }
        usedMinor = minor;
        newerName = name;
        newerModel = modelName;
        newerPointer = r.pointer();
        newerLine = r.line();
        newerColumn = r.column();
    }

    /**
     * Finishes an object: the limits, the document's version and the required properties.
     *
     * @param r the reader, at the object's end
     * @param model the type being read
     * @param flags the object's flags
     * @param seen the properties read, one bit each
     * @param required the required properties, one bit each
     * @return true when the object can be built
     */
    public boolean finish(TokenReader r, ModelType model, int flags, long seen, long required) {
        enter(r);
        // At the end of the object the parser's context is the parent's, which points at this object.
        if ((flags & ROOT) != 0 && model.topLevel) {
            if (tolerant && !kept.isEmpty() && declaredMinor <= ModelTypes.NEWEST_MINOR) {
                // not a newer version's properties: unknown, as a strict reading says
                List<Kept> unknown = List.copyOf(kept);
                kept.clear();
                unknown.forEach(k -> report(k.problem));
            }
            if ((flags & VERSION_SEEN) == 0) {
                report(
                        r,
                        "json.version.missing",
                        words(
                                model.name.matches("[AEIOU].*") ? "version.missing.vowel" : "version.missing",
                                model.name,
                                Codec.VERSION_PROPERTY,
                                Codec.VERSIONS.get(usedMinor)));
            } else if (declaredMinor >= 0 && usedMinor > declaredMinor && newerName != null) {
                String declared = Codec.VERSIONS.get(declaredMinor);
                String needed = Codec.VERSIONS.get(usedMinor);
                report(new ReadProblem(
                        "json.version.newer_property",
                        newerPointer,
                        words("version.newer_property", newerName, newerModel, needed, declared),
                        newerLine,
                        newerColumn));
            }
        }
        if ((seen & required) != required) {
            List<String> missing = new ArrayList<>();
            for (Property property : model.properties) {
                if (property.required && (seen & (1L << property.index)) == 0) {
                    missing.add("\"" + property.name + "\"");
                }
            }
            report(
                    r,
                    "json.missing_property",
                    words(
                            missing.size() == 1 ? "missing_property" : "missing_properties",
                            model.name,
                            String.join(", ", missing)));
            return false;
        }
        return (flags & BROKEN) == 0;
    }

    /**
     * Reports what a builder refused (a value the model cannot hold, such as a range without its
     * maximum) in the document's words.
     *
     * @param r the reader, at the object's end
     * @param model the type being built
     * @param e what the builder threw
     */
    public void impossible(TokenReader r, ModelType model, RuntimeException e) {
        // the builder's own wording ("Cannot build Place: ...") names a Java class; say what is wrong
        String why = String.valueOf(e.getMessage()).replaceFirst("^Cannot build [A-Za-z]+: ", "");
        report(r, "value.impossible", words("impossible", model.name, ModelWords.of(why)));
    }

    /**
     * Checks that a value is an object.
     *
     * @param r the reader, at the value
     * @param what the property, for the message
     * @return false when it is not, which is reported and skipped
     */
    public boolean object(TokenReader r, String what) {
        if (r.current() == Token.START_OBJECT) {
            return true;
        }
        mismatch(r, what, "expect.object");
        return false;
    }

    /**
     * Checks that a value is a list.
     *
     * @param r the reader, at the value
     * @param what the property
     * @return false when it is not, which is reported and skipped
     */
    public boolean list(TokenReader r, String what) {
        if (r.current() == Token.START_ARRAY) {
            return true;
        }
        mismatch(r, what, "expect.list");
        return false;
    }

    /**
     * Checks one item of a list before it is read: the list limit and {@code null}.
     *
     * @param r the reader, at the item
     * @param what the list's property
     * @param count how many items came before it
     * @return false when the item is null, which is reported
     */
    public boolean item(TokenReader r, String what, int count) {
        if (count == maxListLength) {
            throw fatal(problem(r, "json.limit.list", r.pointer(), words("limit.list", what, limits.maxListLength())));
        }
        if (r.current() == Token.NULL) {
            report(r, "json.null_item", words("null_item", what));
            shifted = true;
            return false;
        }
        return true;
    }

    /** Notes that a list item could not be read and is left out. */
    public void droppedItem() {
        shifted = true;
    }

    // ---------------------------------------------------------------------------------------------
    // Scalars

    /**
     * Reads a string.
     *
     * @param r the reader, at the value
     * @param what the property, for messages
     * @return the text, or null when it is not a string (reported)
     */
    public @Nullable String string(TokenReader r, String what) {
        if (r.current() != Token.STRING) {
            mismatch(r, what, "expect.string");
            return null;
        }
        String s = r.string();
        if (s.length() > maxStringLength) {
            throw fatal(problem(
                    r, "json.limit.string", r.pointer(), words("limit.string", what, limits.maxStringLength())));
        }
        return s;
    }

    /**
     * Reads a whole number.
     *
     * @param r the reader, at the value
     * @param what the property
     * @return the number, or {@link #NO_INT} after a reported problem
     */
    public long integer(TokenReader r, String what) {
        if (r.current() != Token.INT) {
            mismatch(r, what, "expect.whole_number");
            return NO_INT;
        }
        if (!r.isInt()) {
            report(r, "number.too_large", words("int.too_large", what));
            return NO_INT;
        }
        return r.intValue();
    }

    /**
     * Reads {@code true} or {@code false}.
     *
     * @param r the reader, at the value
     * @param what the property
     * @return 1 for true, 0 for false, -1 after a reported problem
     */
    public int bool(TokenReader r, String what) {
        int token = r.current();
        if (token != Token.TRUE && token != Token.FALSE) {
            mismatch(r, what, "expect.boolean");
            return -1;
        }
        return token == Token.TRUE ? 1 : 0;
    }

    /**
     * Reads a decimal with every digit.
     *
     * @param r the reader, at the value
     * @param what the property
     * @return the number, or null after a reported problem
     */
    public @Nullable BigDecimal decimal(TokenReader r, String what) {
        int token = r.current();
        if (token != Token.INT && token != Token.FLOAT) {
            mismatch(r, what, "expect.number");
            return null;
        }
        BigDecimal value;
        try {
            value = r.decimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            // 1e99999999999: an exponent beyond what any number type can hold
            report(r, "number.too_large", tooLarge("\"" + what + "\""));
            return null;
        }
        // 1e1000000 is short to write but a million digits long: refuse it before anyone prints it.
        if (value.precision() > MAX_DIGITS || Math.abs((long) value.scale()) > MAX_DIGITS) {
            report(r, "number.too_large", tooLarge("\"" + what + "\""));
            return null;
        }
        return value;
    }

    private static Words words(String key, Object... values) {
        return Say.words(key, values);
    }

    /** A " Did you mean ...?" to end a sentence with, or nothing. */
    static Object didYouMean(@Nullable String closest) {
        return closest == null ? "" : words("did_you_mean", closest);
    }

    private static Words typeMissing(UnionType union) {
        return words("type.missing", union.type.getSimpleName(), String.join(", ", union.byName.keySet()));
    }

    /** The parser's reason in words either language can say. */
    private static Localized dateWords(FuzzyDateFormatException e) {
        return e::getMessage;
    }

    private static Words tooLarge(Object subject) {
        return words("number.too_large", subject, MAX_DIGITS);
    }

    /**
     * Reads a local date-time with a four-digit year.
     *
     * @param r the reader, at the value
     * @param what the property
     * @return the date-time, or null after a reported problem
     */
    public @Nullable LocalDateTime localDateTime(TokenReader r, String what) {
        String text = string(r, what);
        if (text == null) {
            return null;
        }
        // four digits for the year, as the schema has it: no sign, no year 0 and none beyond 9999
        if (text.length() < 16 || text.charAt(4) != '-' || !isDigits(text, 4) || text.startsWith("0000")) {
            report(r, "time.invalid", words("time.invalid", what));
            return null;
        }
        LocalDateTime fast = plainDateTime(text);
        if (fast != null) {
            return fast;
        }
        if (OFFSET_AT_END.matcher(text).find()) {
            // 17:00-08:00 says the offset, which changes with daylight time; the zone says it for each date
            report(
                    r,
                    "time.invalid",
                    words("time.offset", what, OFFSET_AT_END.matcher(text).replaceFirst("")));
            return null;
        }
        try {
            return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            report(r, "time.invalid", words("time.invalid", what));
            return null;
        }
    }

    /**
     * Parses the common forms ({@code 2025-11-05T17:00}, with seconds and a fraction of up to nine
     * digits) without the formatter, which was a tenth of reading an article's events; anything else,
     * and every error, is left to the formatter, which says the same as before.
     */
    static @Nullable LocalDateTime plainDateTime(String text) {
        int length = text.length();
        if (length != 16 && length != 19 && (length < 21 || length > 29)) {
            return null;
        }
        if (text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            return null;
        }
        int second = 0;
        int nano = 0;
        if (length > 16) {
            if (text.charAt(16) != ':') {
                return null;
            }
            second = number(text, 17, 19);
            if (length > 19) {
                if (text.charAt(19) != '.') {
                    return null;
                }
                int fraction = number(text, 20, length);
                if (fraction < 0) {
                    return null;
                }
                for (int i = length; i < 29; i++) {
                    fraction *= 10;
                }
                nano = fraction;
            }
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano);
        } catch (java.time.DateTimeException e) {
            return null; // the formatter says what is wrong
        }
    }

    /** The number in ASCII digits from {@code from} to {@code to}, or -1 if any is no digit. */
    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean isDigits(String text, int count) {
        for (int i = 0; i < count; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads an IANA time zone name.
     *
     * @param r the reader, at the value
     * @param what the property
     * @return the zone, or null after a reported problem
     */
    public @Nullable ZoneId zone(TokenReader r, String what) {
        String zone = string(r, what);
        if (zone == null) {
            return null;
        }
        if (!ZONES.contains(zone)) {
            report(r, "zone.invalid", words("zone.invalid", what, zoneHint(zone)));
            return null;
        }
        return ZoneId.of(zone);
    }

    private static Map<String, String> places() {
        Map<String, String> places = new TreeMap<>();
        for (String id : new TreeSet<>(ZONES)) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/") && !id.startsWith("US/")) {
                places.putIfAbsent(id.substring(slash + 1), id);
            }
        }
        return places;
    }

    /** A "did you mean" for a zone that is no IANA name: a typo, a place alone, or an abbreviation. */
    private static Object zoneHint(String zone) {
        String written = zone.strip();
        if (written.length() <= 5
                && written.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))) {
            // PST, EST and the like name a fixed offset, if anything: never guess a place from them
            return words("zone.abbreviation");
        }
        String closest = Suggestions.closest(written.replace(' ', '_'), ZONES);
        if (closest == null) {
            String place = Suggestions.closest(
                    written.substring(written.lastIndexOf('/') + 1).replace(' ', '_'), PLACES.keySet());
            closest = place == null ? null : PLACES.get(place);
        }
        return didYouMean(closest);
    }

    /**
     * Reports a code that is not well formed, with the known code it most likely means.
     *
     * @param r the reader, at the value
     * @param list the code list's name, such as {@code DemandStatus}
     * @param value what was written
     * @param known the list's known codes
     */
    public void malformedCode(TokenReader r, String list, String value, Collection<? extends Code> known) {
        String shown = value.length() <= 64 ? value : value.substring(0, 64) + "…";
        report(r, "code.malformed", words("code.malformed", list, shown, CodeHints.hint(list, value, known)));
    }

    /**
     * Notes a well-formed code the library does not know but that is close to one it does, such as
     * {@code canceled} for {@code cancelled} or {@code won} as a demand status: a notice, which
     * never makes a document invalid, with the code it most likely means.
     *
     * @param r the reader, at the value
     * @param list the code list's name
     * @param code the code read
     * @param known the list's known codes
     */
    public void unknownCode(TokenReader r, String list, Code code, Collection<? extends Code> known) {
        Object hint = CodeHints.hint(list, code.getValue(), known);
        if (!"".equals(hint)) {
            notices.add(new ReadProblem(
                    "code.unknown",
                    r.pointer(),
                    words("code.unknown", code.getValue(), list, hint),
                    r.line(),
                    r.column()));
        }
    }

    /**
     * Reports a value that is none of a closed set's.
     *
     * @param r the reader, at the value
     * @param what the property
     * @param value the value read
     * @param known the set's values, joined with commas
     */
    public void unknownValue(TokenReader r, String what, String value, String known) {
        report(r, "json.unknown_value", words("unknown_value", value, what, known));
    }

    private static final Pattern SEASON = Pattern.compile("([0-9]{4})-(2[1-4])");

    /**
     * Notes an EDTF season that reads like a school year: "2020-21" is spring 2020 in EDTF, and
     * this field writes the 2020-21 school year that way. A notice, as it may mean the season; it
     * names the form for the school year.
     */
    private void schoolYearNotice(TokenReader r, String edtf) {
        java.util.regex.Matcher season = SEASON.matcher(edtf);
        if (!season.matches()) {
            return;
        }
        int year = Integer.parseInt(season.group(1));
        if (Integer.parseInt(season.group(2)) != (year + 1) % 100) {
            return;
        }
        String next = String.format(java.util.Locale.ROOT, "%04d", year + 1);
        notices.add(new ReadProblem(
                "date.school_year",
                r.pointer(),
                words("date.school_year", edtf, season.group(1), next, words("season." + season.group(2))),
                r.line(),
                r.column()));
    }

    /**
     * Reads a fuzzy date: an EDTF string, or an object with {@code edtf} and {@code phrase}.
     *
     * @param r the reader, at the value
     * @param what the property
     * @return the date, or null after a reported problem
     */
    public @Nullable FuzzyDate fuzzyDate(TokenReader r, String what) {
        try {
            if (r.current() == Token.STRING) {
                String text = string(r, what);
                if (text == null) {
                    return null;
                }
                FuzzyDate date = FuzzyDate.parse(text);
                schoolYearNotice(r, text);
                return date;
            }
            if (r.current() != Token.START_OBJECT) {
                mismatch(r, what, "expect.fuzzy_date");
                return null;
            }
            String edtf = null;
            String phrase = null;
            String schoolYear = null;
            ReadProblem schoolYearAt = null;
            boolean failed = false;
            for (String name = r.nextName(); name != null; name = r.nextName()) {
                boolean isEdtf = name.equals("edtf");
                boolean isPhrase = name.equals("phrase");
                boolean isSchoolYear = name.equals(ModelTypes.SCHOOL_YEAR_PROPERTY);
                if ((isEdtf && edtf != null) || (isPhrase && phrase != null) || (isSchoolYear && schoolYear != null)) {
                    duplicate(r, name);
                    continue;
                }
                if (isSchoolYear) {
                    added(r, "FuzzyDate", name, ModelTypes.SCHOOL_YEAR_MINOR);
                    r.next();
                    schoolYear = string(r, name);
                    failed |= schoolYear == null;
                    // where to point if it turns out not to fit the interval, known only at the end
                    schoolYearAt = problem(r, "date.school_year.invalid", r.pointer(), words("school_year.malformed"));
                    continue;
                }
                if (!isEdtf && !isPhrase) {
                    report(r, "json.unknown_property", words("date.unknown_property", name));
                    failed = true;
                    r.next();
                    r.skipChildren();
                    continue;
                }
                r.next();
                String text = string(r, name);
                if (text == null) {
                    failed = true;
                } else if (isEdtf) {
                    edtf = text;
                    try {
                        FuzzyDate.parse(edtf);
                        schoolYearNotice(r, edtf);
                    } catch (FuzzyDateFormatException e) {
                        report(r, "date.invalid", dateWords(e));
                        failed = true;
                    }
                } else {
                    phrase = text;
                }
            }
            if (failed) {
                return null;
            }
            if (schoolYear != null && schoolYearAt != null) {
                return schoolYear(edtf, phrase, schoolYear, schoolYearAt);
            }
            if (edtf != null) {
                return phrase == null ? FuzzyDate.parse(edtf) : FuzzyDate.parse(edtf, phrase);
            }
            if (phrase != null) {
                return FuzzyDate.relative(phrase);
            }
            report(r, "json.missing_property", words("date.needs_edtf"));
            return null;
        } catch (FuzzyDateFormatException e) {
            report(r, "date.invalid", dateWords(e));
            return null;
        } catch (IllegalArgumentException e) {
            report(
                    r,
                    "date.invalid",
                    e.getMessage() == null ? (Localized) words("date.invalid") : ModelWords.of(e.getMessage()));
            return null;
        }
    }

    private static final Pattern SCHOOL_YEAR = Pattern.compile("([0-9]{4})-([0-9]{2})");

    /** A fuzzy date marked as a school year: the name must be well formed and fit the interval. */
    private @Nullable FuzzyDate schoolYear(
            @Nullable String edtf, @Nullable String phrase, String name, ReadProblem at) {
        java.util.regex.Matcher m = SCHOOL_YEAR.matcher(name);
        int first = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (first < 0 || Integer.parseInt(m.group(2)) != (first + 1) % 100) {
            report(at);
            return null;
        }
        FuzzyDate date = edtf == null ? null : phrase == null ? FuzzyDate.parse(edtf) : FuzzyDate.parse(edtf, phrase);
        try {
            if (date != null && date.asSchoolYear().getSchoolYear().getAsInt() == first) {
                return date.asSchoolYear();
            }
        } catch (IllegalArgumentException notOne) {
            // said below, in the document's words
        }
        String next = String.format(java.util.Locale.ROOT, "%04d", first + 1);
        report(new ReadProblem(
                "date.school_year.invalid",
                at.pointer,
                words("school_year.mismatch", name, m.group(1), next),
                at.line,
                at.column));
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Unions

    /**
     * Reports a {@code type} that names no member of a union.
     *
     * @param r the reader
     * @param pointer where the type is
     * @param line its line
     * @param column its column
     * @param union the union
     * @param name the type written
     */
    public void unknownMember(TokenReader r, String pointer, int line, int column, UnionType union, String name) {
        report(new ReadProblem(
                "json.type.unknown",
                pointer,
                words("type.unknown", name, union.type.getSimpleName(), String.join(", ", union.byName.keySet())),
                line,
                column));
    }

    /**
     * Reports a union member that is an empty object, without a {@code type}.
     *
     * @param r the reader, at the object's end
     * @param union the union
     */
    public void missingType(TokenReader r, UnionType union) {
        report(r, "json.type.missing", typeMissing(union));
    }

    /**
     * Skips the rest of an object whose reading was given up.
     *
     * @param r the reader, inside the object
     */
    public static void skipRest(TokenReader r) {
        for (String name = r.nextName(); name != null; name = r.nextName()) {
            r.next();
            r.skipChildren();
        }
    }

    /**
     * Buffers the rest of a union member whose {@code type} is not its first property, so that its
     * type can be found before it is read.
     *
     * @param r the reader, at the object's first property name
     * @param first that name
     * @param union the union
     * @return a reader over the whole object, at its start; null when it has no string type (reported)
     */
    public @Nullable BufferedTokens buffer(TokenReader r, String first, UnionType union) {
        String objectPointer = r.containerPointer();
        BufferedTokens buffer = BufferedTokens.record(r, first, objectPointer);
        if (!buffer.hasType()) {
            reportAt(r, "json.type.missing", objectPointer, typeMissing(union));
            return null;
        }
        if (buffer.typeName() == null) {
            typeNotString(buffer);
            return null;
        }
        return buffer.start();
    }

    /**
     * Reports a {@code type} that is not a string, in a buffered object.
     *
     * @param copy the buffered object
     */
    public void typeNotString(BufferedTokens copy) {
        report(new ReadProblem(
                "json.wrong_type",
                copy.typePointer(),
                words("wrong_type", Codec.TYPE_PROPERTY, words("expect.string"), copy.typeDescription()),
                copy.typeLine(),
                copy.typeColumn()));
    }

    // ---------------------------------------------------------------------------------------------
    // Tolerant reading of a newer minor version

    private static final Pattern NEWER_MINOR = Pattern.compile("1\\.([1-9][0-9]{0,3})");

    private static int newerMinor(String version) {
        java.util.regex.Matcher m = NEWER_MINOR.matcher(version);
        if (!m.matches()) {
            return -1;
        }
        int minor = Integer.parseInt(m.group(1));
        return minor > ModelTypes.NEWEST_MINOR ? minor : -1;
    }

    /**
     * A property a tolerant reading kept: where it stood and its JSON exactly as written.
     *
     * @param problem what a strict reading would have said of it
     * @param model the type it stood in
     * @param parent the pointer of the object it stood in
     * @param name its name
     * @param json its value
     */
    public record Kept(ReadProblem problem, String model, String parent, String name, String json) {}

    /** {@return the properties a tolerant reading kept, in document order} */
    public List<Kept> kept() {
        return List.copyOf(kept);
    }

    /** {@return the version the document said, if it said one that could be read} */
    public @Nullable String declaredVersion() {
        return declaredVersion;
    }

    /** {@return whether the document said a newer minor version than this reader knows} */
    public boolean newerMinor() {
        return declaredMinor > ModelTypes.NEWEST_MINOR;
    }

    // ---------------------------------------------------------------------------------------------
    // Parties defined once and references to them (format 1.1)

    /**
     * Tells whether the root object must be read ahead for its {@code parties} before the rest: a
     * reference may come before the parties it names, in any order a program wrote the properties.
     * Not for a 1.0 document, which has no parties, nor when {@code parties} comes first.
     *
     * @param name the root's property after {@code schemaVersion}, or its first
     * @return true when {@link #partiesFirst} should be called
     */
    public boolean mayDefineParties(String name) {
        return declaredMinor != 0 && !ModelTypes.PARTIES_PROPERTY.equals(name);
    }

    /**
     * Records the rest of the root object, reads its {@code parties} if it has them, and returns the
     * recording at its start for the root to be read from; the parties are skipped where they stand.
     *
     * @param r the live reader, at a property name of the root
     * @param first that name
     * @param model the root's type
     * @return a reader over the rest of the root object
     */
    public TokenReader partiesFirst(TokenReader r, String first, ModelType model) {
        BufferedTokens copy = BufferedTokens.record(r, first, r.containerPointer());
        if (copy.seek(ModelTypes.PARTIES_PROPERTY)) {
            readParties(copy, model);
            partiesState = PARTIES_READ_AHEAD;
        }
        return copy.start();
    }

    /** Reads the parties: organizations first, then people, then decision-makers, whatever their order. */
    private void readParties(TokenReader r, ModelType model) {
        String name = ModelTypes.PARTIES_PROPERTY;
        added(r, model, name, ModelTypes.REFERENCES_MINOR);
        Map<String, Object> defined = new java.util.LinkedHashMap<>();
        parties = defined;
        if (!value(r, name) || !object(r, name)) {
            return;
        }
        enter(r);
        String first = r.nextName();
        if (first == null) {
            return;
        }
        BufferedTokens copy = BufferedTokens.record(r, first, r.containerPointer());
        Map<String, String> where = new java.util.HashMap<>();
        for (Map.Entry<Class<?>, String> kind : ModelTypes.PARTIES.entrySet()) {
            // the first list of each name; a repeat is reported below, and not read
            if (copy.seek(kind.getValue())) {
                partyList(copy, kind.getKey(), kind.getValue(), defined, where);
            }
        }
        copy.start();
        Set<String> lists = new HashSet<>();
        for (String list = copy.nextName(); list != null; list = copy.nextName()) {
            if (!ModelTypes.PARTIES.containsValue(list)) {
                Set<String> known = new TreeSet<>(ModelTypes.PARTIES.values());
                report(
                        copy,
                        "json.unknown_property",
                        words(
                                "unknown_property",
                                list,
                                name,
                                didYouMean(Suggestions.closest(list, known)),
                                String.join(", ", ModelTypes.PARTIES.values())));
            } else if (!lists.add(list)) {
                duplicate(copy, list);
                continue;
            }
            copy.next();
            copy.skipChildren();
        }
    }

    private void partyList(
            TokenReader r, Class<?> type, String list, Map<String, Object> defined, Map<String, String> where) {
        if (!value(r, list) || !list(r, list)) {
            return;
        }
        ModelReaders.ObjectReader reader = java.util.Objects.requireNonNull(PARTY_READERS.get(type));
        for (int n = 0; r.next() != Token.END_ARRAY; n++) {
            if (!item(r, list, n) || !object(r, list)) {
                continue;
            }
            String pointer = r.pointer();
            int line = r.line();
            int column = r.column();
            Object party = reader.read(this, r, 0);
            if (party == null) {
                continue;
            }
            String id = Parties.idOf(party);
            if (id == null) {
                report(new ReadProblem(
                        "json.party.id_missing", pointer, words("party.id_missing", list), line, column));
                continue;
            }
            String before = where.putIfAbsent(id, pointer);
            if (before != null) {
                report(new ReadProblem(
                        "json.party.duplicate_id",
                        pointer + "/id",
                        words("party.duplicate_id", id, before),
                        line,
                        column));
                continue;
            }
            defined.put(id, party);
        }
    }

    /** A reference to a party as read: its id (null when it was not a string, reported) and its place. */
    static final class Reference {
        final @Nullable String id;
        final String pointer;
        final int line;
        final int column;

        Reference(@Nullable String id, String pointer, int line, int column) {
            this.id = id;
            this.pointer = pointer;
            this.line = line;
            this.column = column;
        }
    }

    /**
     * Reads a reference's id, where a party may stand.
     *
     * @param r the reader, at the name {@code ref}
     * @param modelName the type that may stand there, for the version check
     * @param previous a reference the object had already, which makes this one a repeat
     * @return the reference
     */
    Reference reference(TokenReader r, String modelName, @Nullable Reference previous) {
        if (previous != null) {
            duplicate(r, ModelTypes.REFERENCE_PROPERTY);
            return previous;
        }
        added(r, modelName, ModelTypes.REFERENCE_PROPERTY, ModelTypes.REFERENCES_MINOR);
        String id = value(r, ModelTypes.REFERENCE_PROPERTY) ? string(r, ModelTypes.REFERENCE_PROPERTY) : null;
        return new Reference(id, r.pointer(), r.line(), r.column());
    }

    /**
     * Gives the party a reference names.
     *
     * @param r the reader, at the end of the referring object
     * @param ref the reference
     * @param type what may stand here
     * @param seen the object's other properties, one bit each: a reference stands alone
     * @param flags the object's flags
     * @param <T> what may stand here
     * @return the party, or null when the reference is broken (reported)
     */
    <T> @Nullable T resolve(TokenReader r, Reference ref, Class<T> type, long seen, int flags) {
        String expected = type.getSimpleName();
        if (seen != 0 || (flags & TYPE_SEEN) != 0) {
            report(new ReadProblem(
                    "json.reference.not_alone",
                    ref.pointer,
                    words("reference.not_alone", expected),
                    ref.line,
                    ref.column));
            return null;
        }
        String id = ref.id;
        if (id == null) {
            return null;
        }
        Map<String, Object> known = parties;
        Object party = known == null ? null : known.get(id);
        if (party == null) {
            if (declaredMinor == 0) {
                // a 1.0 document has no parties: the version problem, reported at its end, says so
                return null;
            }
            Set<String> ids = known == null ? Set.of() : new TreeSet<>(known.keySet());
            report(new ReadProblem(
                    "json.reference.dangling",
                    ref.pointer,
                    words(
                            ids.isEmpty() ? "reference.dangling.none" : "reference.dangling",
                            id,
                            didYouMean(Suggestions.closest(id, ids)),
                            String.join(", ", ids)),
                    ref.line,
                    ref.column));
            return null;
        }
        if (!type.isInstance(party)) {
            report(new ReadProblem(
                    "json.reference.wrong_kind",
                    ref.pointer,
                    words("reference.wrong_kind", id, Parties.listOf(party), Parties.listsFor(type)),
                    ref.line,
                    ref.column));
            return null;
        }
        return type.cast(party);
    }

    /**
     * Reads a reference where a union of parties may stand (a citation's author): an object whose
     * first property is {@code ref}.
     *
     * @param r the reader, at the name {@code ref}
     * @param union the union
     * @param type its type
     * @param <T> its type
     * @return the party, or null when the reference is broken (reported)
     */
    <T> @Nullable T unionReference(TokenReader r, UnionType union, Class<T> type) {
        Reference ref = reference(r, union.type.getSimpleName(), null);
        long others = 0;
        for (String name = r.nextName(); name != null; name = r.nextName()) {
            others = 1;
            r.next();
            r.skipChildren();
        }
        return resolve(r, ref, type, others, 0);
    }

    // ---------------------------------------------------------------------------------------------
    // Extensions

    /**
     * Reads the extensions object: namespaces to JSON values, each kept as compact text exactly as
     * written, with repeated keys refused at any depth whatever the parser's settings.
     *
     * @param r the reader, at the value
     * @param what the property
     * @return the extensions, or null after a reported problem
     */
    public @Nullable Map<String, String> extensions(TokenReader r, String what) {
        if (r.current() != Token.START_OBJECT) {
            mismatch(r, what, "expect.namespaces");
            return null;
        }
        Map<String, String> extensions = new TreeMap<>();
        boolean failed = false;
        for (String namespace = r.nextName(); namespace != null; namespace = r.nextName()) {
            if (extensions.containsKey(namespace)) {
                duplicate(r, namespace);
                failed = true;
                continue;
            }
            if (extensions.size() == limits.maxListLength()) {
                throw fatal(problem(
                        r, "json.limit.list", r.pointer(), words("limit.namespaces", what, limits.maxListLength())));
            }
            r.next();
            JsonText.Writer raw = new JsonText.Writer();
            int before = problems.size();
            copyValue(r, raw);
            if (raw.length() > limits.maxExtensionLength()) {
                throw fatal(problem(
                        r,
                        "json.limit.extension",
                        r.pointer(),
                        words("limit.extension", namespace, limits.maxExtensionLength())));
            }
            if (problems.size() > before) {
                failed = true;
            }
            extensions.put(namespace, raw.toString());
        }
        return failed ? null : extensions;
    }

    /** Copies one JSON value verbatim (numbers exactly as written), refusing repeated keys at any depth. */
    private void copyValue(TokenReader r, JsonText.Writer g) {
        int token = r.current();
        if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
            enter(r);
        }
        if (token == Token.START_OBJECT) {
            g.startObject(g);
            Set<String> names = new HashSet<>();
            for (String name = r.nextName(); name != null; name = r.nextName()) {
                if (!names.add(name)) {
                    duplicate(r, name);
                    continue;
                }
                g.name(name);
                r.next();
                copyValue(r, g);
            }
            g.endObject();
        } else if (token == Token.START_ARRAY) {
            g.startArray();
            while (r.next() != Token.END_ARRAY) {
                copyValue(r, g);
            }
            g.endArray();
        } else if (token == Token.INT || token == Token.FLOAT) {
            String number = r.numberText();
            if (number.length() > limits.maxNumberLength()) {
                throw fatal(problem(
                        r, "json.limit.number", r.pointer(), PlainWords.numberTooLong(limits.maxNumberLength())));
            }
            try {
                // kept exactly as written, but only if it is a number at all: 1e99999999999 is not
                new BigDecimal(number);
            } catch (NumberFormatException | ArithmeticException e) {
                report(r, "number.too_large", tooLarge(words("this_number")));
                return;
            }
            g.numberAsWritten(number);
        } else {
            JsonText.copy(r, g);
        }
    }
}
