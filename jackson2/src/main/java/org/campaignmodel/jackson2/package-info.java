/**
 * The Jackson 2 binding of the Campaign Model wire format: {@link
 * org.campaignmodel.jackson2.Jackson2CampaignModule} for your own {@code ObjectMapper}, {@link
 * org.campaignmodel.jackson2.CampaignJackson2} for the common path, and {@link
 * org.campaignmodel.jackson2.CampaignJackson2Exception}. It reads and writes exactly what the
 * Jackson 3 binding does, through the same codec.
 */
@NullMarked
package org.campaignmodel.jackson2;

import org.jspecify.annotations.NullMarked;
