package org.campaignmodel.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campaignmodel.json.CampaignJson;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code campaign} command: {@code validate}, {@code format}, {@code export} and {@code schema}
 * for campaign documents, and {@code generate-completion} for a shell's completion script.
 */
@Command(
        name = "campaign",
        mixinStandardHelpOptions = true,
        versionProvider = CampaignCommand.Version.class,
        description = "Checks, formats and exports Campaign Model documents (wire format 1.0 to "
                + CampaignJson.FORMAT_VERSION + ").",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document is valid, or the command did what it was asked",
            "1:a document has problems (or would be reformatted with format --check)",
            "2:a usage error, or an input that cannot be read"
        })
public final class CampaignCommand implements Runnable {
    /** Exit code when everything is valid. */
    public static final int VALID = 0;

    /** Exit code when a document has problems. */
    public static final int INVALID = 1;

    /** Exit code for a usage error or an input that cannot be read. */
    public static final int USAGE = 2;

    // held here so that the level set on them is not lost when they are collected
    private static final Logger[] QUIET = {Logger.getLogger("org.hibernate"), Logger.getLogger("org.jboss")};

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    /** Picocli makes this. */
    public CampaignCommand() {}

    /**
     * Runs the command and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command without exiting, writing to the given streams.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        quietLibraries();
        CommandLine line = new CommandLine(new CampaignCommand());
        // picocli reads every command's annotations as it is added; a run needs only its own
        Object only = args.length == 0 ? null : command(args[0]);
        if (only != null) {
            line.addSubcommand(only);
        } else {
            for (String name : List.of("validate", "format", "export", "schema")) {
                line.addSubcommand(java.util.Objects.requireNonNull(command(name)));
            }
            line.addSubcommand(new AutoComplete.GenerateCompletion());
            line.addSubcommand(new CommandLine.HelpCommand());
        }
        line.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // an input that fails to read halfway, or a bug: one line, no stack trace
                    cmd.getErr().println("campaign: " + e.getMessage());
                    return USAGE;
                });
        return line.execute(args);
    }

    private static @Nullable Object command(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand();
            case "format" -> new FormatCommand();
            case "export" -> new ExportCommand();
            case "schema" -> new SchemaCommand();
            default -> null;
        };
    }

    /** The validator's start-up line ("HV000001") and its kin are of no use to the person at the prompt. */
    static void quietLibraries() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
    }

    @Override
    public void run() {
        // no subcommand: a usage error, which picocli reports with a hint to the help
        throw new CommandLine.ParameterException(
                spec == null ? new CommandLine(this) : spec.commandLine(),
                "Name a command: validate, format, export or schema.");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CampaignCommand.class.getPackage().getImplementationVersion();
            return new String[] {
                "campaign " + (version == null ? "(development build)" : version),
                "wire format " + String.join(", ", CampaignJson.FORMAT_VERSIONS)
            };
        }
    }
}
