package org.campaignmodel.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand has: picocli's view of it, for the output streams it was given. */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    /** {@return standard output, as picocli was given it} */
    final PrintWriter out() {
        return spec().commandLine().getOut();
    }

    /** {@return standard error, as picocli was given it} */
    final PrintWriter err() {
        return spec().commandLine().getErr();
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli sets the spec before it calls the command");
        }
        return spec;
    }
}
