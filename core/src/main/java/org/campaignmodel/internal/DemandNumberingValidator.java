package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.campaignmodel.Campaign;
import org.campaignmodel.Demand;
import org.campaignmodel.constraints.DemandNumbering;

/** Checks {@link DemandNumbering}: demand i (from 0) is numbered i + 1. */
public final class DemandNumberingValidator implements ConstraintValidator<DemandNumbering, Campaign> {
    /** Created by the Jakarta Validation provider. */
    public DemandNumberingValidator() {}

    @Override
    public boolean isValid(Campaign campaign, ConstraintValidatorContext context) {
        if (campaign == null) {
            return true;
        }
        List<Demand> demands = campaign.getDemands();
        for (int i = 0; i < demands.size(); i++) {
            if (demands.get(i).getNumber() != i + 1) {
                Violations.start(context);
                Violations.at(context, "demand.number.sequence", "demands", i, "number");
                return false;
            }
        }
        return true;
    }
}
