package org.campaignmodel.consumer.boot3;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.campaignmodel.Campaign;

/**
 * The application's own object: who sent a campaign, and the campaign, whose rules {@code @Valid}
 * checks along with the application's own.
 *
 * @param sender who sent it
 * @param campaign the campaign
 */
public record Submission(@NotBlank String sender, @Valid Campaign campaign) {}
