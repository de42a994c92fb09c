package org.campaignmodel.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.campaignmodel.LegislationStatus;
import org.campaignmodel.LegislativeAction;
import org.campaignmodel.LegislativeActionKind;

/** Where a bill stands, worked out from its history; one definition for the model and its rules. */
public final class Legislation {
    private Legislation() {}

    /**
     * Works out a bill's status from its history.
     *
     * @param history the steps, oldest first
     * @return the status the latest settling step gives, or empty when no step settles one (only
     *     amendments, referrals or codes this library does not know)
     */
    public static Optional<LegislationStatus> statusFrom(List<LegislativeAction> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            LegislativeActionKind action = history.get(i).getAction();
            if (action.equals(LegislativeActionKind.PASSED_CHAMBER)) {
                return Optional.of(
                        chambersPassed(history, i) >= 2 ? LegislationStatus.PASSED : LegislationStatus.PASSED_CHAMBER);
            }
            Optional<LegislationStatus> status = settles(action);
            if (status.isPresent()) {
                return status;
            }
        }
        return Optional.empty();
    }

    private static Optional<LegislationStatus> settles(LegislativeActionKind action) {
        if (action.equals(LegislativeActionKind.INTRODUCED)) {
            return Optional.of(LegislationStatus.INTRODUCED);
        }
        if (action.equals(LegislativeActionKind.REFERRED)) {
            return Optional.of(LegislationStatus.IN_COMMITTEE);
        }
        if (action.equals(LegislativeActionKind.SIGNED) || action.equals(LegislativeActionKind.CHAPTERED)) {
            return Optional.of(LegislationStatus.SIGNED);
        }
        if (action.equals(LegislativeActionKind.VETOED)) {
            return Optional.of(LegislationStatus.VETOED);
        }
        if (action.equals(LegislativeActionKind.FAILED)) {
            return Optional.of(LegislationStatus.FAILED);
        }
        if (action.equals(LegislativeActionKind.WITHDRAWN)) {
            return Optional.of(LegislationStatus.WITHDRAWN);
        }
        return Optional.empty(); // amended, and codes of other projects: the status stands
    }

    /** The chambers, told apart by name without regard to case, that passed the bill up to a step. */
    private static int chambersPassed(List<LegislativeAction> history, int upTo) {
        Set<String> chambers = new HashSet<>();
        int unnamed = 0;
        for (int i = 0; i <= upTo; i++) {
            LegislativeAction step = history.get(i);
            if (step.getAction().equals(LegislativeActionKind.PASSED_CHAMBER)) {
                Optional<String> chamber = step.getChamber();
                if (chamber.isPresent()) {
                    chambers.add(chamber.get().strip().toLowerCase(Locale.ROOT));
                } else {
                    unnamed++;
                }
            }
        }
        // a pass in an unnamed chamber counts once: it may be either
        return chambers.size() + Math.min(unnamed, 1);
    }
}
