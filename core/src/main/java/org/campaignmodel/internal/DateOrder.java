package org.campaignmodel.internal;

import java.util.List;
import java.util.function.Function;
import org.campaignmodel.FuzzyDate;

/** The one check of a dated list's order, for the rules on histories (a demand's, a bill's). */
final class DateOrder {
    private DateOrder() {}

    /**
     * Finds the first step dated before the one above it; dates that cannot be told apart count as
     * in order.
     *
     * @return its index, or -1 when the list is in order
     */
    static <T> int firstOutOfOrder(List<T> steps, Function<T, FuzzyDate> date) {
        for (int i = 1; i < steps.size(); i++) {
            if (FuzzyDate.chronologicalOrder().compare(date.apply(steps.get(i - 1)), date.apply(steps.get(i))) > 0) {
                return i;
            }
        }
        return -1;
    }
}
