package org.campaignmodel.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Campaign Model in a Spring Boot application, under {@code campaignmodel}. Every
 * default is the library's own.
 */
@ConfigurationProperties("campaignmodel")
public class CampaignModelProperties {
    private final Json json = new Json();
    private final Schemas schemas = new Schemas();
    private final ProblemDetails problemDetails = new ProblemDetails();

    /** Creates the properties with the library's defaults; Spring binds them. */
    public CampaignModelProperties() {}

    /** {@return the JSON binding's settings} */
    public Json getJson() {
        return json;
    }

    /** {@return the schema endpoint's settings} */
    public Schemas getSchemas() {
        return schemas;
    }

    /** {@return the problem details' settings} */
    public ProblemDetails getProblemDetails() {
        return problemDetails;
    }

    /** Settings of the JSON binding. */
    public static class Json {
        private final Limits limits = new Limits();

        /** Creates the settings with the library's defaults. */
        public Json() {}

        /** {@return the limits on untrusted input} */
        public Limits getLimits() {
            return limits;
        }
    }

    /**
     * Limits on untrusted input, held by the application's own JSON mapper for every campaign
     * document it reads. See {@link org.campaignmodel.format.Limits}.
     */
    public static class Limits {
        // Literals, so that the metadata IDEs read shows the defaults; a test holds them to the library's.
        /** The largest document, in characters or bytes. */
        private long maxDocumentLength = 10_000_000L;

        /** How deep objects and lists may nest. */
        private int maxDepth = 64;

        /** The longest string, in characters. */
        private int maxStringLength = 1_000_000;

        /** The longest number, in characters. */
        private int maxNumberLength = 100;

        /** The most items in one list. */
        private int maxListLength = 10_000;

        /** The longest extension value, in characters of JSON. */
        private int maxExtensionLength = 100_000;

        /** Creates the limits with the library's defaults. */
        public Limits() {}

        /**
         * Returns the limits as the library takes them.
         *
         * @return the limits
         * @throws IllegalArgumentException if a limit is not positive
         */
        public org.campaignmodel.format.Limits toLimits() {
            return org.campaignmodel.format.Limits.defaults()
                    .withMaxDocumentLength(maxDocumentLength)
                    .withMaxDepth(maxDepth)
                    .withMaxStringLength(maxStringLength)
                    .withMaxNumberLength(maxNumberLength)
                    .withMaxListLength(maxListLength)
                    .withMaxExtensionLength(maxExtensionLength);
        }

        /** {@return the largest document, in characters or bytes} */
        public long getMaxDocumentLength() {
            return maxDocumentLength;
        }

        /**
         * Sets the largest document.
         *
         * @param maxDocumentLength characters or bytes
         */
        public void setMaxDocumentLength(long maxDocumentLength) {
            this.maxDocumentLength = maxDocumentLength;
        }

        /** {@return how deep objects and lists may nest} */
        public int getMaxDepth() {
            return maxDepth;
        }

        /**
         * Sets how deep objects and lists may nest.
         *
         * @param maxDepth levels
         */
        public void setMaxDepth(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        /** {@return the longest string, in characters} */
        public int getMaxStringLength() {
            return maxStringLength;
        }

        /**
         * Sets the longest string.
         *
         * @param maxStringLength characters
         */
        public void setMaxStringLength(int maxStringLength) {
            this.maxStringLength = maxStringLength;
        }

        /** {@return the longest number, in characters} */
        public int getMaxNumberLength() {
            return maxNumberLength;
        }

        /**
         * Sets the longest number.
         *
         * @param maxNumberLength characters
         */
        public void setMaxNumberLength(int maxNumberLength) {
            this.maxNumberLength = maxNumberLength;
        }

        /** {@return the most items in one list} */
        public int getMaxListLength() {
            return maxListLength;
        }

        /**
         * Sets the most items in one list.
         *
         * @param maxListLength items
         */
        public void setMaxListLength(int maxListLength) {
            this.maxListLength = maxListLength;
        }

        /** {@return the longest extension value, in characters of JSON} */
        public int getMaxExtensionLength() {
            return maxExtensionLength;
        }

        /**
         * Sets the longest extension value.
         *
         * @param maxExtensionLength characters of JSON
         */
        public void setMaxExtensionLength(int maxExtensionLength) {
            this.maxExtensionLength = maxExtensionLength;
        }
    }

    /** Settings of the endpoint that serves the published JSON Schemas. */
    public static class Schemas {
        /** Whether to serve the published JSON Schemas. */
        private boolean enabled;

        /** Where to serve them: each schema at the path, then the format version, then the name with .json. */
        private String path = "/schemas/campaign-model";

        /** Creates the settings: off, at {@code /schemas/campaign-model}. */
        public Schemas() {}

        /** {@return whether the schemas are served} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns the endpoint on or off.
         *
         * @param enabled whether to serve the schemas
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the path the schemas are served under} */
        public String getPath() {
            return path;
        }

        /**
         * Sets the path the schemas are served under.
         *
         * @param path a path starting with {@code /}
         */
        public void setPath(String path) {
            this.path = path;
        }
    }

    /** Settings of the problem details for requests that carry a campaign document. */
    public static class ProblemDetails {
        /** Whether to answer bad campaign documents with the library's RFC 9457 problem details. */
        private boolean enabled = true;

        /** Creates the settings: on. */
        public ProblemDetails() {}

        /** {@return whether the problem details are on} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns the problem details on or off.
         *
         * @param enabled whether to answer with them
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
