package org.campaignmodel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.campaignmodel.FuzzyDate.Precision;
import org.campaignmodel.FuzzyDate.Qualifier;
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
            throw new FuzzyDateFormatException(
                    Integer.toString(year), 0, "years must be between -9999 and 9999 (four digits)");
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

    static FuzzyDate parse(String input) {
        Objects.requireNonNull(input, "edtf");
        return new EdtfParser(input).parse();
    }

    private FuzzyDate parse() {
        if (input.isEmpty()) {
            throw fail(0, "expected a date such as 1948, 2023-06 or ../2014, found nothing");
        }
        if (input.length() > MAX_LENGTH) {
            throw fail(MAX_LENGTH, "a fuzzy date is at most " + MAX_LENGTH + " characters long");
        }
        int slash = input.indexOf('/');
        if (input.length() == 9 && digits(input, 0, 4) && input.charAt(4) == '-' && digits(input, 5, 9)) {
            // "2020-2021" reads as a month 20: a span of years is an interval
            throw fail(5, "a span of years is an interval, written with a slash: " + input.replace('-', '/'));
        }
        if (input.length() == 7 && digits(input, 0, 4) && input.charAt(4) == '/' && digits(input, 5, 7)) {
            throw fail(
                    slash + 1,
                    "write both years in full: " + input.substring(0, slash + 1) + input.substring(0, 2)
                            + input.substring(slash + 1));
        }
        if (slash < 0) {
            if (input.equals("..")) {
                throw fail(0, "'..' (open) is only allowed as one end of an interval, as in ../2014");
            }
            return date(0, input.length());
        }
        int second = input.indexOf('/', slash + 1);
        if (second >= 0) {
            throw fail(second, "an interval has exactly one '/'");
        }
        boolean openStart = input.startsWith("..") && slash == 2;
        boolean openEnd = input.length() - slash - 1 == 2 && input.endsWith("..");
        FuzzyDate start = openStart || slash == 0 ? null : date(0, slash);
        FuzzyDate end = openEnd || slash == input.length() - 1 ? null : date(slash + 1, input.length());
        if (start == null && end == null) {
            throw fail(0, "an interval needs a date at one end at least, as in ../2014 or 1985/");
        }
        if (start != null && end != null && start.strictEarliest().isAfter(end.strictLatest())) {
            throw fail(slash, "the interval ends (" + end + ") before it starts (" + start + ")");
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
            throw fail(pos, "years of more than four digits (EDTF 'Y' notation) are not supported");
        }
        if (pos < to && input.charAt(pos) == '.') {
            throw fail(pos, "'..' (open) is only allowed as a whole end of an interval, as in ../2014");
        }
        int yearStart = pos;
        int unspecified = 0;
        for (int i = 0; i < 4; i++, pos++) {
            if (pos >= to) {
                throw fail(pos, "a year has four digits, as in 1948 or 0800");
            }
            char c = input.charAt(pos);
            if (c == 'X') {
                if (i == 0) {
                    throw fail(pos, "the first digit of a year must be given; only the last three may be X");
                }
                unspecified++;
            } else if (c >= '0' && c <= '9') {
                if (unspecified > 0) {
                    throw fail(pos, "unspecified digits (X) must be the last digits of the year, as in 196X");
                }
            } else if (c == 'u') {
                throw fail(pos, "use X for an unspecified digit ('u' is from the withdrawn 2012 draft)");
            } else {
                throw fail(pos, "expected a digit or X in the year, found " + describe(c));
            }
        }
        if (pos < to && Character.isDigit(input.charAt(pos))) {
            throw fail(pos, "years of more than four digits (EDTF 'Y' notation) are not supported");
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
            throw fail(from, "year zero is written 0000, without a minus sign");
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
                throw fail(pos, "a year with unspecified digits cannot have a month in EDTF level 1");
            }
            pos++;
            String mm = twoChars(pos, to, "a month (01 to 12), XX, or a season (21 to 24)");
            if (mm.equals("XX")) {
                monthUnspecified = true;
                precision = Precision.MONTH;
            } else {
                int month = number(mm, pos, "a month (01 to 12), XX, or a season (21 to 24)");
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
                    throw fail(pos, "a month is 01 to 12, XX, or a season 21 to 24; found " + mm);
                }
            }
            pos += 2;
            if (pos < to && input.charAt(pos) == '-' && precision == Precision.MONTH) {
                pos++;
                String dd = twoChars(pos, to, "a day (01 to 31) or XX");
                if (dd.equals("XX")) {
                    dayUnspecified = true;
                } else if (monthUnspecified) {
                    throw fail(pos, "when the month is XX the day must be XX too in EDTF level 1");
                } else {
                    int day = number(dd, pos, "a day (01 to 31) or XX");
                    if (day < 1 || day > earliest.lengthOfMonth()) {
                        throw fail(
                                pos,
                                "day " + dd + " does not exist in " + YearMonth.from(earliest) + " (it has "
                                        + earliest.lengthOfMonth() + " days)");
                    }
                    earliest = earliest.withDayOfMonth(day);
                    latest = earliest;
                }
                precision = Precision.DAY;
                pos += 2;
                if (pos < to && input.charAt(pos) == 'T') {
                    if (dayUnspecified) {
                        throw fail(pos, "a time needs a complete date before it");
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
                    throw fail(pos, "a date and time cannot be qualified in EDTF level 1");
                }
                qualifier = c == '~'
                        ? Qualifier.APPROXIMATE
                        : c == '?' ? Qualifier.UNCERTAIN : Qualifier.APPROXIMATE_AND_UNCERTAIN;
                pos++;
                if (pos < to && "~?%".indexOf(input.charAt(pos)) >= 0) {
                    throw fail(pos, "use a single qualifier: % means both approximate (~) and uncertain (?)");
                }
            }
        }
        if (pos < to) {
            throw fail(pos, "unexpected " + describe(input.charAt(pos)) + " after " + describePrecision(precision));
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
        pos = timeField(pos, to, 23, "an hour (00 to 23)");
        pos = expect(pos, to, ':');
        pos = timeField(pos, to, 59, "minutes (00 to 59)");
        pos = expect(pos, to, ':');
        pos = timeField(pos, to, 59, "seconds (00 to 59)");
        if (pos < to && input.charAt(pos) == 'Z') {
            return pos + 1;
        }
        if (pos < to && (input.charAt(pos) == '+' || input.charAt(pos) == '-')) {
            pos = timeField(pos + 1, to, 14, "an offset hour (00 to 14)");
            pos = expect(pos, to, ':');
            pos = timeField(pos, to, 59, "offset minutes (00 to 59)");
        }
        return pos;
    }

    private int timeField(int pos, int to, int max, String what) {
        String text = twoChars(pos, to, what);
        int value = number(text, pos, what);
        if (value > max) {
            throw fail(pos, "expected " + what + ", found " + text);
        }
        return pos + 2;
    }

    private int expect(int pos, int to, char c) {
        if (pos >= to || input.charAt(pos) != c) {
            throw fail(pos, "expected '" + c + "', found " + (pos >= to ? "the end" : describe(input.charAt(pos))));
        }
        return pos + 1;
    }

    private String twoChars(int pos, int to, String what) {
        if (pos + 2 > to) {
            throw fail(Math.min(pos, to), "expected " + what + " as two characters, found the end");
        }
        return input.substring(pos, pos + 2);
    }

    private int number(String twoChars, int pos, String what) {
        for (int i = 0; i < 2; i++) {
            char c = twoChars.charAt(i);
            if (c < '0' || c > '9') {
                throw fail(pos + i, "expected " + what + ", found " + describe(c));
            }
        }
        return Integer.parseInt(twoChars);
    }

    private static String describePrecision(@Nullable Precision precision) {
        return precision == null ? "the date" : "the " + precision.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(char c) {
        if (Character.isISOControl(c) || Character.isWhitespace(c)) {
            return String.format("character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private FuzzyDateFormatException fail(int position, String problem) {
        return new FuzzyDateFormatException(input, position, problem);
    }
}
