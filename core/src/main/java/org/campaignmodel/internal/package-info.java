/**
 * The validators behind the model's constraint annotations. Public only so that a Jakarta Validation
 * provider can create them; not exported, and not part of the API.
 */
@NullMarked
package org.campaignmodel.internal;

import org.jspecify.annotations.NullMarked;
