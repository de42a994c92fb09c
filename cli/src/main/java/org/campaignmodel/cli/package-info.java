/**
 * The {@code campaign} command line. {@link org.campaignmodel.cli.CampaignCommand} is the entry point
 * of the runnable jar; the subcommands are documented by {@code campaign help}.
 *
 * <p>Exit codes: 0 when every document is valid (or formatted, exported, printed), 1 when one is
 * not (or, with {@code format --check}, one would change; with {@code --strict}, one has notices),
 * 2 for a usage error or an input that cannot be read.
 */
@NullMarked
package org.campaignmodel.cli;

import org.jspecify.annotations.NullMarked;
