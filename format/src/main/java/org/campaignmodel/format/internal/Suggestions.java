package org.campaignmodel.format.internal;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Finds the known name closest to a misspelt one ("headlne" to "headline"). */
public final class Suggestions {
    private Suggestions() {}

    public static @Nullable String closest(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = wrong.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : known) {
            int d = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // A suggestion is only useful when most of the word is right.
        return best != null && bestDistance <= Math.max(1, Math.min(3, best.length() / 3)) ? best : null;
    }

    /**
     * Edit distance counting an insertion, a deletion, a change or a swap of two neighbours as one
     * (optimal string alignment), with an early exit for names too different in length to matter.
     */
    public static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 100 || b.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
