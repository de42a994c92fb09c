/**
 * The Jackson 3 binding of the campaign model: {@link org.campaignmodel.json.CampaignModule} for your
 * own mapper, and {@link org.campaignmodel.json.CampaignJson} for the common path.
 */
@NullMarked
package org.campaignmodel.json;

import org.jspecify.annotations.NullMarked;
