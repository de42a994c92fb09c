package org.campaignmodel.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.campaignmodel.Comparison;
import org.campaignmodel.Quantity;
import org.campaignmodel.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The ratio of two qualified percentages, worked out on the intervals the qualifiers describe: "more
 * than 30%" is (30, 100], "about 12%" is 12 with the word "about" kept. Exact in, exact out;
 * approximate in, approximate out; bounds give bounds, and only where no bound exists is there no
 * answer.
 */
public final class Ratios {
    /** The unit of a ratio: how many times one share is the other. */
    public static final Unit TIMES = Unit.named("times");

    private Ratios() {}

    /** What a qualified value says about the true one: a range, open or closed at each end. */
    private record Range(
            BigDecimal low, boolean lowOpen, @Nullable BigDecimal high, boolean highOpen, boolean about) {
        static Range of(Quantity q) {
            BigDecimal v = q.getValue();
            return switch (q.getComparison()) {
                case EXACTLY -> new Range(v, false, v, false, false);
                case APPROXIMATELY -> new Range(v, false, v, false, true);
                case MORE_THAN -> new Range(v, true, null, false, false);
                case AT_LEAST -> new Range(v, false, null, false, false);
                case FEWER_THAN -> new Range(BigDecimal.ZERO, false, v, true, false);
                case AT_MOST -> new Range(BigDecimal.ZERO, false, v, false, false);
                case BETWEEN -> new Range(v, false, q.getMaximum().orElse(v), false, false);
            };
        }

        boolean point() {
            return high != null && low.compareTo(high) == 0 && !lowOpen && !highOpen;
        }
    }

    /**
     * Tells whether two quantities are rates on the same basis, which may be divided: the same unit,
     * counted per the same amount of the same thing over the same period ("arrests per 1,000
     * students a year" against the same for another group).
     *
     * @param a one quantity
     * @param b the other
     * @return true for two such rates
     */
    public static boolean sameBasis(Quantity a, Quantity b) {
        if (a.getPer().isEmpty() && a.getPeriod().isEmpty()) {
            return false; // not a rate
        }
        boolean samePer = a.getPer().isPresent() == b.getPer().isPresent()
                && a.getPer()
                        .map(p -> b.getPer()
                                .filter(q -> q.getAmount().compareTo(p.getAmount()) == 0
                                        && q.getUnit().equals(p.getUnit()))
                                .isPresent())
                        .orElse(true);
        return samePer && a.getPeriod().equals(b.getPeriod()) && a.getUnit().equals(b.getUnit());
    }

    /**
     * Divides one percentage by another, or one rate by another on the same basis.
     *
     * @param share the share, such as 25% of arrests
     * @param baseline the baseline, such as 8% of enrollment
     * @return how many times the baseline the share is, with the comparison the qualifiers allow;
     *     empty unless both are percentages or rates on the same basis, where the baseline may be zero and the share has no lower
     *     bound, or where nothing bounds the ratio at all
     */
    public static Optional<Quantity> of(Quantity share, Quantity baseline) {
        boolean percentages = share.getUnit().getKind() == Unit.Kind.PERCENT
                && baseline.getUnit().getKind() == Unit.Kind.PERCENT;
        if (!percentages && !sameBasis(share, baseline)) {
            return Optional.empty();
        }
        Range s = Range.of(share);
        Range b = Range.of(baseline);
        if (s.point() && b.point()) {
            if (b.low.signum() == 0) {
                return Optional.empty();
            }
            Comparison comparison = s.about || b.about ? Comparison.APPROXIMATELY : Comparison.EXACTLY;
            return Optional.of(Quantity.of(comparison, divide(s.low, b.low), TIMES));
        }
        // the smallest ratio: the least share over the greatest baseline; the largest: the reverse
        BigDecimal low = b.high == null || b.high.signum() == 0 ? BigDecimal.ZERO : divide(s.low, b.high);
        boolean lowOpen = s.lowOpen || b.highOpen;
        BigDecimal high = s.high == null || b.low.signum() == 0 ? null : divide(s.high, b.low);
        boolean highOpen = s.highOpen || b.lowOpen;
        boolean lowKnown = low.signum() > 0;
        if (lowKnown && high != null) {
            return low.compareTo(high) < 0
                    ? Optional.of(Quantity.builder()
                            .comparison(Comparison.BETWEEN)
                            .value(low)
                            .maximum(high)
                            .unit(TIMES)
                            .build())
                    : Optional.of(Quantity.of(Comparison.APPROXIMATELY, low, TIMES));
        }
        if (lowKnown) {
            return Optional.of(Quantity.of(lowOpen ? Comparison.MORE_THAN : Comparison.AT_LEAST, low, TIMES));
        }
        if (high != null) {
            return Optional.of(Quantity.of(highOpen ? Comparison.FEWER_THAN : Comparison.AT_MOST, high, TIMES));
        }
        return Optional.empty();
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        BigDecimal q = a.divide(b, MathContext.DECIMAL64).stripTrailingZeros();
        // 3E+1 reads badly in a sentence; 30 does not
        return q.scale() < 0 ? q.setScale(0) : q;
    }
}
