package org.campaignmodel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import org.campaignmodel.FuzzyDate.Precision;
import org.campaignmodel.FuzzyDate.Qualifier;
import org.campaignmodel.internal.text.Bundle;
import org.campaignmodel.internal.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * A strict parser for EDTF levels 0 and 1. The grammar admits one spelling per value, so the input is
 * its own canonical form and {@code toString} can return it unchanged.
 */
final class EdtfParser {
    /** Longer than any valid level 0 or 1 value; refuses hostile input before any work. */
    private static final int MAX_LENGTH = 64;

    private final String input;

    private EdtfParser(String input) {
        this.input = input;
    }

    static String formatYear(int year) {
        if (year < -9999 || year > 9999) {
            throw new FuzzyDateFormatException(Integer.toString(year), 0, words("year_range"));
        }
        String digits = Integer.toString(Math.abs(year));
        return (year < 0 ? "-" : "") + "0".repeat(4 - digits.length()) + digits;
    }

    /** Whether the text holds only ASCII digits from {@code from} to {@code to}; a loop, as regular expressions allocate. */
    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The reasons in English and Spanish ({@code EdtfMessages.properties} beside this class). */
    static final Bundle MESSAGES = Bundle.load(EdtfParser.class::getResourceAsStream, "EdtfMessages");

    // what a field holds, as the reasons name it
    private static final Words MONTH = words("what.month");
    private static final Words DAY = words("what.day");
    private static final Words HOUR = words("what.hour");
    private static final Words MINUTES = words("what.minutes");
    private static final Words SECONDS = words("what.seconds");
    private static final Words OFFSET_HOUR = words("what.offset_hour");
    private static final Words OFFSET_MINUTES = words("what.offset_minutes");

    static FuzzyDate parse(String input) {
        Objects.requireNonNull(input, "edtf");
        return new EdtfParser(input).parse();
    }

    private FuzzyDate parse() {
        if (input.isEmpty()) {
            throw fail(0, "empty");
        }
        if (input.length() > MAX_LENGTH) {
            throw fail(MAX_LENGTH, "too_long", MAX_LENGTH);
        }
        int slash = input.indexOf('/');
        if (input.length() == 9 && digits(input, 0, 4) && input.charAt(4) == '-' && digits(input, 5, 9)) {
            // "2020-2021" reads as a month 20: a span of years is an interval
            throw fail(5, "year_span", input.replace('-', '/'));
        }
        if (input.length() == 7 && digits(input, 0, 4) && input.charAt(4) == '/' && digits(input, 5, 7)) {
            throw fail(
                    slash + 1,
                    "short_end",
                    input.substring(0, slash + 1) + input.substring(0, 2) + input.substring(slash + 1));
        }
        if (slash < 0) {
            if (input.equals("..")) {
                throw fail(0, "open_alone");
            }
            return date(0, input.length());
        }
        int second = input.indexOf('/', slash + 1);
        if (second >= 0) {
            throw fail(second, "one_slash");
        }
        boolean openStart = input.startsWith("..") && slash == 2;
        boolean openEnd = input.length() - slash - 1 == 2 && input.endsWith("..");
        FuzzyDate start = openStart || slash == 0 ? null : date(0, slash);
        FuzzyDate end = openEnd || slash == input.length() - 1 ? null : date(slash + 1, input.length());
        if (start == null && end == null) {
            throw fail(0, "no_ends");
        }
        if (start != null && end != null && start.strictEarliest().isAfter(end.strictLatest())) {
            throw fail(slash, "backwards", end, start);
        }
        return FuzzyDate.interval(input, start, end, openStart, openEnd);
    }

    /** Parses one date occupying {@code [from, to)} of the input. */
    private FuzzyDate date(int from, int to) {
        int pos = from;
        boolean negative = false;
        if (pos < to && input.charAt(pos) == '-') {
            negative = true;
            pos++;
        }
        if (pos < to && input.charAt(pos) == 'Y') {
            throw fail(pos, "y_notation");
        }
        if (pos < to && input.charAt(pos) == '.') {
            throw fail(pos, "open_part");
        }
        int yearStart = pos;
        int unspecified = 0;
        for (int i = 0; i < 4; i++, pos++) {
            if (pos >= to) {
                throw fail(pos, "four_digits");
            }
            char c = input.charAt(pos);
            if (c == 'X') {
                if (i == 0) {
                    throw fail(pos, "first_digit");
                }
                unspecified++;
            } else if (c >= '0' && c <= '9') {
                if (unspecified > 0) {
                    throw fail(pos, "x_last");
                }
            } else if (c == 'u') {
                throw fail(pos, "u_digit");
            } else {
                throw fail(pos, "year_digit", describe(c));
            }
        }
        if (pos < to && Character.isDigit(input.charAt(pos))) {
            throw fail(pos, "y_notation");
        }
        // the earliest and latest years the digits allow: X is 0 for the one, 9 for the other
        int low = 0;
        int high = 0;
        for (int i = yearStart; i < yearStart + 4; i++) {
            char c = input.charAt(i);
            low = low * 10 + (c == 'X' ? 0 : c - '0');
            high = high * 10 + (c == 'X' ? 9 : c - '0');
        }
        if (negative && high == 0) {
            throw fail(from, "year_zero");
        }
        int minYear = negative ? -high : low;
        int maxYear = negative ? -low : high;

        Precision precision = Precision.YEAR;
        LocalDate earliest = LocalDate.of(minYear, 1, 1);
        LocalDate latest = LocalDate.of(maxYear, 12, 31);
        boolean monthUnspecified = false;
        boolean dayUnspecified = false;

        if (pos < to && input.charAt(pos) == '-') {
            if (unspecified > 0) {
                throw fail(pos, "x_month");
            }
            pos++;
            String mm = twoChars(pos, to, MONTH);
            if (mm.equals("XX")) {
                monthUnspecified = true;
                precision = Precision.MONTH;
            } else {
                int month = number(mm, pos, MONTH);
                if (month >= 1 && month <= 12) {
                    precision = Precision.MONTH;
                    YearMonth ym = YearMonth.of(minYear, month);
                    earliest = ym.atDay(1);
                    latest = ym.atEndOfMonth();
                } else if (month >= 21 && month <= 24) {
                    precision = Precision.SEASON;
                    YearMonth first = YearMonth.of(minYear, 3 + 3 * (month - 21));
                    earliest = first.atDay(1);
                    latest = first.plusMonths(2).atEndOfMonth();
                } else {
                    throw fail(pos, "month", mm);
                }
            }
            pos += 2;
            if (pos < to && input.charAt(pos) == '-' && precision == Precision.MONTH) {
                pos++;
                String dd = twoChars(pos, to, DAY);
                if (dd.equals("XX")) {
                    dayUnspecified = true;
                } else if (monthUnspecified) {
                    throw fail(pos, "xx_day");
                } else {
                    int day = number(dd, pos, DAY);
                    if (day < 1 || day > earliest.lengthOfMonth()) {
                        throw fail(pos, "no_day", dd, YearMonth.from(earliest), earliest.lengthOfMonth());
                    }
                    earliest = earliest.withDayOfMonth(day);
                    latest = earliest;
                }
                precision = Precision.DAY;
                pos += 2;
                if (pos < to && input.charAt(pos) == 'T') {
                    if (dayUnspecified) {
                        throw fail(pos, "time_date");
                    }
                    pos = time(pos + 1, to);
                    precision = Precision.DATETIME;
                }
            }
        }

        Qualifier qualifier = Qualifier.NONE;
        if (pos < to) {
            char c = input.charAt(pos);
            if (c == '~' || c == '?' || c == '%') {
                if (precision == Precision.DATETIME) {
                    throw fail(pos, "time_qualified");
                }
                qualifier = c == '~'
                        ? Qualifier.APPROXIMATE
                        : c == '?' ? Qualifier.UNCERTAIN : Qualifier.APPROXIMATE_AND_UNCERTAIN;
                pos++;
                if (pos < to && "~?%".indexOf(input.charAt(pos)) >= 0) {
                    throw fail(pos, "one_qualifier");
                }
            }
        }
        if (pos < to) {
            throw fail(pos, "unexpected", describe(input.charAt(pos)), describePrecision(precision));
        }
        return FuzzyDate.date(
                input.substring(from, to),
                precision,
                qualifier,
                unspecified > 0 || monthUnspecified || dayUnspecified,
                earliest,
                latest);
    }

    /** Parses {@code hh:mm:ss} with an optional {@code Z} or {@code +hh:mm}; returns the next position. */
    private int time(int pos, int to) {
        pos = timeField(pos, to, 23, HOUR);
        pos = expect(pos, to, ':');
        pos = timeField(pos, to, 59, MINUTES);
        pos = expect(pos, to, ':');
        pos = timeField(pos, to, 59, SECONDS);
        if (pos < to && input.charAt(pos) == 'Z') {
            return pos + 1;
        }
        if (pos < to && (input.charAt(pos) == '+' || input.charAt(pos) == '-')) {
            pos = timeField(pos + 1, to, 14, OFFSET_HOUR);
            pos = expect(pos, to, ':');
            pos = timeField(pos, to, 59, OFFSET_MINUTES);
        }
        return pos;
    }

    private int timeField(int pos, int to, int max, Words what) {
        String text = twoChars(pos, to, what);
        int value = number(text, pos, what);
        if (value > max) {
            throw fail(pos, "expected_found", what, text);
        }
        return pos + 2;
    }

    private int expect(int pos, int to, char c) {
        if (pos >= to || input.charAt(pos) != c) {
            throw fail(pos, "expected_char", c, pos >= to ? words("the_end") : describe(input.charAt(pos)));
        }
        return pos + 1;
    }

    private String twoChars(int pos, int to, Words what) {
        if (pos + 2 > to) {
            throw fail(Math.min(pos, to), "expected_two", what);
        }
        return input.substring(pos, pos + 2);
    }

    private int number(String twoChars, int pos, Words what) {
        for (int i = 0; i < 2; i++) {
            char c = twoChars.charAt(i);
            if (c < '0' || c > '9') {
                throw fail(pos + i, "expected_found", what, describe(c));
            }
        }
        return Integer.parseInt(twoChars);
    }

    private static Words describePrecision(@Nullable Precision precision) {
        return words(
                precision == null
                        ? "precision.date"
                        : "precision." + precision.name().toLowerCase(Locale.ROOT));
    }

    private static Words describe(char c) {
        if (Character.isISOControl(c) || Character.isWhitespace(c)) {
            return words("char.hidden", String.format(Locale.ROOT, "%04X", (int) c));
        }
        return words("char.plain", c);
    }

    private static Words words(String key, Object... values) {
        return Words.of(MESSAGES, key, values);
    }

    private FuzzyDateFormatException fail(int position, String reason, Object... values) {
        return new FuzzyDateFormatException(input, position, words(reason, values));
    }
}
