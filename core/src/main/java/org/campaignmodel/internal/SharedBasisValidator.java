package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.campaignmodel.Disparity;
import org.campaignmodel.Statistic;
import org.campaignmodel.Unit;
import org.campaignmodel.constraints.SharedBasis;

/** Checks {@link SharedBasis}: two percentages of one population, of different denominators. */
public final class SharedBasisValidator implements ConstraintValidator<SharedBasis, Disparity> {
    /** Created by the Jakarta Validation provider. */
    public SharedBasisValidator() {}

    @Override
    public boolean isValid(Disparity disparity, ConstraintValidatorContext context) {
        if (disparity == null) {
            return true;
        }
        Statistic share = disparity.getShare();
        Statistic baseline = disparity.getBaseline();
        Optional<String> population = share.getPopulation();
        boolean shares = isPercent(share)
                && isPercent(baseline)
                && population.isPresent()
                && population.equals(baseline.getPopulation())
                && !share.getDenominator().equals(baseline.getDenominator());
        // two groups' rates of one thing on one basis (format 1.1): arrests per 1,000 students a year
        boolean rates = Ratios.sameBasis(share.getValue(), baseline.getValue())
                && share.getMeasure().equals(baseline.getMeasure())
                && population.isPresent()
                && baseline.getPopulation().isPresent()
                && !population.equals(baseline.getPopulation());
        boolean valid = shares || rates;
        if (!valid) {
            Violations.start(context);
            Violations.at(context, "disparity.basis", "baseline");
        }
        return valid;
    }

    private static boolean isPercent(Statistic statistic) {
        return statistic.getValue().getUnit().getKind() == Unit.Kind.PERCENT;
    }
}
