/**
 * The model described for the bindings: property names and writing order, shapes, union wire names.
 * One description serves the readers, the writers and the build-time generator of the writers, so
 * that the format's rules are written once. Exported only to the bindings; not part of the API.
 */
@NullMarked
package org.campaignmodel.internal.meta;

import org.jspecify.annotations.NullMarked;
