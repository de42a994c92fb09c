package org.campaignmodel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Writes a number in its unit for {@link Quantity#describe()}. */
final class Units {
    private Units() {}

    /** A rate's period in words: " a year" for P1Y, " every 2 years" for P2Y, " per P1Y6M" otherwise. */
    static String period(String iso) {
        java.util.regex.Matcher one =
                java.util.regex.Pattern.compile("P(T?)([0-9]+)([YMWDHS])").matcher(iso);
        if (!one.matches()) {
            return " per " + iso;
        }
        boolean time = !one.group(1).isEmpty();
        String unit = switch (one.group(3)) {
            case "Y" -> "year";
            case "M" -> time ? "minute" : "month";
            case "W" -> "week";
            case "D" -> "day";
            case "H" -> "hour";
            default -> "second";
        };
        String count = one.group(2).replaceFirst("^0+(?=.)", "");
        if (count.equals("1")) {
            return (unit.equals("hour") ? " an " : " a ") + unit;
        }
        return count.equals("0") ? " per " + iso : " every " + count + " " + unit + "s";
    }

    static String format(BigDecimal value, Unit unit) {
        DecimalFormat grouped = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US));
        grouped.setParseBigDecimal(true);
        String number = grouped.format(value);
        return switch (unit.getKind()) {
            case PERCENT -> number + "%";
            case COUNT -> number;
            case NAMED -> number + " " + unit.getName().orElse("");
            case MONEY -> {
                String code = unit.getCurrency().orElse("");
                String symbol;
                try {
                    symbol = Currency.getInstance(code).getSymbol(Locale.US);
                } catch (IllegalArgumentException unknown) {
                    symbol = code + " ";
                }
                yield (symbol.length() == 1 ? symbol : code + " ") + number;
            }
        };
    }
}
