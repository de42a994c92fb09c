/**
 * Sentences said in English or Spanish: a key into a bundle of this library's messages and the
 * values that fill it in. Shared by the model (the EDTF parser's reasons) and the wire format (the
 * reader's messages), so that both speak both languages the same way. Exported to those modules
 * only; not API.
 */
@NullMarked
package org.campaignmodel.internal.text;

import org.jspecify.annotations.NullMarked;
