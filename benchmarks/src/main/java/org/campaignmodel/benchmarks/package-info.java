/**
 * JMH benchmarks: the library against plain records on a default Jackson mapper, and against a bare
 * token pass.
 */
@NullMarked
package org.campaignmodel.benchmarks;

import org.jspecify.annotations.NullMarked;
