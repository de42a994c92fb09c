/**
 * Checking model values against every rule at once: {@link
 * org.campaignmodel.validation.CampaignValidator}, the {@link
 * org.campaignmodel.validation.ValidationReport} it returns and the {@link
 * org.campaignmodel.validation.Published} group.
 *
 * <p>Kept apart from the values, as {@code jakarta.validation} is kept apart from the beans it checks:
 * a reader of {@code org.campaignmodel} sees the domain, and the machinery that walks it lives here.
 * The walk over the rules is package-private; only the validator and its report are API.
 */
@NullMarked
package org.campaignmodel.validation;

import org.jspecify.annotations.NullMarked;
