package org.campaignmodel.cli;

import org.campaignmodel.validation.ValidationProblem;

/**
 * One problem or notice as the command reports it: where (the input, and the line and column when
 * known) and what.
 *
 * @param input the input's name
 * @param line the one-based line in the input, 0 when unknown
 * @param column the one-based column, 0 when unknown
 * @param notice whether it is a notice rather than a problem
 * @param problem the problem
 */
record Finding(String input, int line, int column, boolean notice, ValidationProblem problem) {}
