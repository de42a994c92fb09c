/**
 * The codec of the wire format, written once against two small token interfaces that each binding
 * implements over its own parser and generator: reading with pointers, limits and plain messages,
 * canonical writing, and the per-type readers and writers the build generates from the model. Why
 * here and not in each binding: the format's rules (names, order, versions, extensions, limits,
 * messages) must be the same for every binding, so they exist once. Exported only to the bindings.
 */
@NullMarked
package org.campaignmodel.format.internal;

import org.jspecify.annotations.NullMarked;
