package org.campaignmodel.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's {@code main} and returns what it printed. */
final class ExampleRunner {
    interface Main {
        void run(String[] args) throws Exception;
    }

    private ExampleRunner() {}

    static String run(Main main, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.run(args);
        } catch (Exception e) {
            throw new AssertionError("The example failed", e);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
