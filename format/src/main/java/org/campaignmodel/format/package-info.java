/**
 * What every binding of the wire format shares: {@link org.campaignmodel.format.Limits} for untrusted
 * input, {@link org.campaignmodel.format.DocumentException}, the error a binding reports for a
 * document it cannot read, and {@link org.campaignmodel.format.CampaignFormat}, what each binding's
 * facade offers.
 */
@NullMarked
package org.campaignmodel.format;

import org.jspecify.annotations.NullMarked;
