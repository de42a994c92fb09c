package org.campaignmodel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Writes a number in its unit for {@link Quantity#describe()}. */
final class Units {
    private Units() {}

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
