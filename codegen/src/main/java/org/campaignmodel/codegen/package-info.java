/**
 * Build-time code generation for the bindings: an annotation processor that writes per-type code
 * from the compiled model's description ({@code org.campaignmodel.internal.meta.ModelTypes}). Used
 * by the build only and never deployed.
 */
@NullMarked
package org.campaignmodel.codegen;

import org.jspecify.annotations.NullMarked;
