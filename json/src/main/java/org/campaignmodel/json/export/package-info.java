/**
 * The model in the formats other programs and pages consume: schema.org JSON-LD, TimelineJS 3 and
 * JSON Feed 1.1, through {@link org.campaignmodel.json.export.CampaignExports}.
 *
 * <p>Apart from {@code org.campaignmodel.json}, which holds the library's own wire format, because
 * each export follows the rules of another vocabulary, grows with it, and is written for a page
 * rather than read back.
 */
@NullMarked
package org.campaignmodel.json.export;

import org.jspecify.annotations.NullMarked;
