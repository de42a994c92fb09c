package org.campaignmodel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.campaignmodel.internal.TextValidator;
import org.jspecify.annotations.Nullable;

/**
 * A date as people write it: "In 1948", "June 2023", "By 2014", "around 1990", "the 1960s", "later".
 *
 * <p>A fuzzy date is one of three kinds:
 *
 * <ul>
 *   <li>a {@linkplain Kind#DATE date} in the Extended Date/Time Format (EDTF, ISO 8601-2) levels 0 and
 *       1: a year ({@code 1948}), a month ({@code 2023-06}), a day ({@code 2023-12-07}), a date and
 *       time ({@code 2023-12-07T10:30:00Z}), a season ({@code 2001-21} spring to {@code 2001-24}
 *       winter), unspecified digits ({@code 196X}, {@code 2004-XX}), each optionally qualified as
 *       approximate ({@code ~}), uncertain ({@code ?}) or both ({@code %});
 *   <li>an {@linkplain Kind#INTERVAL interval} between two such dates, where either end may be open
 *       ({@code ../2014}, "by 2014") or unknown ({@code /2014});
 *   <li>a {@linkplain Kind#RELATIVE relative} entry with no date of its own ("later"), which a {@link
 *       Timeline} places right after the entry before it.
 * </ul>
 *
 * <p>The phrase the source used ("By 2014") can be kept beside the EDTF value; missing months or days
 * are never filled in. {@link #getEarliest()} and {@link #getLatest()} give bounds that contain every
 * day the value can mean, and {@link #compareTo} is a total order for timelines that is consistent
 * with {@link #equals}.
 *
 * <p>Seasons are the northern hemisphere's meteorological seasons: spring is March to May, summer June
 * to August, autumn September to November, and winter December to the following February. Approximate
 * or uncertain values are widened by one unit of their precision on each side (a year, a season, a
 * month or a day).
 */
public final class FuzzyDate implements Comparable<FuzzyDate> {

    /** The three shapes a fuzzy date can take. */
    public enum Kind {
        /** A single EDTF date, of any precision. */
        DATE,
        /** An EDTF interval whose ends are dates, open ({@code ..}) or unknown (empty). */
        INTERVAL,
        /** No date of its own ("later"): it comes after the entry before it. */
        RELATIVE
    }

    /** How finely a single date is given. */
    public enum Precision {
        /** A year, or a decade or century written with unspecified digits ({@code 196X}). */
        YEAR,
        /** A season of a year. */
        SEASON,
        /** A month of a year. */
        MONTH,
        /** A calendar day. */
        DAY,
        /** A day with a time of day. */
        DATETIME
    }

    /** How sure the source is of a single date. */
    public enum Qualifier {
        /** Stated plainly. */
        NONE,
        /** Approximate ({@code ~}): "around 1990". */
        APPROXIMATE,
        /** Uncertain ({@code ?}): "1984, possibly". */
        UNCERTAIN,
        /** Both approximate and uncertain ({@code %}). */
        APPROXIMATE_AND_UNCERTAIN
    }

    private static final int MAX_PHRASE = 200;

    /** See {@link #chronologicalOrder()}. */
    static final Comparator<FuzzyDate> CHRONOLOGICAL = (a, b) -> {
        if (a.kind == Kind.RELATIVE || b.kind == Kind.RELATIVE) {
            return 0;
        }
        int c = a.sortStart().compareTo(b.sortStart());
        return c != 0 ? c : a.sortEnd().compareTo(b.sortEnd());
    };

    private final Kind kind;
    private final String edtf;
    private final @Nullable String phrase;
    // DATE only
    private final @Nullable Precision precision;
    private final Qualifier qualifier;
    private final boolean unspecifiedDigits;
    private final @Nullable LocalDate strictEarliest;
    private final @Nullable LocalDate strictLatest;
    // INTERVAL only
    private final @Nullable FuzzyDate start;
    private final @Nullable FuzzyDate end;
    private final boolean openStart;
    private final boolean openEnd;
    // INTERVAL only: the interval is a school year (format 1.1), which says how it is meant
    private final boolean schoolYear;

    private FuzzyDate(
            Kind kind,
            String edtf,
            @Nullable String phrase,
            @Nullable Precision precision,
            Qualifier qualifier,
            boolean unspecifiedDigits,
            @Nullable LocalDate strictEarliest,
            @Nullable LocalDate strictLatest,
            @Nullable FuzzyDate start,
            @Nullable FuzzyDate end,
            boolean openStart,
            boolean openEnd,
            boolean schoolYear) {
        this.kind = kind;
        this.edtf = edtf;
        this.phrase = phrase;
        this.precision = precision;
        this.qualifier = qualifier;
        this.unspecifiedDigits = unspecifiedDigits;
        this.strictEarliest = strictEarliest;
        this.strictLatest = strictLatest;
        this.start = start;
        this.end = end;
        this.openStart = openStart;
        this.openEnd = openEnd;
        this.schoolYear = schoolYear;
    }

    static FuzzyDate date(
            String edtf,
            Precision precision,
            Qualifier qualifier,
            boolean unspecifiedDigits,
            LocalDate strictEarliest,
            LocalDate strictLatest) {
        return new FuzzyDate(
                Kind.DATE,
                edtf,
                null,
                precision,
                qualifier,
                unspecifiedDigits,
                strictEarliest,
                strictLatest,
                null,
                null,
                false,
                false,
                false);
    }

    static FuzzyDate interval(
            String edtf, @Nullable FuzzyDate start, @Nullable FuzzyDate end, boolean openStart, boolean openEnd) {
        return new FuzzyDate(
                Kind.INTERVAL,
                edtf,
                null,
                null,
                Qualifier.NONE,
                false,
                null,
                null,
                start,
                end,
                openStart,
                openEnd,
                false);
    }

    /**
     * Returns an order by when things happened only, ignoring how they are written: first day, then
     * last day, with an open start ("by 2014") placed at its end. Dates it cannot tell apart compare
     * as equal, so a stable sort keeps their source order; relative dates compare equal to everything.
     * Unlike {@link #compareTo}, this order is not consistent with {@code equals}.
     *
     * @return the chronological comparator
     */
    public static Comparator<FuzzyDate> chronologicalOrder() {
        return CHRONOLOGICAL;
    }

    /**
     * Parses an EDTF level 0 or 1 string, such as {@code 1948}, {@code 2023-06}, {@code ../2014},
     * {@code 1990~} or {@code 196X}.
     *
     * @param edtf the string to parse
     * @return the fuzzy date, without a phrase
     * @throws FuzzyDateFormatException if the string is not valid EDTF level 0 or 1; the message names
     *     the position and what was expected there
     */
    public static FuzzyDate parse(String edtf) {
        return EdtfParser.parse(edtf);
    }

    /**
     * Parses an EDTF string and keeps the phrase the source used for it.
     *
     * @param edtf the EDTF string, such as {@code ../2014}
     * @param phrase the words of the source, such as "By 2014"
     * @return the fuzzy date
     * @throws FuzzyDateFormatException if {@code edtf} is not valid EDTF level 0 or 1
     * @throws IllegalArgumentException if the phrase is blank, longer than 200 characters, or holds a
     *     control character, direction override, line separator or broken surrogate
     */
    public static FuzzyDate parse(String edtf, String phrase) {
        return parse(edtf).withPhrase(phrase);
    }

    /**
     * Returns a date with no EDTF value of its own, placed after the entry before it ("later",
     * "afterwards").
     *
     * @param phrase the words of the source, such as "later"
     * @return the relative fuzzy date
     * @throws IllegalArgumentException if the phrase is blank, longer than 200 characters, or holds a
     *     control character, direction override, line separator or broken surrogate
     */
    public static FuzzyDate relative(String phrase) {
        return new FuzzyDate(
                Kind.RELATIVE,
                "",
                checkPhrase(phrase),
                null,
                Qualifier.NONE,
                false,
                null,
                null,
                null,
                null,
                false,
                false,
                false);
    }

    /**
     * Returns a year.
     *
     * @param year the year, such as 1948
     * @return the fuzzy date of year precision
     * @throws FuzzyDateFormatException if the year is outside -9999 to 9999
     */
    public static FuzzyDate ofYear(int year) {
        return parse(EdtfParser.formatYear(year));
    }

    /**
     * Returns a month of a year.
     *
     * @param month the month, such as {@code YearMonth.of(2023, 6)}
     * @return the fuzzy date of month precision
     * @throws FuzzyDateFormatException if the year is outside -9999 to 9999
     */
    public static FuzzyDate of(YearMonth month) {
        return parse(EdtfParser.formatYear(month.getYear()) + "-" + twoDigits(month.getMonthValue()));
    }

    /**
     * Returns a calendar day.
     *
     * @param day the day
     * @return the fuzzy date of day precision
     * @throws FuzzyDateFormatException if the year is outside -9999 to 9999
     */
    public static FuzzyDate of(LocalDate day) {
        return parse(EdtfParser.formatYear(day.getYear())
                + "-"
                + twoDigits(day.getMonthValue())
                + "-"
                + twoDigits(day.getDayOfMonth()));
    }

    /**
     * Returns a school year as the US usually runs it, August to June: {@code schoolYear(2020)} is
     * the interval {@code 2020-08/2021-06}, marked as the 2020-21 school year ({@link
     * #getSchoolYear()}), which it describes itself as. Why not "2020-21": in EDTF that is a season,
     * spring 2020 (the reader gives a notice when a document says it).
     *
     * @param firstYear the calendar year it starts in, such as 2020
     * @return the school year
     * @throws FuzzyDateFormatException if a year is outside -9999 to 9999
     */
    public static FuzzyDate schoolYear(int firstYear) {
        return schoolYear(firstYear, java.time.Month.AUGUST, java.time.Month.JUNE);
    }

    /**
     * Returns a school year of a region's own convention, such as September to July: from the first
     * month in {@code firstYear} to the last month in the next calendar year.
     *
     * @param firstYear the calendar year it starts in, such as 2020
     * @param first the month it starts in
     * @param last the month it ends in, in the next calendar year
     * @return the school year, such as {@code 2020-09/2021-07}
     * @throws FuzzyDateFormatException if a year is outside -9999 to 9999
     * @throws IllegalArgumentException if a month is null
     */
    public static FuzzyDate schoolYear(int firstYear, java.time.Month first, java.time.Month last) {
        if (first == null || last == null) {
            throw new IllegalArgumentException("A school year needs the month it starts in and the month it ends in.");
        }
        String edtf = EdtfParser.formatYear(firstYear) + "-" + twoDigits(first.getValue()) + "/"
                + EdtfParser.formatYear(firstYear + 1) + "-" + twoDigits(last.getValue());
        return parse(edtf).asSchoolYear();
    }

    /**
     * Returns this interval marked as a school year, such as {@code 2020-08/2021-06} as the 2020-21
     * school year, or {@code 2024-08-14/2025-06-12} with a district's own first and last days. The
     * interval's own months or days are the region's convention; the mark says how it is meant, and
     * makes {@link #describe()} say "2020-21 school year".
     *
     * @return a school year equal to this interval but for the mark
     * @throws IllegalArgumentException if this is not an interval from a month or day of one year to
     *     a month or day of the next, stated plainly: a school year has both ends
     */
    public FuzzyDate asSchoolYear() {
        FuzzyDate from = start;
        FuzzyDate to = end;
        if (kind != Kind.INTERVAL
                || from == null
                || to == null
                || !plainMonthOrDay(from)
                || !plainMonthOrDay(to)
                || to.strictEarliest().getYear() != from.strictEarliest().getYear() + 1) {
            throw new IllegalArgumentException("A school year runs from a month or day of one year to a month or"
                    + " day of the next, stated plainly, such as 2020-08/2021-06; " + this + " is not one.");
        }
        return new FuzzyDate(
                kind, edtf, phrase, precision, qualifier, false, null, null, start, end, false, false, true);
    }

    private static boolean plainMonthOrDay(FuzzyDate date) {
        return (date.precision == Precision.MONTH || date.precision == Precision.DAY)
                && date.qualifier == Qualifier.NONE
                && !date.unspecifiedDigits;
    }

    /**
     * Tells whether this is a school year, and which: the calendar year it starts in.
     *
     * @return 2020 for the 2020-21 school year; empty for any other value
     */
    public java.util.OptionalInt getSchoolYear() {
        return schoolYear
                ? java.util.OptionalInt.of(
                        Objects.requireNonNull(start).strictEarliest().getYear())
                : java.util.OptionalInt.empty();
    }

    /**
     * Names a school year as this field writes it: "2020-21".
     *
     * @param firstYear the calendar year it starts in
     * @return the name
     */
    public static String schoolYearName(int firstYear) {
        return firstYear + "-" + twoDigits(Math.floorMod(firstYear + 1, 100));
    }

    /**
     * Starts a builder, for code that sets the EDTF value and phrase separately.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String checkPhrase(String phrase) {
        Objects.requireNonNull(phrase, "phrase");
        if (phrase.isBlank()) {
            throw new IllegalArgumentException("A fuzzy date's phrase must not be blank; omit it instead.");
        }
        if (phrase.length() > MAX_PHRASE) {
            throw new IllegalArgumentException("A fuzzy date's phrase must be at most " + MAX_PHRASE
                    + " characters; it has " + phrase.length() + ".");
        }
        if (TextValidator.hasUnsafe(phrase, false)) {
            // the phrase is shown as it is, in reports and on timelines: nothing in it may hide or break
            throw new IllegalArgumentException("A fuzzy date's phrase must be one line of visible text: it holds"
                    + " a control character, a direction override, a line separator or a broken surrogate.");
        }
        return phrase;
    }

    /**
     * Returns a copy that keeps the given phrase of the source.
     *
     * @param phrase the words of the source, such as "By 2014"
     * @return a fuzzy date equal to this one but for the phrase
     * @throws IllegalArgumentException if the phrase is blank, longer than 200 characters, or holds a
     *     control character, direction override, line separator or broken surrogate
     */
    public FuzzyDate withPhrase(String phrase) {
        String checked = checkPhrase(phrase);
        return new FuzzyDate(
                kind,
                edtf,
                checked,
                precision,
                qualifier,
                unspecifiedDigits,
                strictEarliest,
                strictLatest,
                start,
                end,
                openStart,
                openEnd,
                schoolYear);
    }

    /**
     * Returns which of the three shapes this is.
     *
     * @return date, interval or relative
     */
    public Kind getKind() {
        return kind;
    }

    /**
     * Returns the EDTF form.
     *
     * @return the EDTF string, such as {@code ../2014}; empty for a relative date, which has none
     */
    public Optional<String> getEdtf() {
        return kind == Kind.RELATIVE ? Optional.empty() : Optional.of(edtf);
    }

    /**
     * Returns the phrase the source used.
     *
     * @return the phrase, such as "By 2014", if one was kept; always present for a relative date
     */
    public Optional<String> getPhrase() {
        return Optional.ofNullable(phrase);
    }

    /**
     * Returns how finely a single date is given.
     *
     * @return the precision; empty for an interval or a relative date
     */
    public Optional<Precision> getPrecision() {
        return Optional.ofNullable(precision);
    }

    /**
     * Returns how sure the source is of a single date.
     *
     * @return the qualifier; {@link Qualifier#NONE} for an interval or a relative date, whose ends
     *     carry their own
     */
    public Qualifier getQualifier() {
        return qualifier;
    }

    /**
     * Tells whether a single date has unspecified digits, such as {@code 196X} or {@code 2004-XX}.
     *
     * @return true if some digits are unspecified
     */
    public boolean hasUnspecifiedDigits() {
        return unspecifiedDigits;
    }

    /**
     * Returns the start of an interval.
     *
     * @return the start date; empty for an open or unknown start, and for a date or relative value
     */
    public Optional<FuzzyDate> getStart() {
        return Optional.ofNullable(start);
    }

    /**
     * Returns the end of an interval.
     *
     * @return the end date; empty for an open or unknown end, and for a date or relative value
     */
    public Optional<FuzzyDate> getEnd() {
        return Optional.ofNullable(end);
    }

    /**
     * Tells whether an interval's start is open ({@code ..}): it reaches back without a limit.
     *
     * @return true for an open start
     */
    public boolean isOpenStart() {
        return openStart;
    }

    /**
     * Tells whether an interval's end is open ({@code ..}): it goes on without a limit.
     *
     * @return true for an open end
     */
    public boolean isOpenEnd() {
        return openEnd;
    }

    /**
     * Returns the first day this value can mean, widened for approximate or uncertain values.
     *
     * @return the earliest day; empty for a relative date and for an interval with an open or unknown
     *     start
     */
    public Optional<LocalDate> getEarliest() {
        return switch (kind) {
            case DATE -> Optional.of(pad(Objects.requireNonNull(strictEarliest), -1));
            case INTERVAL -> start == null ? Optional.empty() : start.getEarliest();
            case RELATIVE -> Optional.empty();
        };
    }

    /**
     * Returns the last day this value can mean, widened for approximate or uncertain values.
     *
     * @return the latest day; empty for a relative date and for an interval with an open or unknown end
     */
    public Optional<LocalDate> getLatest() {
        return switch (kind) {
            case DATE -> Optional.of(pad(Objects.requireNonNull(strictLatest), 1));
            case INTERVAL -> end == null ? Optional.empty() : end.getLatest();
            case RELATIVE -> Optional.empty();
        };
    }

    private LocalDate pad(LocalDate day, int direction) {
        if (qualifier == Qualifier.NONE) {
            return day;
        }
        return switch (Objects.requireNonNull(precision)) {
            case YEAR -> day.plusYears(direction);
            case SEASON -> direction < 0 ? day.minusMonths(3) : endOfMonth(day.plusMonths(3));
            case MONTH -> direction < 0 ? day.minusMonths(1) : endOfMonth(day.plusMonths(1));
            case DAY, DATETIME -> day.plusDays(direction);
        };
    }

    private static LocalDate endOfMonth(LocalDate day) {
        return day.withDayOfMonth(day.lengthOfMonth());
    }

    /** The first day used to order this value; an open or unknown start falls back to the end's. */
    private LocalDate sortStart() {
        if (kind == Kind.DATE) {
            return Objects.requireNonNull(strictEarliest);
        }
        FuzzyDate from = start != null ? start : Objects.requireNonNull(end);
        return Objects.requireNonNull(from.strictEarliest);
    }

    private LocalDate sortEnd() {
        if (kind == Kind.DATE) {
            return Objects.requireNonNull(strictLatest);
        }
        return end != null ? Objects.requireNonNull(end.strictLatest) : LocalDate.MAX;
    }

    LocalDate strictEarliest() {
        return Objects.requireNonNull(strictEarliest);
    }

    LocalDate strictLatest() {
        return Objects.requireNonNull(strictLatest);
    }

    /**
     * Describes the date in plain English, as a reader would say it: {@code 1948}, {@code June 2023},
     * {@code July 29, 2025}, {@code by 2014}, {@code since 1985}, {@code 1964 to 2008}, {@code around
     * 1990}, {@code 1984?}, {@code the 1960s}, {@code spring 2001}. A relative date is its phrase
     * ("later"). The phrase of a dated value is not used: "That same year" describes as {@code 2014}.
     *
     * @return the description
     */
    public String describe() {
        return switch (kind) {
            case RELATIVE -> Objects.requireNonNull(phrase);
            case INTERVAL -> {
                if (schoolYear) {
                    yield schoolYearName(Objects.requireNonNull(start)
                                    .strictEarliest()
                                    .getYear()) + " school year";
                }
                if (start == null) {
                    yield (openStart ? "by " : "until ")
                            + Objects.requireNonNull(end).describe();
                }
                if (end == null) {
                    yield (openEnd ? "since " : "from ") + start.describe();
                }
                yield start.describe() + " to " + end.describe();
            }
            case DATE -> qualify(describeDate());
        };
    }

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};

    private String describeDate() {
        String text = edtf.replaceAll("[~?%]$", "");
        boolean negative = text.startsWith("-");
        String[] parts = (negative ? text.substring(1) : text).split("[-T]", 4);
        String year = parts[0];
        String yearText;
        if (year.endsWith("XXX")) {
            yearText = "the " + year.charAt(0) + "000s";
        } else if (year.endsWith("XX")) {
            yearText = "the " + Integer.parseInt(year.substring(0, 2)) + "00s";
        } else if (year.endsWith("X")) {
            yearText = "the " + Integer.parseInt(year.substring(0, 3)) + "0s";
        } else {
            yearText = Integer.toString(Integer.parseInt(year));
        }
        yearText += negative ? " BCE" : "";
        if (parts.length == 1 || parts[1].equals("XX")) {
            return yearText;
        }
        int month = Integer.parseInt(parts[1]);
        if (month > 12) {
            return SEASONS[month - 21] + " " + yearText;
        }
        String monthText = MONTHS[month - 1];
        if (parts.length == 2 || parts[2].equals("XX")) {
            return monthText + " " + yearText;
        }
        String day = monthText + " " + Integer.parseInt(parts[2]) + ", " + yearText;
        return parts.length == 4 ? day + " " + parts[3].substring(0, 5) + parts[3].substring(8) : day;
    }

    private String qualify(String text) {
        return switch (qualifier) {
            case NONE -> text;
            case APPROXIMATE -> "around " + text;
            case UNCERTAIN -> text + "?";
            case APPROXIMATE_AND_UNCERTAIN -> "around " + text + "?";
        };
    }

    /**
     * Orders fuzzy dates for timelines: by the first day they can mean, then by the last (an interval
     * with an open start, "by 2014", is placed with its end), then by their EDTF text and phrase so
     * that the order is total and consistent with {@link #equals}. Relative dates come after all dated
     * ones.
     *
     * @param other the date to compare with
     * @return a negative number, zero or a positive number as this date comes before, with or after
     */
    @Override
    public int compareTo(FuzzyDate other) {
        boolean relative = kind == Kind.RELATIVE;
        boolean otherRelative = other.kind == Kind.RELATIVE;
        if (relative != otherRelative) {
            return relative ? 1 : -1;
        }
        int c = CHRONOLOGICAL.compare(this, other);
        if (c == 0) {
            c = edtf.compareTo(other.edtf);
        }
        if (c == 0) {
            c = Comparator.<@Nullable String>nullsFirst(Comparator.naturalOrder())
                    .compare(phrase, other.phrase);
        }
        return c != 0 ? c : Boolean.compare(schoolYear, other.schoolYear);
    }

    /**
     * Two fuzzy dates are equal when they have the same EDTF value (or are both relative) and the same
     * phrase, and both or neither are school years.
     *
     * @param o the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof FuzzyDate other
                && other.kind == kind
                && other.edtf.equals(edtf)
                && Objects.equals(other.phrase, phrase)
                && other.schoolYear == schoolYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, edtf, phrase, schoolYear);
    }

    /**
     * Returns the EDTF form, which {@link #parse(String)} reads back to an equal value when there is no
     * phrase. A relative date has no EDTF form; it prints as its phrase in angle brackets, which
     * {@code parse} refuses.
     *
     * @return the EDTF string, such as {@code ../2014}, or {@code <later>} for a relative date
     */
    @Override
    public String toString() {
        return kind == Kind.RELATIVE ? "<" + phrase + ">" : edtf;
    }

    /** Builds a {@link FuzzyDate} from an EDTF string or as a relative date, with an optional phrase. */
    public static final class Builder {
        private @Nullable String edtf;
        private @Nullable String phrase;
        private boolean relative;

        Builder() {}

        /**
         * Sets the EDTF value.
         *
         * @param edtf an EDTF level 0 or 1 string
         * @return this builder
         */
        public Builder edtf(String edtf) {
            this.edtf = Objects.requireNonNull(edtf, "edtf");
            return this;
        }

        /**
         * Makes the date relative: it has no EDTF value and comes after the entry before it.
         *
         * @return this builder
         */
        public Builder relative() {
            this.relative = true;
            return this;
        }

        /**
         * Sets the phrase the source used.
         *
         * @param phrase the words of the source
         * @return this builder
         */
        public Builder phrase(String phrase) {
            this.phrase = Objects.requireNonNull(phrase, "phrase");
            return this;
        }

        /**
         * Builds the fuzzy date.
         *
         * @return the fuzzy date
         * @throws IllegalStateException if neither or both of an EDTF value and {@code relative()} were
         *     given, or a relative date has no phrase
         * @throws FuzzyDateFormatException if the EDTF value does not parse
         */
        public FuzzyDate build() {
            String e = edtf;
            String p = phrase;
            if (relative) {
                if (e != null) {
                    throw new IllegalStateException(
                            "Cannot build FuzzyDate: it is either relative or has an EDTF value, not both.");
                }
                if (p == null) {
                    throw new IllegalStateException(
                            "Cannot build FuzzyDate: a relative date needs its phrase, such as \"later\".");
                }
                return FuzzyDate.relative(p);
            }
            if (e == null) {
                throw new IllegalStateException(
                        "Cannot build FuzzyDate: set edtf(\"1948\") or relative() with a phrase.");
            }
            FuzzyDate date = parse(e);
            return p == null ? date : date.withPhrase(p);
        }
    }
}
